import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkInParts, checkThreadPart } from "../src/check/check.js";
import { type JobOffer, runOfferedJob } from "../src/check/offered-jobs.js";
import type { CheckOptions } from "../src/check/options.js";
import { planWork, threadPart } from "../src/check/threads.js";
import { type Config, defaultConfig, parseConfig } from "../src/config/config.js";
import { planDatasets } from "../src/config/discover.js";
import { RULES } from "../src/rules/registry.js";
import { GOOD_PAIR, jsonl, REAL_DATA_FILES, REAL_FIXTURES, writeFiles } from "./helpers/run-check.js";

// A threaded check (src/check/threads.ts) shares the examples out by blocks, whichever thread claims a block first.
// Which thread gets which block must never show in the report: here every part of a plan runs in this
// thread, one after the other, with the claims laid out beforehand in several ways, and each report must be
// the one-thread report, byte for byte. (test/e2e/threads.test.ts runs the bundled worker threads for real.)

/** Lays out the claims: `owner(block)` is the thread that gets the block. */
function claimsBy(owner: (block: number) => number) {
  return (claims: Uint8Array): void => {
    for (let block = 0; block < 4096; block++) claims[block] = owner(block) + 1;
  };
}

/** A small deterministic generator (mulberry32), for a random-looking layout that is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYOUTS: Array<{
  name: string;
  threads: number;
  lay: (claims: Uint8Array) => void;
  /** Whether more than one thread gets blocks. */
  mixed: boolean;
}> = [
  { name: "alternating blocks, 2 threads", threads: 2, lay: claimsBy((b) => b % 2), mixed: true },
  { name: "every block to the worker", threads: 2, lay: claimsBy(() => 1), mixed: false },
  { name: "every block to the main thread", threads: 2, lay: claimsBy(() => 0), mixed: false },
  {
    name: "random blocks, 3 threads",
    threads: 3,
    mixed: true,
    lay: (() => {
      const next = random(7);
      return claimsBy(() => Math.floor(next() * 3));
    })(),
  },
  {
    // From four threads the stateful rules are split over two workers.
    name: "random blocks, 4 threads",
    threads: 4,
    mixed: true,
    lay: (() => {
      const next = random(11);
      return claimsBy(() => Math.floor(next() * 4));
    })(),
  },
];

/**
 * What the main thread does with a job a worker offers it (src/check/offered-jobs.ts): runs it at once, or
 * never gets to it, so the worker takes it back.
 */
const JOB_TAKERS = {
  "the main thread runs offered jobs": runOfferedJob,
  "offered jobs are taken back": () => {},
};

/** Runs every part of the plan in this thread and returns the merged report as JSON. */
async function inParts(
  options: CheckOptions,
  threads: number,
  lay: (claims: Uint8Array) => void,
  takeJob: (offer: JobOffer) => void = runOfferedJob,
  offers: JobOffer[] = [],
) {
  const plan = planWork(options, threads);
  lay(plan.claims);
  const workers: Awaited<ReturnType<typeof checkThreadPart>>[] = [];
  const post = (offer: JobOffer) => {
    offers.push(offer);
    takeJob(offer);
  };
  for (let thread = 1; thread < threads; thread++) {
    workers.push(await checkThreadPart(options, threadPart(plan, thread, post)));
  }
  return JSON.stringify(
    await checkInParts(options, { main: threadPart(plan, 0), workers: Promise.resolve(workers) }),
  );
}

/** Many findings of one per-example rule, one reader rule and one stateful rule, over several blocks. */
function manyFindings(): string {
  const records: string[] = [];
  for (let i = 0; i < 700; i++) {
    if (i % 50 === 7) records.push("{not json");
    else if (i % 3 === 0)
      records.push(JSON.stringify({ ...GOOD_PAIR, prompt: `${GOOD_PAIR.prompt} ${i}`, chosen: "ok" }));
    else if (i % 5 === 0)
      records.push(JSON.stringify({ ...GOOD_PAIR, prompt: `${GOOD_PAIR.prompt} ${i % 20}` }));
    else
      records.push(
        JSON.stringify({ ...GOOD_PAIR, prompt: `Question number ${i} about something else entirely` }),
      );
  }
  return `${records.join("\n")}\n`;
}

