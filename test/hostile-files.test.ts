// Hostile files, round two (issue 16): records and files that cost far more than their size. No test
// here is timed: each asserts a finding and a cap, or a cost as a ratio to a plain scan of the same input.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseConfig } from "../src/config.js";
import { duplicateTopLevelKeys } from "../src/formats/duplicate-keys.js";

/** The least of `runs` timings of `work`, in ms (the least is the one least disturbed by other load). */
function leastTime(work: () => unknown, runs = 3): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

describe("the duplicate-key scan", () => {
  it("costs about what JSON.parse costs on a record of 100,000 keys (it built a regex of every key: 5x)", () => {
    const record: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) record[`key${i}`] = i;
    const text = JSON.stringify(record);
    const value = JSON.parse(text) as object;
    const parse = leastTime(() => JSON.parse(text));
    const scan = leastTime(() => duplicateTopLevelKeys(text, value));
    expect(scan / parse).toBeLessThan(2.5);
    // It still finds a duplicate among them.
    expect(duplicateTopLevelKeys(`${text.slice(0, -1)},"key7":1}`, value)).toEqual(["key7"]);
  });
});

describe("a config mapping of many keys", () => {
  /** A config whose one dataset declares `n` categories. */
  const manyCategories = (n: number) =>
    `datasets:\n  - name: d\n    files: a.jsonl\n    categories:\n${Array.from({ length: n }, (_, i) => `      c${i}: {}\n`).join("")}`;

  it("costs about what parsing its YAML costs, at 20,000 keys (yaml's own unique-key check: 14.5 s at 40,000)", () => {
    const text = manyCategories(20_000);
    parseConfig(text, "c.yml"); // warm up: the first run compiles what the others reuse
    const parse = leastTime(() => parseDocument(text, { uniqueKeys: false }), 2);
    const ratio = leastTime(() => parseConfig(text, "c.yml"), 2) / parse;
    expect(ratio).toBeLessThan(3);
  }, 120_000);

  it("still refuses a key given twice, with its line", () => {
    expect(() => parseConfig(`${manyCategories(3)}      c1: {}\n`, "c.yml")).toThrow(
      'c.yml:8:7: invalid YAML: Map keys must be unique ("c1" is given twice)',
    );
  });
});
