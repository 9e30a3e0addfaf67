import { describe, expect, it } from "vitest";
import { judge, withVerdict } from "../src/check/verdict.js";
import type { Finding } from "../src/model/finding.js";
import type { DatasetReport, FileReport, Report } from "../src/model/report.js";
import { renderMarkdown } from "../src/report/render-markdown.js";
import { renderText } from "../src/report/render-text.js";
import { failureReason } from "../src/report/verdict.js";
import { renderWorkflowCommands } from "../src/report/workflow-commands.js";

// One verdict for every sink: the report's `passed` and summary, the failure reason, and what each renderer
// says are the same judgement of the same findings.

function finding(rule: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return { rule, severity, line: 1, message: `${rule} here`, ...extra };
}

function file(findings: Finding[]): FileReport {
  return {
    path: "data/train.jsonl",
    container: "jsonl",
    compression: null,
    shape: "trl-standard",
    examples: 120,
    findings,
    notes: [],
  };
}

function dataset(findings: Finding[], examples = 120): DatasetReport {
  return {
    name: "default",
    files: ["data/train.jsonl"],
    examples,
    "min-size": 100,
    categorised: 0,
    categories: [],
    findings,
  };
}

function report(files: FileReport[], datasets: DatasetReport[], failOn: Report["fail-on"] = "error"): Report {
  return withVerdict({ version: 1, "fail-on": failOn, files, datasets });
}

describe("the verdict", () => {
  it("counts one new error and not the three the baseline accepts, everywhere it is told", () => {
    const baselined = { baselined: true as const };
    const r = report(
      [
        file([
          finding("invalid-json", "error"),
          ...[2, 3, 4].map((line) => finding("invalid-json", "error", { line, ...baselined })),
        ]),
      ],
      [dataset([])],
    );
    expect(r.passed).toBe(false);
    expect(r.summary).toMatchObject({ errors: 1, warnings: 0, notices: 0, baselined: 3 });
    expect(failureReason(r)).toBe("1 finding at error");
    expect(renderText(r, { color: false })).toContain("✖ failed: 1 error");
    const markdown = renderMarkdown(r, {
      scope: "this pull request",
      notes: [],
      limit: 65_536,
      measure: (text) => text.length,
      fullReport: "the job summary",
    }).text;
    expect(markdown).toContain("1 finding at error");
    expect(markdown).not.toMatch(/4 findings at/);
    expect(renderWorkflowCommands(r)).toContain("failed: 1 finding at error");
  });

  it("passes when every finding at fail-on is baselined", () => {
    const r = report([file([finding("invalid-json", "error", { baselined: true })])], [dataset([])]);
    expect(r.passed).toBe(true);
    expect(failureReason(r)).toBe("");
  });

  it("names failing gates by dataset before other findings", () => {
    const verdict = judge(
      [file([finding("pii", "warning")])],
      [
        dataset(
          [
            finding("min-size", "error", { line: undefined }),
            finding("category-distribution", "error", { line: undefined, key: "a" } as never),
            finding("length-bias", "warning", { line: undefined }),
          ],
          40,
        ),
      ],
      "warning",
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failingGates).toEqual([
      { dataset: "default", examples: 40, minSize: 100, underMinimum: true, offTarget: 1 },
    ]);
    expect(verdict.failingFindings).toBe(2);
    const r = report(
      [file([finding("pii", "warning")])],
      [dataset([finding("min-size", "error", { line: undefined })], 40)],
      "warning",
    );
    expect(failureReason(r)).toBe(
      "dataset default: 40 examples, under its minimum of 100; 1 finding at warning or above",
    );
  });

  it("fail-on never always passes; fail-on notice counts notices", () => {
    const notices = [file([finding("chosen-vague", "notice")])];
    expect(report(notices, [dataset([])], "never").passed).toBe(true);
    expect(report(notices, [dataset([])], "warning").passed).toBe(true);
    expect(report(notices, [dataset([])], "notice").passed).toBe(false);
  });
});
