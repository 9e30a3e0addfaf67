import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/config.js";
import { inferSplit, planDatasets } from "../src/config/discover.js";
import { writeFiles } from "./helpers/run-check.js";

describe("splits", () => {
  it.each([
    ["data/train.jsonl", "train"],
    ["data/train-00000-of-00002.parquet", "train"],
    ["harmless-base/test.jsonl.gz", "test"],
    ["data/validation/part-0.jsonl", "validation"],
    ["dpo_dev.jsonl", "validation"],
    ["splits/eval/x.json", "validation"],
    ["data/train/extra_test.jsonl", "test"], // the file's own name first, then its folders
    ["data/contest.jsonl", undefined], // words, not substrings
    ["data/safety.jsonl", undefined],
  ])("tells %s as %s", (file, split) => {
    expect(inferSplit(file)).toBe(split);
  });

  it("takes splits declared in config before names, and names for files no split claims", async () => {
    const dir = await writeFiles({ "a.jsonl": "", "b.jsonl": "", "train.jsonl": "" });
    const config = parseConfig(
      "datasets:\n  - name: d\n    files: '*.jsonl'\n    splits: { test: a.jsonl, holdout: [b.jsonl] }\n",
      "c.yml",
    );
    const [dataset] = await planDatasets(config, [], dir);
    expect(dataset?.files.map((f) => [f.display, f.split])).toEqual([
      ["a.jsonl", "test"],
      ["b.jsonl", "holdout"],
      ["train.jsonl", "train"],
    ]);
  });
});
