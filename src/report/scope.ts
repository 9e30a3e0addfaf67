import { withVerdict } from "../check/verdict.js";
import type { Report } from "../model/report.js";
import { FILE_LEVEL_RULES } from "../rules/registry.js";

/**
 * Which findings of a change are its own: per-example findings on the lines it added or modified
 * (`changed-lines`), every finding of the files it changed (`changed-files`), or every finding of the
 * datasets it touched (`all`). Dataset-level findings (size, distribution) always count.
 */
export const SCOPES = ["changed-lines", "changed-files", "all"] as const;
export type Scope = (typeof SCOPES)[number];

export interface NarrowedReport {
  report: Report;
  /** Findings left out because they sit on lines the change did not touch (baselined ones aside). */
  leftOut: number;
}

/**
 * The report with only the findings on the lines each file's change added: a finding about a record that
 * spans lines (`endLine`: a pretty-printed JSON record, a CSV row whose quoted cell breaks lines) is the
 * change's when any of its lines is. A file with no entry (or null: git could not tell) keeps every
 * finding, and so do findings with no line of their own: a Parquet row, a finding about the whole file.
 * The verdict and counts are recomputed.
 */
export function narrowToLines(report: Report, added: Record<string, number[] | null>): NarrowedReport {
  let leftOut = 0;
  const files = report.files.map((file) => {
    const lines = added[file.path];
    if (!lines) return file;
    const changed = new Set(lines);
    const touched = (line: number, endLine = line): boolean => {
      for (let at = line; at <= endLine; at++) if (changed.has(at)) return true;
      return false;
    };
    const findings = file.findings.filter(
      (finding) =>
        finding.line === undefined ||
        FILE_LEVEL_RULES.has(finding.rule) ||
        touched(finding.line, finding.endLine),
    );
    leftOut += file.findings.filter((f) => !f.baselined).length - findings.filter((f) => !f.baselined).length;
    return { ...file, findings };
  });
  const narrowed = withVerdict({ ...report, files });
  // Every file still counts as checked, though some of its findings are not this change's.
  return { report: { ...narrowed, summary: { ...narrowed.summary, files: report.summary.files } }, leftOut };
}