describe("the shares of a threaded check", () => {
  it("give the one-thread report and fingerprints however the blocks fall, on the real datasets", async () => {
    const names = [...REAL_DATA_FILES];
    const config = defaultConfig();
    const options: CheckOptions = {
      config,
      datasets: await planDatasets(config, names, REAL_FIXTURES),
      fingerprints: true,
      threads: 1,
    };
    const alone = JSON.stringify(await check(options));
    expect(alone).toContain('"rule":"empty-response"');
    // The layouts that mix the threads' blocks; the two that give every block to one thread are cases of
    // the same merge, run on the many findings below (each layout here is a whole check of 4 MB).
    for (const layout of LAYOUTS.filter((l) => l.mixed)) {
      expect(await inParts(options, layout.threads, layout.lay), layout.name).toBe(alone);
    }
  });

  it("apply the finding cap to the threads' findings together", async () => {
    const dir = await writeFiles({ "a.jsonl": manyFindings(), "b.jsonl": jsonl([GOOD_PAIR, GOOD_PAIR]) });
    const config: Config = parseConfig("limits:\n  max-findings-per-rule: 10\n", "test.yml");
    const options: CheckOptions = {
      config,
      datasets: await planDatasets(config, ["a.jsonl", "b.jsonl"], dir),
      fingerprints: true,
      threads: 1,
    };
    const report = await check(options);
    const alone = JSON.stringify(report);
    const more = report.files[0]?.findings.filter((f) => f.message.includes("more")) ?? [];
    // Per-example rules, the reader's and stateful ones went past the cap.
    expect(more.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["chosen-too-short", "duplicate-prompt", "near-duplicate", "invalid-json"]),
    );
    for (const layout of LAYOUTS) {
      for (const [name, takeJob] of Object.entries(JOB_TAKERS)) {
        const offers: JobOffer[] = [];
        expect(
          await inParts(options, layout.threads, layout.lay, takeJob, offers),
          `${layout.name}, ${name}`,
        ).toBe(alone);
        // near-duplicate offers half its bands from the worker it runs in.
        expect(offers.map((o) => o.ruleId)).toEqual(["near-duplicate"]);
      }
    }
  });

  it("give near-duplicate's one-thread findings when its bands are split between two threads", async () => {
    // Clusters of near-copies in a random order: most examples have several earlier near-copies, found
    // through different bands, and the report must name the earliest whichever thread banded it.
    const next = random(5);
    const word = () => `w${Math.floor(next() * 5000)}`;
    const bases = Array.from({ length: 30 }, () => Array.from({ length: 200 }, word));
    const records = Array.from({ length: 600 }, () => {
      const text = [...(bases[Math.floor(next() * bases.length)] as string[])];
      const changes = 1 + Math.floor(next() * 3);
      for (let c = 0; c < changes; c++) text[Math.floor(next() * text.length)] = word();
      return { ...GOOD_PAIR, chosen: text.join(" ") };
    });
    const dir = await writeFiles({ "a.jsonl": jsonl(records) });
    const config: Config = parseConfig(
      "rules:\n  near-duplicate: warning\nlimits:\n  max-findings-per-rule: 1000\n",
      "test.yml",
    );
    const options: CheckOptions = {
      config,
      datasets: await planDatasets(config, ["a.jsonl"], dir),
      threads: 1,
    };
    const report = await check(options);
    const nearCopies = report.files[0]?.findings.filter((f) => f.rule === "near-duplicate") ?? [];
    expect(nearCopies.length).toBeGreaterThan(400);
    const alternating = claimsBy((block) => block % 2);
    for (const [name, takeJob] of Object.entries(JOB_TAKERS)) {
      expect(await inParts(options, 2, alternating, takeJob), name).toBe(JSON.stringify(report));
    }
  });

  it("run every stateful rule in one thread, and only rules that need no refusal scope", () => {
    for (const rule of RULES) {
      const visitor = rule.create?.({
        options: rule.options.parse({}),
        dataset: { name: "d", categories: [], minSize: { min: 0 } },
        report: () => {},
        reportAt: () => {},
        reportDataset: () => {},
        where: () => "",
        splits: new Map(),
      });
      // A rule that reports at the end keeps state from example to example: it must say so.
      if (visitor?.end || rule.kind === "dataset") expect(rule.stateful, rule.id).toBe(true);
      if (rule.stateful) expect(rule.refusalScope || rule.helpfulnessScope, rule.id).toBeFalsy();
    }
    // A thread fingerprints the texts only when it runs a rule that says it reads them (a stateful one).
    for (const rule of RULES) {
      const source = readFileSync(path.resolve(import.meta.dirname, `../src/rules/${rule.id}.ts`), "utf8");
      expect(source.includes(".fingerprints"), rule.id).toBe(rule.fingerprints === true);
      if (rule.fingerprints) expect(rule.stateful, rule.id).toBe(true);
      // The same for the word hashes.
      expect(source.includes(".wordHashes"), rule.id).toBe(rule.wordHashes === true);
      if (rule.wordHashes) expect(rule.stateful, rule.id).toBe(true);
    }
    const stateful = RULES.filter((r) => r.stateful).map((r) => r.id);
    for (const threads of [2, 3, 4, 5]) {
      const plan = planWork({ config: defaultConfig() }, threads);
      expect(plan.stateful.flat().sort()).toEqual(stateful.sort());
      // The rules that shingle words and the duplicate tables: in one worker, or from four threads in two.
      const nearDuplicate = plan.stateful.findIndex((ids) => ids.includes("near-duplicate"));
      const duplicateExample = plan.stateful.findIndex((ids) => ids.includes("duplicate-example"));
      expect([nearDuplicate, duplicateExample], `${threads} threads`).toEqual(threads >= 4 ? [1, 2] : [1, 1]);
    }
  });
});
