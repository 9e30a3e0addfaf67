// The refusal classifier's shortcuts (issue 18: a regex scan before counting scripts, an English test that
// stops once it is settled, one scan with the sentence patterns' union before each of them, a length bound
// on word counts) change what it costs, never what it reads. Each reading is compared with the classifier as
// it was before them, kept verbatim in test/support/refusal-before-issue-18.ts, on every text of the real
// fixtures, on every text of the refusal tables and on edge cases at each shortcut's bounds.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchText } from "../src/rules/language.js";
import { readRefusal } from "../src/rules/refusal.js";
import { UNUSUAL_CHARACTER } from "../src/rules/text-fields.js";
import { realStrings } from "./support/real-texts.js";
import { readRefusal as readRefusalBefore } from "./support/refusal-before-issue-18.js";

const TEST_DIR = import.meta.dirname;

/** Every double-quoted string literal of the refusal tables (the classifier's own and its rules'). */
function tableStrings(): string[] {
  const files = [
    "refusal.test.ts",
    "text-scans.test.ts",
    ...readdirSync(path.join(TEST_DIR, "rules"))
      .filter((name) => /^(?:chosen-|refusal-|rejected-is-refusal)/.test(name))
      .map((name) => `rules/${name}`),
  ];
  const strings: string[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(TEST_DIR, file), "utf8");
    for (const [literal] of source.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) strings.push(JSON.parse(literal));
  }
  return strings;
}

/** Texts at the bounds of each shortcut, and of the cuts the classifier makes. */
const EDGE_CASES: [string, string][] = [
  ["empty", ""],
  ["blank", " \n\t "],
  ["blank but for a no-break space", "\u00a0"],
  ["no letters at all", "1234 5678 !!! ???"],
  ["only Latin letters beyond ASCII", "ÉÉÉ ÀÀÀ ÇÇÇ"],
  [
    "the Kelvin sign, which folds to k but is no letter counted",
    "\u212a \u212a \u212a \u212a \u212a \u212a \u212a",
  ],
  ["a Greek letter in the opening", `α ${"i can't help with that. ".repeat(3)}`],
  ["a Greek opening", "Δεν μπορώ να σας βοηθήσω με αυτό. I can't help with that."],
  ["Han past the 600th character", `${"i can't help with that. ".repeat(30)}我不能帮你做这件事。`],
  ["Chinese with an English refusal", "抱歉，我不能帮你做这件事。I can't help."],
  ["Japanese", "申し訳ありませんが、それはお手伝いできません。"],
  ["Korean", "죄송하지만 도와드릴 수 없습니다."],
  ["the sixth common word as the sixtieth", `${"lorem ".repeat(54)}the and to of you i can't help.`],
  ["five common words among sixty", `${"lorem ".repeat(55)}the and to of you`],
  ["six common words in a row", "the and to of you i. no."],
  ["French", "Je ne peux pas vous aider avec cela, désolé, mais voici une autre idée pour vous"],
  ["a refusal in the third sentence", "Hello there. Thanks for asking. I can't help with that."],
  ["a refusal in the fourth sentence", "Hello there. Thanks for asking. Hmm. I can't help with that."],
  ["a refusal after blank sentences", "Hi.\n\n\n\n. . I can't help with that."],
  ["a sentence that starts past 3,000 characters", `${"word ".repeat(610)}. I can't help with that.`],
  ["an idiom cut at 400 characters", `${"x".repeat(392)} i can't wait to see it.`],
  ["a refusal cut at 400 characters", `${"x".repeat(389)} i can't hel`],
  ["a decline cut mid-word at 400 characters", `${"x".repeat(390)} i must declines`],
  ["a clause that ends the sentence", "Will you? I won't."],
  ["access denied, opening a later sentence", "Checking your badge... access denied."],
  ["how dare you, opening a later sentence", "What? how dare you."],
  ["not against my principles", "It is not against my principles. Here you go."],
  ["a deflection with a disclaimer after it", "I'm not a doctor. But rest and fluids usually help."],
  ["a deflection with a disclaimer 40 characters on", `I'm not a doctor.${" ".repeat(38)}but rest helps.`],
  ["I don't think you should feel bad", "I don't think you should feel bad about it."],
  ["a redirect in a short response", "Why don't you ask someone who knows?"],
  ["a redirect in a response of sixty-one words", `Why don't you ask a friend? ${"ok ".repeat(55)}`],
  ["feigned ignorance", "I don't know. Why do you ask?"],
  ["120 characters of sixty words", `${"a ".repeat(59)}a`],
  ["121 characters of sixty-one words", `${"a ".repeat(60)}a`],
  ["sixty-one words with tabs and carriage returns", `${"a\t".repeat(30)}${"a\r".repeat(30)}a`],
  [
    "a refusal, then 149 words with a list",
    `I can't help with that.\n${"1. step\n".repeat(3)}${"word ".repeat(143)}`,
  ],
  [
    "a refusal, then 150 words with a list",
    `I can't help with that.\n${"1. step\n".repeat(3)}${"word ".repeat(144)}`,
  ],
  ["a refusal that turns to an answer", "I can't do that. However, here's how you could start: ask."],
  ["a turn toward an alternative", "I can't do that. However, here are some resources instead."],
];

