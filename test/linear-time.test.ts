import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExampleView } from "../src/check/example-view.js";
import type { Example } from "../src/model/example.js";
import { RULES } from "../src/rules/registry.js";
import type { CheckedExample, RuleContext, RuleVisitor } from "../src/rules/rule.js";

// Every text rule of the registry, and the engine's own work on each text, runs in time linear in the text:
// a pattern that is quadratic on some shape of text makes one record of a few hundred KB take minutes, and a
// pull request can hold that record. The shapes are long runs of what the patterns look for (letters, digits,
// dots, "@", "http://", spaces, punctuation, CJK, key prefixes…) then an end that makes a match fail.
//
// Not a timed test: each rule's time is compared with a plain scan of the same text measured in the same
// run, and the budget is a generous ratio. A linear rule over 1 MiB costs tens of plain scans; a quadratic
// one costs hundreds of thousands. Each shape runs at 64 KiB before 1 MiB, so a quadratic rule fails in
// seconds instead of holding the run for minutes (a regular expression cannot be interrupted).

/** At most this many plain scans of the text, for one rule over one example holding the text three times. */
const BUDGET_RATIO = 3000;
const SIZES = [64 * 1024, 1024 * 1024];

/** What a pattern runs over: each unit is repeated to the size, then one of the ends is added. */
const UNITS = [
  "i can't recommend x;",
  "a",
  "A",
  "1",
  ".",
  "1.",
  "a.",
  "@",
  "a@",
  " ",
  "a ",
  "1 ",
  "1-",
  "(1)",
  "+1 ",
  "4111 ",
  "\n",
  "\n\n",
  "\t",
  "!",
  "?",
  ",",
  ";",
  ":",
  "'",
  "’",
  '"',
  "(",
  "[",
  "-",
  "_",
  "#",
  "*",
  "`",
  "```",
  "$$",
  "http://",
  "https://x",
  "www.",
  "-eyJ",
  "eyJ",
  "sk-",
  "ghp_",
  "github_pat_",
  "AKIA",
  "xoxb-",
  "AIza",
  "hf_",
  "-----BEGIN ",
  "A ",
  "好",
  "，",
  "。",
  "।",
  "é",
  "Ã©",
  "â€",
  "\u0085",
  "\ufffd",
  "😀",
  "\ud800",
  "the ",
  "i can't ",
  "i'm sorry ",
  "as an ai ",
  "recommend ",
  "you should ",
  "sorry ",
  "help ",
];
const ENDS = ["", "x", " x", "!", " @", "a@b", "@x.co", ".", "?", "\n", " the", "，", " enough"];

/** The plain scan the budget is measured in: one pass over the text's code units. */
function plainScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

/** The fastest of `runs` timings of `work`, in ms (the fastest is the least disturbed by other processes). */
function fastest(work: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How long `work` takes, in ms: once, and when that is somewhat over the budget, the fastest of two more runs,
 * so a garbage collection or another process's burst does not fail a linear rule (a quadratic one stays slow).
 */
function timed(work: () => void, scan: number): number {
  const once = fastest(work, 1);
  const ratio = once / scan;
  // Far over the budget is no disturbance: no point in waiting for a quadratic rule twice more.
  return ratio < BUDGET_RATIO || ratio > 10 * BUDGET_RATIO ? once : Math.min(once, fastest(work, 2));
}

const context = (rule: (typeof RULES)[number]): RuleContext<unknown> => ({
  options: rule.options.parse({}),
  dataset: {
    name: "linear",
    categories: [
      { name: "direct_harm", refusal: true },
      { name: "helpfulness", refusal: false },
    ],
    minSize: { min: 1 },
  },
  report: () => {},
  reportAt: () => {},
  reportDataset: () => {},
  where: () => "",
  splits: new Map(),
});

/** The engine's work on an example before the rules see it (src/check/example-view.ts), all of it asked for. */
function prepare(text: string, refusalScope: boolean): CheckedExample {
  const example: Example = {
    fileIndex: 0,
    line: 1,
    shape: "trl-standard",
    prompt: text,
    chosen: text,
    rejected: text,
    category: refusalScope ? "direct_harm" : "helpfulness",
    conversation: [],
  };
  return new ExampleView(new Set(["direct_harm"])).prepare(example, example.category, {
    forEveryRule: true,
    hashTexts: true,
    hashWords: true,
  });
}

/** Every rule that reads an example's texts, with its visitor. */
const TEXT_RULES = RULES.filter((rule) => rule.kind === "example" && rule.create);

describe("text rules on adversarial 1 MiB texts", () => {
  it("finds text rules in the registry (so the property below checks something)", () => {
    expect(TEXT_RULES.map((rule) => rule.id)).toEqual(
      expect.arrayContaining([
        "pii",
        "truncated-response",
        "mojibake",
        "chosen-vague",
        "rejected-is-refusal",
      ]),
    );
  });

  it("every text rule, and the engine's preparation, stays within a fixed ratio of a plain scan", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.constantFrom(...ENDS),
        fc.boolean(),
        (unit, end, refusalScope) => {
          for (const size of SIZES) {
            const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + end;
            const scan = Math.max(
              fastest(() => plainScan(text), 3),
              0.05,
            );
            let example = prepare(text, refusalScope);
            const timings: Array<[string, number]> = [
              ["the engine's preparation", timed(() => (example = prepare(text, refusalScope)), scan)],
            ];
            for (const rule of TEXT_RULES) {
              // A fresh visitor for each text: stateful rules keep what they saw. Rules read the example only.
              const visitor = rule.create?.(context(rule) as never) as RuleVisitor;
              timings.push([rule.id, timed(() => visitor.example?.(example), scan)]);
            }
            for (const [name, ms] of timings) {
              expect(
                ms / scan,
                `${name} on ${JSON.stringify(unit)} × ${size} + ${JSON.stringify(end)}: ${ms.toFixed(1)} ms, a plain scan ${scan.toFixed(2)} ms`,
              ).toBeLessThan(BUDGET_RATIO);
            }
          }
        },
      ),
      {
        numRuns: 30,
        // The shapes issue 16 found quadratic, always tried first.
        examples: [
          ["a", " @", false],
          ["1.", "a@b", false],
          ["http://", " x", false],
          ["-eyJ", "x", false],
          ["i can't recommend x;", " enough", false],
        ],
      },
    );
  }, 600_000);
});
