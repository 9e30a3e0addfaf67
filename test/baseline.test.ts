import { describe, expect, it } from "vitest";
import type { Baseline } from "../src/check/baseline-match.js";
import { check } from "../src/check/check.js";
import { defaultConfig, parseConfig } from "../src/config/config.js";
import { planDatasets } from "../src/config/discover.js";
import type { Report } from "../src/model/report.js";
import { baselineOf, loadBaseline } from "../src/report/baseline.js";
import { bad, CONFIG, good } from "./helpers/baseline-records.js";
import { jsonl, tempDir, writeFiles } from "./helpers/run-check.js";

async function run(records: unknown[], options: { baseline?: Baseline; fingerprints?: boolean } = {}) {
  const dir = await writeFiles({ "data.jsonl": jsonl(records) });
  const config = parseConfig(CONFIG, "c.yml");
  return check({ config, datasets: await planDatasets(config, ["data.jsonl"], dir), ...options });
}

function toBaseline(report: Report): Baseline {
  const baseline: Baseline = new Map();
  for (const { fingerprint } of baselineOf(report).findings) {
    baseline.set(fingerprint, (baseline.get(fingerprint) ?? 0) + 1);
  }
  return baseline;
}

const keys = (report: Report) =>
  report.files[0]?.findings.map((f) => `${f.rule}@${f.line}${f.baselined ? " baselined" : ""}`);

describe("baseline", () => {
  it("accepts today's findings wherever their records move, and fails on a new one", async () => {
    const today = await run([good(1), bad(2), good(3)], { fingerprints: true });
    expect(today.passed).toBe(false);
    const found = today.files[0]?.findings.map((f) => f.rule) ?? [];
    expect(found).toContain("identical-responses");
    expect(found).toContain("chosen-lecturing");
    const baseline = toBaseline(today);

    // Two records inserted above: the old findings move down two lines and stay accepted.
    const shifted = await run([good(10), good(11), good(1), bad(2), good(3)], { baseline });
    expect(keys(shifted)).toEqual(found.map((rule) => `${rule}@4 baselined`));
    expect(shifted.passed).toBe(true);
    expect(shifted.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0, baselined: found.length });

    // A new bad record fails the gate; the baselined ones still do not count.
    const worse = await run([good(1), bad(2), good(3), bad(4)], { baseline });
    expect(worse.passed).toBe(false);
    expect(keys(worse)?.filter((k) => !k.endsWith("baselined"))).toEqual(found.map((rule) => `${rule}@4`));
    expect(worse.summary.baselined).toBe(found.length);
  });

  it("accepts a fingerprint as many times as the baseline holds it", async () => {
    const first = await run([bad(1), good(2)], { fingerprints: true });
    const found = first.files[0]?.findings.map((f) => f.rule) ?? [];
    // The same bad record again: its findings are new (and it is a duplicate-example too).
    const report = await run([bad(1), good(2), bad(1)], { baseline: toBaseline(first) });
    expect(keys(report)?.sort()).toEqual(
      [
        ...found.map((rule) => `${rule}@1 baselined`),
        ...found.map((rule) => `${rule}@3`),
        "duplicate-example@3",
      ].sort(),
    );
  });

  it("drops a fixed finding when written again", async () => {
    const before = baselineOf(await run([bad(1), bad(2)], { fingerprints: true }));
    const after = baselineOf(await run([bad(1), good(2)], { fingerprints: true }));
    expect(after.findings.length).toBe(before.findings.length / 2);
    const kept = new Set(before.findings.map((b) => b.fingerprint));
    expect(after.findings.every((entry) => kept.has(entry.fingerprint))).toBe(true);
  });

  it("fingerprints findings reported at the end of the dataset by their example's content too", async () => {
    // missing-category is reported once every record is read, by line.
    const uncategorised = { ...good(2), category: undefined };
    const baseline = toBaseline(await run([good(1), uncategorised], { fingerprints: true }));
    const report = await run([good(0), good(1), uncategorised], { baseline });
    expect(keys(report)).toEqual(["missing-category@3 baselined"]);
  });

  it("fingerprints dataset-level findings by rule and dataset", async () => {
    const dir = await writeFiles({ "data.jsonl": jsonl([good(1)]) });
    const datasets = await planDatasets(defaultConfig(), ["data.jsonl"], dir);
    const first = await check({ config: defaultConfig(), datasets, fingerprints: true });
    const again = await check({ config: defaultConfig(), datasets, baseline: toBaseline(first) });
    const findings = again.datasets[0]?.findings ?? [];
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["min-size", "category-distribution"]));
    // One category-distribution finding per category, each with its own fingerprint.
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    expect(findings.every((f) => f.baselined)).toBe(true);
    expect(again.passed).toBe(true);
  });
});

describe("reading a baseline file", () => {
  it("says in words why it cannot: a directory is not a baseline file; a missing file is no baseline", async () => {
    const dir = await tempDir();
    await expect(loadBaseline(dir)).rejects.toThrow(
      `cannot read baseline ${dir}: it is a directory, not a baseline file`,
    );
    await expect(loadBaseline(`${dir}/absent.json`)).resolves.toBeUndefined();
  });
});
