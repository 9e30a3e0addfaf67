import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseAnalysis } from "../src/action/analysis.js";
import { planReview } from "../src/action/review.js";
import { lineFix } from "../src/check/record-fix.js";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { certainlyMeant, didYouMean } from "../src/rules/did-you-mean.js";
import { checkFiles, fileFindings, GOOD_PAIR, jsonl } from "./helpers/run-check.js";

// unknown-category reports a fix with its finding, made where the record's line is read: the review
// offers it as a one-click suggestion without reading the file again.

const CONFIG = `datasets:
  - name: d
    files: "*"
    categories:
      direct_harm: { refusal: true }
      edge_cases: {}
      harms: {}
      harma: {}
`;

const fixOf = (findings: Finding[]) => findings.map((f) => f.fix);

describe("lineFix", () => {
  const fix = { field: "category", from: " Edge Cases ", to: "edge_cases" };

  it("replaces the field's value in place, keeping the rest of the line as it is spelt", () => {
    const line = '{"prompt": "p",  "category" : " Edge Cases ", "chosen": "c\\u00e9"}';
    expect(lineFix(line, 7, fix)).toEqual({
      line: 7,
      endLine: 7,
      text: '{"prompt": "p",  "category" : "edge_cases", "chosen": "c\\u00e9"}',
    });
  });

  it("gives nothing when the edit is not certain", () => {
    // The value spelt twice after the key (a nested record): which one is not certain.
    expect(lineFix('{"category": " Edge Cases ", "note": {"category": " Edge Cases "}}', 1, fix)).toBe(
      undefined,
    );
    // The field holds something else, the line is not JSON or not an object, the value is spelt with escapes.
    expect(lineFix('{"category": "edge_cases"}', 1, fix)).toBeUndefined();
    expect(lineFix("not json", 1, fix)).toBeUndefined();
    expect(lineFix('[" Edge Cases "]', 1, fix)).toBeUndefined();
    expect(lineFix('{"category": " Edge\\u0020Cases "}', 1, fix)).toBeUndefined();
    // A line too long to offer in a review comment.
    expect(lineFix(`{"category": " Edge Cases ", "pad": "${"x".repeat(20_000)}"}`, 1, fix)).toBeUndefined();
  });
});

describe("certainlyMeant", () => {
  it("answers as didYouMean does when one name is nearest, and nothing on a tie", () => {
    expect(certainlyMeant("Edge Cases", ["direct_harm", "edge_cases"])).toBe("edge_cases");
    expect(certainlyMeant("harmz", ["harms", "harma"])).toBeUndefined();
    expect(didYouMean("harmz", ["harms", "harma"])).toBe("harms"); // still a hint in the message
  });

  it("takes no other word for a typo: a short name two edits away that keeps half its letters or fewer", () => {
    // "ci" is two edits from "to" and "qa" from "pii": each shares nothing with what was typed.
    expect(didYouMean("ci", ["to", "config"])).toBeUndefined();
    expect(certainlyMeant("qa", ["pii", "ok"])).toBeUndefined();
    expect(didYouMean("frmat", ["format", "fail-on"])).toBe("format");
  });
});

