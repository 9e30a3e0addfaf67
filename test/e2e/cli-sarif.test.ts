import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/model/version.js";
import { SARIF_RESULTS_SHOWN } from "../../src/report/github-limits.js";
import { renderSarif } from "../../src/report/sarif.js";
import { RULES } from "../../src/rules/registry.js";
import { parquetFile } from "../helpers/parquet.js";
import {
  checkRecords,
  GOOD_PAIR,
  jsonl,
  REAL_DATA_FILES,
  REAL_FIXTURES,
  writeFiles,
} from "../helpers/run-check.js";
import { sarifErrors } from "../helpers/sarif-schema.js";
import { ROOT, runCli } from "../support/cli.js";

// `dataset-ci check --format sarif` as users run it (the bundled dist/cli.js), every log validated against
// the SARIF 2.1.0 JSON schema.

function run(args: string[], cwd = ROOT) {
  return runCli([...args, "--no-progress"], { cwd });
}

function sarifOf(args: string[], cwd = ROOT): { status: number | null; log: Sarif.Log } {
  const result = run(["check", ...args, "--format", "sarif"], cwd);
  expect(result.stderr).toBe("");
  const log = JSON.parse(result.stdout) as Sarif.Log;
  expect(sarifErrors(log)).toBe("");
  return { status: result.status, log };
}

function resultsOf(log: Sarif.Log): Sarif.Result[] {
  return log.runs[0]?.results ?? [];
}

