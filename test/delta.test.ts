import { describe, expect, it } from "vitest";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { computeDelta, type DatasetDelta, renderDatasetDelta } from "../src/report/delta.js";

function report(files: Record<string, Finding[]>, datasetFindings: Finding[] = []): Report {
  return {
    version: 1,
    passed: true,
    "fail-on": "error",
    summary: { files: 0, examples: 0, errors: 0, warnings: 0, notices: 0, baselined: 0 },
    files: Object.entries(files).map(([path, findings]) => ({
      path,
      container: "jsonl",
      compression: null,
      shape: null,
      examples: 0,
      findings,
      notes: [],
    })),
    datasets: [
      {
        name: "d",
        files: [],
        examples: 0,
        "min-size": 0,
        categorised: 0,
        categories: [],
        findings: datasetFindings,
      },
    ],
  };
}

const finding = (fingerprint: string, severity: Finding["severity"] = "warning"): Finding => ({
  rule: "r",
  severity,
  line: 1,
  message: "m",
  fingerprint,
});

describe("computeDelta", () => {
  it("matches findings by fingerprint as multisets, within the changed files", () => {
    const base = report(
      { "a.jsonl": [finding("x"), finding("x"), finding("gone", "error")], "b.jsonl": [finding("y")] },
      [finding("dist", "error")],
    );
    const head = report({ "a.jsonl": [finding("x"), finding("new")], "b.jsonl": [] });
    const delta = computeDelta(base, head, new Set(["a.jsonl"]));
    expect(delta.introduced).toEqual({ error: 0, warning: 1, notice: 0 });
    // One of the two x, "gone", and the dataset's finding; b.jsonl is not a changed file.
    expect(delta.fixed).toEqual({ error: 2, warning: 1, notice: 0 });
  });
});

describe("renderDatasetDelta", () => {
  it("keeps every name that is not a plain id out of the Mermaid block, and names it in the table", () => {
    const hostile = 'x"]\n  bar [999';
    const dataset: DatasetDelta = {
      name: "d",
      examplesBefore: 10,
      examplesAfter: 20,
      categories: [
        {
          name: "edge_cases",
          countBefore: 1,
          countAfter: 5,
          shareBefore: 0.1,
          shareAfter: 0.25,
          min: 0.2,
          max: 0.3,
          okBefore: false,
          okAfter: true,
          needed: 0,
          excess: 0,
        },
        {
          name: hostile,
          countBefore: 9,
          countAfter: 15,
          shareBefore: 0.9,
          shareAfter: 0.75,
          okBefore: true,
          okAfter: true,
          needed: 0,
          excess: 0,
        },
      ],
    };
    const text = renderDatasetDelta(dataset).join("\n");
    const chart = text.slice(
      text.indexOf("```mermaid"),
      text.indexOf("```", text.indexOf("```mermaid") + 3) + 3,
    );
    expect(chart).toContain('x-axis ["edge_cases", "category 2"]');
    expect(chart).toContain("bar [10, 90]");
    expect(chart).toContain("bar [25, 75]");
    expect(chart).not.toContain("999");
    expect(text).toContain("| `edge_cases` | 1 → 5 | 10 % → 25 % | 20–30 % | ✅ |");
    // Shown verbatim in a code span, its line break as \n: inert.
    expect(text).toContain('| category 2: `x"]\\n  bar [999` | 9 → 15 | 90 % → 75 % | — | ✅ |');
  });
});