describe("unknown-category's fix", () => {
  const typo = { ...GOOD_PAIR, category: "Edge Cases" };

  it("comes with the finding on an obvious typo in uncompressed JSON Lines, and parses back to the record", async () => {
    const report = await checkFiles({ "data.jsonl": jsonl([GOOD_PAIR, typo]) }, CONFIG);
    const [finding] = fileFindings(report, "unknown-category");
    expect(finding?.fix).toMatchObject({ line: 2, endLine: 2 });
    expect(JSON.parse(finding?.fix?.text ?? "")).toEqual({ ...typo, category: "edge_cases" });
    // The key follows the finding's own keys in the JSON report.
    expect(Object.keys(finding ?? {})).toEqual(["rule", "severity", "line", "field", "message", "fix"]);
  });

  it("is not offered when the nearest category is a tie or nothing is near", async () => {
    const records = [
      { ...GOOD_PAIR, category: "harmz" },
      { ...GOOD_PAIR, category: "weather" },
    ];
    const report = await checkFiles({ "data.jsonl": jsonl(records) }, CONFIG);
    const findings = fileFindings(report, "unknown-category");
    expect(findings).toHaveLength(2);
    expect(fixOf(findings)).toEqual([undefined, undefined]);
  });

  it("is not offered in a gzip, CSV or JSON array file, whose lines are not the record's own", async () => {
    const csv = `prompt,chosen,rejected,category\n"${GOOD_PAIR.prompt}","${GOOD_PAIR.chosen}","${GOOD_PAIR.rejected}",Edge Cases\n`;
    const report = await checkFiles(
      {
        "data.jsonl.gz": gzipSync(jsonl([typo])),
        "data.csv": csv,
        "data.json": JSON.stringify([typo]),
      },
      CONFIG,
    );
    const findings = fileFindings(report, "unknown-category");
    expect(findings).toHaveLength(3);
    expect(fixOf(findings)).toEqual([undefined, undefined, undefined]);
  });
});

describe("the review's suggestion", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: "unknown-category",
    severity: "error",
    line: 3,
    message: "m",
    fingerprint: "f1",
    ...over,
  });
  const reportOf = (findings: Finding[]): Report => ({
    version: 1,
    passed: false,
    "fail-on": "error",
    summary: { files: 1, examples: 3, errors: findings.length, warnings: 0, notices: 0, baselined: 0 },
    files: [
      {
        path: "d.jsonl",
        container: "jsonl",
        compression: null,
        shape: null,
        examples: 3,
        findings,
        notes: [],
      },
    ],
    datasets: [],
  });
  const diff = { "d.jsonl": { added: [3], commentable: [1, 2, 3, 4] } };

  it("is the finding's fix when the fix covers exactly the commented lines", () => {
    const fixed = finding({ fix: { line: 3, endLine: 3, text: "new" } });
    expect(planReview(reportOf([fixed]), diff, new Set()).comments[0]?.suggestion).toBe("new");
  });

  it("is left out when the fix covers other lines than the comment", () => {
    const other = finding({ fix: { line: 3, endLine: 4, text: "new\nnewer" } });
    const plan = planReview(reportOf([other]), diff, new Set());
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]?.suggestion).toBeUndefined();
  });
});

describe("the report's schema", () => {
  it("keeps a finding's endLine and fix when a publish run reads the analysis back", () => {
    const finding: Finding = {
      rule: "unknown-category",
      severity: "error",
      line: 2,
      endLine: 4,
      field: "category",
      message: "m",
      fix: { line: 2, endLine: 4, text: "a\nb\nc" },
      fingerprint: "abc",
    };
    const report: Report = {
      version: 1,
      passed: false,
      "fail-on": "error",
      summary: { files: 1, examples: 1, errors: 1, warnings: 0, notices: 0, baselined: 0 },
      files: [
        {
          path: "d.json",
          container: "json",
          compression: null,
          shape: null,
          examples: 1,
          findings: [finding],
          notes: [],
        },
      ],
      datasets: [],
    };
    const analysis = parseAnalysis(
      JSON.stringify({
        "dataset-ci-analysis": 1,
        pullRequest: { number: 1, headSha: "a".repeat(40), baseSha: "b".repeat(40) },
        notes: [],
        report,
        facts: { patches: {} },
      }),
    );
    expect(analysis.report.files[0]?.findings[0]).toEqual(finding);
    // A forged fix is refused like any other malformed value.
    const forged = {
      ...report,
      files: [{ ...report.files[0], findings: [{ ...finding, fix: { line: 0, endLine: 1, text: "x" } }] }],
    };
    expect(() =>
      parseAnalysis(
        JSON.stringify({
          "dataset-ci-analysis": 1,
          pullRequest: { number: 1, headSha: "a".repeat(40), baseSha: "b".repeat(40) },
          notes: [],
          report: forged,
        }),
      ),
    ).toThrow(/malformed/);
  });
});