/** Every control character but none of the escapes we show them as. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe("the SARIF schema check", () => {
  it("rejects what is not SARIF 2.1.0, so a passing log means something", () => {
    expect(sarifErrors({ version: "2.1.0", runs: [] })).toBe("");
    expect(sarifErrors({ version: "2.0.0", runs: [] })).not.toBe("");
    const run = { tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "notice" }] };
    expect(sarifErrors({ version: "2.1.0", runs: [run] })).toMatch(/level/);
    const noMessage = { tool: { driver: { name: "x" } }, results: [{ ruleId: "r" }] };
    expect(sarifErrors({ version: "2.1.0", runs: [noMessage] })).toMatch(/message/);
  });
});

describe("dataset-ci check --format sarif", () => {
  it("describes every rule of the registry, with its fix and its level", () => {
    const { status, log } = sarifOf(["--config", "examples/dataset-ci.yml"]);
    expect(status).toBe(0);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe("dataset-ci");
    expect(driver?.version).toBe(VERSION);
    expect(driver?.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const levels = { error: "error", warning: "warning", notice: "note" };
    for (const [i, rule] of RULES.entries()) {
      const descriptor = driver?.rules?.[i];
      expect(descriptor?.defaultConfiguration?.level).toBe(levels[rule.defaultSeverity]);
      expect(descriptor?.shortDescription?.text).toBe(rule.description);
      expect(descriptor?.help?.text).toBe(rule.advice);
    }
    // The example's one notice: a dataset-level finding, located on the config that declares the dataset.
    const results = resultsOf(log);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ruleId: "length-bias",
      ruleIndex: RULES.findIndex((r) => r.id === "length-bias"),
      level: "note",
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: "examples/dataset-ci.yml", uriBaseId: "%SRCROOT%" } },
        },
      ],
    });
    expect(results[0]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    expect(results[0]?.message.text).toMatch(/^dataset task-api-safety: chosen is longer/);
  });

  it("locates findings at their repository-relative file and line, and writes to --output", async () => {
    const dir = await writeFiles({});
    const out = path.join(dir, "out.sarif");
    const result = run([
      "check",
      "--config",
      "examples/dataset-ci.yml",
      "examples/pull-request/new-pairs.jsonl",
      "--format",
      "sarif",
      "--output",
      out,
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const log = JSON.parse(await readFile(out, "utf8")) as Sarif.Log;
    expect(sarifErrors(log)).toBe("");
    const invalid = resultsOf(log).find((r) => r.ruleId === "invalid-json");
    expect(invalid?.level).toBe("error");
    expect(invalid?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "examples/pull-request/new-pairs.jsonl", uriBaseId: "%SRCROOT%" },
      region: { startLine: 5 },
    });
    // The most severe first: every error before any warning, every warning before any note.
    const ranks = resultsOf(log).map((r) => ({ error: 0, warning: 1, note: 2 })[r.level as "error"]);
    expect(ranks).toEqual([...ranks].sort());
    // Each result's ruleIndex names its rule.
    for (const r of resultsOf(log)) expect(RULES[r.ruleIndex as number]?.id).toBe(r.ruleId);
  });

  it("exits 2 with one line when --output cannot be written", async () => {
    const dir = await writeFiles({ "data.jsonl": jsonl([GOOD_PAIR]) });
    const result = run(["check", "data.jsonl", "--format", "sarif", "-o", "missing/dir/out.sarif"], dir);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^dataset-ci: cannot write missing\/dir\/out\.sarif: ENOENT\n/);
  });

  it.each(REAL_DATA_FILES)("writes valid SARIF for the real dataset %s, one result per finding", (name) => {
    const { log } = sarifOf([name], REAL_FIXTURES);
    const report = JSON.parse(run(["check", name, "--format", "json"], REAL_FIXTURES).stdout);
    const findings =
      report.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0) +
      report.datasets.reduce((n: number, d: { findings: unknown[] }) => n + d.findings.length, 0);
    expect(findings).toBeLessThanOrEqual(SARIF_RESULTS_SHOWN);
    expect(resultsOf(log)).toHaveLength(findings);
    for (const r of resultsOf(log)) {
      expect(r.partialFingerprints?.["datasetCiFingerprint/v1"]).toMatch(/^[\w-]{22}:\d+$/);
      expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(name);
      expect(r.message.text).not.toMatch(CONTROL);
    }
    // Identical examples (the LLaMA-Factory demo holds duplicates) still get distinct fingerprints.
    const prints = resultsOf(log).map(
      (r) => `${r.ruleId} ${r.partialFingerprints?.["datasetCiFingerprint/v1"]}`,
    );
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("keeps each finding's fingerprint when records are inserted above it", async () => {
    const bad = { ...GOOD_PAIR, prompt: "same twice", rejected: GOOD_PAIR.chosen };
    const dir = await writeFiles({ "data.jsonl": jsonl([GOOD_PAIR, bad]) });
    const before = resultsOf(sarifOf(["data.jsonl"], dir).log).find(
      (r) => r.ruleId === "identical-responses",
    );
    await writeFile(
      path.join(dir, "data.jsonl"),
      jsonl([
        { ...GOOD_PAIR, prompt: "a new first" },
        { ...GOOD_PAIR, prompt: "a new second" },
        GOOD_PAIR,
        bad,
      ]),
    );
    const after = resultsOf(sarifOf(["data.jsonl"], dir).log).find((r) => r.ruleId === "identical-responses");
    expect(before?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(2);
    expect(after?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(4);
    expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
  });

  it("marks baselined findings as externally suppressed, and new ones not", async () => {
    const bad = { ...GOOD_PAIR, prompt: "accepted", rejected: GOOD_PAIR.chosen };
    const dir = await writeFiles({ "data.jsonl": jsonl([GOOD_PAIR, bad]) });
    expect(run(["baseline", "data.jsonl"], dir).status).toBe(0);
    const fresh = { ...GOOD_PAIR, prompt: "new", rejected: GOOD_PAIR.chosen };
    await writeFile(path.join(dir, "data.jsonl"), jsonl([GOOD_PAIR, bad, fresh]));
    const results = resultsOf(sarifOf(["data.jsonl"], dir).log).filter(
      (r) => r.ruleId === "identical-responses",
    );
    const byLine = (line: number) =>
      results.find((r) => r.locations?.[0]?.physicalLocation?.region?.startLine === line);
    expect(byLine(2)?.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "Accepted in the dataset-ci baseline .github/dataset-ci-baseline.json.",
      },
    ]);
    expect(byLine(3)?.suppressions).toBeUndefined();
  });

  it("gives a Parquet finding no line: its row is in the message and the properties", async () => {
    const dir = await writeFiles({
      "pairs.parquet": parquetFile({ prompt: "string", chosen: "string", rejected: "string" }, [
        { prompt: "p1", chosen: "A helpful answer.", rejected: "An unhelpful one." },
        { prompt: "p2", chosen: "Same words.", rejected: "Same words." },
      ]),
    });
    const results = resultsOf(sarifOf(["pairs.parquet"], dir).log);
    const identical = results.find((r) => r.ruleId === "identical-responses");
    expect(identical?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "pairs.parquet", uriBaseId: "%SRCROOT%" },
    });
    expect(identical?.message.text).toContain("(row 2)");
    expect(identical?.properties).toMatchObject({ row: 2 });
  });

  it("keeps hostile dataset text inert: no control characters, no links, bounded", async () => {
    const hostile = `[click](https://evil.example)\n::error::forged\u001b[31m\u202e${"x".repeat(5000)}`;
    const dir = await writeFiles({
      "we ird[1],name.jsonl": jsonl([{ ...GOOD_PAIR, category: hostile }]),
    });
    const log = sarifOf(["we ird[1],name.jsonl"], dir).log;
    const results = resultsOf(log);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.message.text).not.toMatch(CONTROL);
      expect(r.message.text).not.toMatch(/\u202e/);
      expect(r.message.text?.length).toBeLessThanOrEqual(1010);
      // SARIF reads an unescaped `[text](target)` as an embedded link.
      expect(r.message.text).not.toMatch(/(^|[^\\])\[click\]/);
      expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe("we%20ird%5B1%5D%2Cname.jsonl");
    }
    expect(results.map((r) => r.message.text ?? "").join("\n")).toContain(
      "\\[click\\](https://evil.example)\\n::error::",
    );
  });
});

describe("renderSarif's limits", () => {
  async function manyFindings() {
    // 90 records, each with an error (identical responses) and notices: more results than the caps below,
    // and results enough to outweigh the rule descriptors every log carries (one per rule of the registry);
    // fewer than min-size's default, so its error leads.
    const records = Array.from({ length: 90 }, (_, i) => ({
      ...GOOD_PAIR,
      prompt: `prompt ${i}`,
      rejected: GOOD_PAIR.chosen,
    }));
    return checkRecords(records);
  }

  it("caps the results in priority order and says how many it left out", async () => {
    const report = await manyFindings();
    const all = renderSarif(report);
    const total = resultsOf(all.log).length;
    expect(total).toBeGreaterThan(10);
    const capped = renderSarif(report, { maxResults: 10 });
    expect(sarifErrors(capped.log)).toBe("");
    expect(resultsOf(capped.log)).toHaveLength(10);
    expect(capped.omitted).toBe(total - 10);
    // The dataset's gate (too few examples) leads, then errors.
    expect(resultsOf(capped.log)[0]?.ruleId).toBe("min-size");
    expect(resultsOf(capped.log).every((r) => r.level === "error")).toBe(true);
    const run = capped.log.runs[0];
    expect(run?.properties).toMatchObject({ findings: total, resultsOmitted: total - 10 });
    expect(run?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toContain(
      `${total - 10} of ${total} findings are not in this file`,
    );
  });

  it("stays under the compressed size it is given", async () => {
    const report = await manyFindings();
    const full = renderSarif(report);
    // Halfway between the log without results (the rules' metadata, which grows with every rule) and in full.
    const empty = gzipSync(renderSarif(report, { maxResults: 0 }).text).length;
    const limit = Math.floor((empty + gzipSync(full.text).length) / 2);
    const small = renderSarif(report, { maxGzipBytes: limit });
    expect(gzipSync(small.text).length).toBeLessThanOrEqual(limit);
    expect(small.omitted).toBeGreaterThan(0);
    expect(resultsOf(small.log).length).toBeGreaterThan(0);
    expect(sarifErrors(small.log)).toBe("");
  });
});