/**
 * Each end of each range of letters the language test counts (Latin, Han, kana and Hangul, other scripts)
 * and the code point beyond it, alone and before an English refusal: the regex scans that stand in for
 * the count must draw the same lines.
 */
const SCRIPT_BOUNDS = [
  0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xf6, 0xf7, 0xf8, 0x24f,
  0x250, 0x36f, 0x370, 0x10ff, 0x1100, 0x11ff, 0x1200, 0x1fff, 0x2000, 0x303f, 0x3040, 0x30ff, 0x3100, 0x33ff,
  0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xf8ff, 0xf900,
  0xfaff, 0xfb00,
];
const SCRIPT_BOUND_CASES = SCRIPT_BOUNDS.flatMap((code) => {
  const letter = String.fromCharCode(code);
  return [letter.repeat(5), `${letter.repeat(40)} i can't help with that.`];
});

/** The reading before and after the shortcuts, as the engine asks (its match text and hint) and on raw text. */
function disagreements(texts: readonly string[]): string[] {
  const differing: string[] = [];
  for (const text of texts) {
    const prepared = matchText(text);
    const printableAscii = !UNUSUAL_CHARACTER.test(text);
    if (
      readRefusal(prepared, printableAscii) !== readRefusalBefore(prepared, printableAscii) ||
      readRefusal(prepared) !== readRefusalBefore(prepared) ||
      readRefusal(text) !== readRefusalBefore(text)
    )
      differing.push(text);
  }
  return differing;
}

describe("readRefusal's shortcuts", () => {
  const real = realStrings();

  it("read every text of the real fixtures as before", () => {
    expect(real.length).toBeGreaterThan(5000);
    expect(disagreements(real)).toEqual([]);
    // Every reading among them, so each of the classifier's ways out is compared, and Chinese among them
    // (its refusals are in the tables: the fixtures hold none).
    expect(new Set(real.map((text) => readRefusalBefore(matchText(text))))).toEqual(
      new Set(["refusal", "answer", "unread"]),
    );
    expect(real.some((text) => /^[^a-z]*[\u4e00-\u9fff]{20}/i.test(text))).toBe(true);
  });

  it("read the real refusals as before, cut short at many lengths", () => {
    // Each refusal of the fixtures, cut short at steps of 7 characters through its first 620: the cuts fall
    // inside words and sentences, at the 400-character sentence bound and the 600-character language scan.
    const cuts: string[] = [];
    for (const text of real) {
      if (readRefusalBefore(matchText(text)) !== "refusal") continue;
      for (let end = 7; end < Math.min(text.length, 620); end += 7) cuts.push(text.slice(0, end));
    }
    expect(cuts.length).toBeGreaterThan(10_000);
    expect(disagreements(cuts)).toEqual([]);
  });

  it("read every text of the refusal tables as before", () => {
    const tables = tableStrings();
    expect(tables.length).toBeGreaterThan(300);
    expect(disagreements(tables)).toEqual([]);
  });

  it("read the ends of each script's range as before", () => {
    expect(disagreements(SCRIPT_BOUND_CASES)).toEqual([]);
  });

  it.each(EDGE_CASES)("read it as before: %s", (_name, text) => {
    expect(disagreements([text])).toEqual([]);
  });
});
