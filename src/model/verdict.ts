import { type FailOn, type Finding, SEVERITY_RANK } from "./finding.js";
import type { DatasetReport, FileReport, Summary } from "./report.js";

/** Whether the gate passes: no finding at or above `fail-on`, baselined findings aside. */
export function passes(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return true;
  const threshold = SEVERITY_RANK[failOn];
  return findings.every((finding) => finding.baselined || SEVERITY_RANK[finding.severity] < threshold);
}

export function summarise(files: FileReport[], datasets: DatasetReport[]): Summary {
  const summary: Summary = {
    files: files.length,
    examples: files.reduce((n, f) => n + f.examples, 0),
    errors: 0,
    warnings: 0,
    notices: 0,
    baselined: 0,
  };
  for (const finding of [...files.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)]) {
    if (finding.baselined) summary.baselined++;
    else if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.notices++;
  }
  return summary;
}
