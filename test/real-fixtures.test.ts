import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { datasetInfo, defaultConfig, parseConfig } from "../src/config/config.js";
import type { Report } from "../src/model/report.js";
import { REAL_FIXTURES } from "./helpers/run-check.js";

// The real datasets as their authors published them (test/fixtures/real/SOURCES.md).

async function checkFixture(name: string, configYaml?: string): Promise<Report> {
  return check({
    config: configYaml ? parseConfig(configYaml, "test.yml") : defaultConfig(),
    datasets: [
      {
        info: datasetInfo("default"),
        files: [{ path: path.join(REAL_FIXTURES, name), display: name, report: true }],
      },
    ],
  });
}

function rulesAt(report: Report, rule: string): number[] {
  return (report.files[0]?.findings ?? []).filter((f) => f.rule === rule).map((f) => f.line ?? 0);
}

describe("real datasets", () => {
  it("hh-rlhf harmless: gzip JSONL of transcripts, 2,312 examples, its 4 empty chosen final turns flagged", async () => {
    const report = await checkFixture("hh-rlhf-harmless-base-test.jsonl.gz");
    const file = report.files[0];
    expect([file?.container, file?.compression, file?.shape, file?.examples]).toEqual([
      "jsonl",
      "gzip",
      "hh-rlhf",
      2312,
    ]);
    expect(rulesAt(report, "empty-response")).toEqual([87, 517, 926, 1104]);
    // The pairs whose transcripts diverge before the last turn ("a few pairs differ earlier").
    expect(rulesAt(report, "context-mismatch")).toEqual([1255, 1689, 1951, 1953, 2037]);
    expect(rulesAt(report, "invalid-json")).toEqual([]);
    // Contact details users typed into the conversations: named by kind and place, never quoted.
    expect([...new Set(rulesAt(report, "pii"))]).toEqual([
      353, 477, 654, 1000, 1143, 1260, 1799, 1812, 2168, 2179, 2189, 2288,
    ]);
    expect(report.files[0]?.findings.filter((f) => f.rule === "pii" && f.excerpt !== undefined)).toEqual([]);

    // Cross-check the empty turns against the raw file.
    const lines = gunzipSync(await readFile(path.join(REAL_FIXTURES, "hh-rlhf-harmless-base-test.jsonl.gz")))
      .toString("utf8")
      .split("\n");
    for (const line of [87, 517, 926, 1104]) {
      const chosen: string = JSON.parse(lines[line - 1] as string).chosen;
      expect(chosen.slice(chosen.lastIndexOf("\n\nAssistant:") + 12).trim()).toBe("");
    }
  });

  it("LLaMA-Factory dpo_en_demo: one JSON array in ShareGPT style, 300 examples, its 5 exact duplicates flagged", async () => {
    const report = await checkFixture("llamafactory-dpo_en_demo.json");
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples]).toEqual(["json", "sharegpt", 300]);
    const duplicates = rulesAt(report, "duplicate-example");
    expect(duplicates).toHaveLength(5);
    // Each flagged line is where a record's object starts in the file, and the record equals an earlier one.
    const text = await readFile(path.join(REAL_FIXTURES, "llamafactory-dpo_en_demo.json"), "utf8");
    const lines = text.split("\n");
    const records = JSON.parse(text) as unknown[];
    const starts = lines.flatMap((line, i) => (line === "  {" ? [i + 1] : []));
    expect(starts).toHaveLength(300);
    for (const line of duplicates) {
      const index = starts.indexOf(line);
      expect(index).toBeGreaterThan(0);
      const record = JSON.stringify(records[index]);
      expect(records.slice(0, index).some((earlier) => JSON.stringify(earlier) === record)).toBe(true);
    }
    expect(rulesAt(report, "duplicate-prompt")).toEqual([]);
    // A movie plot pasted as UTF-8 read as Windows-1252 ("fiancÃ©"), and "\\frac" written as "\frac" in
    // JSON: a form feed and "rac".
    expect(rulesAt(report, "mojibake")).toEqual([286]);
    // The plot's C1 characters are its mojibake's (one defect, one finding); the form feed is a control.
    expect(rulesAt(report, "control-chars")).toEqual([6934]);
  });

  it("LLaMA-Factory kto_en_demo: 300 unpaired examples, pair rules said not to apply", async () => {
    const report = await checkFixture("llamafactory-kto_en_demo.json");
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples]).toEqual(["json", "kto", 300]);
    expect(file?.notes.join(" ")).toMatch(/pair rules .* do not apply/);
    expect(rulesAt(report, "identical-responses")).toEqual([]);
    expect(rulesAt(report, "wrong-type")).toEqual([]);
    expect(rulesAt(report, "mojibake")).toEqual([4531, 4809]);
    // The same Shakespearean tragedy of Hyrum, told twice with small changes, one desirable, one not: their
    // word 5-grams overlap at Jaccard 0.77, under the default 0.8 and over 0.7.
    expect(rulesAt(report, "near-duplicate")).toEqual([]);
    const loose = await checkFixture(
      "llamafactory-kto_en_demo.json",
      "rules:\n  near-duplicate: { threshold: 0.7 }\n",
    );
    const near = loose.files[0]?.findings.filter((f) => f.rule === "near-duplicate") ?? [];
    expect(near.map((f) => [f.line, f.message.slice(0, 61)])).toEqual([
      [3617, "nearly the same example as llamafactory-kto_en_demo.json:1162"],
    ]);
  });

  it("LLaMA-Factory v1_dpo_demo: 10 examples of typed-content messages", async () => {
    const report = await checkFixture("llamafactory-v1_dpo_demo.jsonl");
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples]).toEqual(["jsonl", "llamafactory-v1", 10]);
    expect(rulesAt(report, "missing-field")).toEqual([]);
    expect(rulesAt(report, "wrong-type")).toEqual([]);
  });

  it("the LFS pointer is reported as such and never parsed", async () => {
    const report = await checkFixture("hh-rlhf-helpful-base-test.lfs-pointer.jsonl.gz");
    expect(report.files[0]?.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ["lfs-pointer", 1, "error"],
    ]);
    expect(report.files[0]?.findings[0]?.message).toContain("check out with lfs: true");
    expect(report.files[0]?.examples).toBe(0);
  });

  it("alpaca instruction data is not preference data, and the finding names its keys", async () => {
    const report = await checkFixture("llamafactory-alpaca_en_demo.json");
    const findings = report.files[0]?.findings ?? [];
    expect(findings.map((f) => [f.rule, f.line])).toEqual([["not-preference-data", 1]]);
    expect(findings[0]?.message).toContain('"instruction", "input", "output"');
    expect(report.passed).toBe(false);
  });
});
