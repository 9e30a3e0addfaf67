import { SEVERITY_RANK } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { terminalSafe } from "./terminal-safe.js";

/** Rules whose findings judge a dataset as a whole: the gates a reviewer cares about first. */
export const GATE_RULES: ReadonlySet<string> = new Set(["min-size", "category-distribution"]);

export function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

export function countsLine(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
}

/**
 * Why a report failed, in one line for the failed step: the gates that failed by dataset, then how many
 * findings reached fail-on. Empty when it passed.
 */
export function failureReason(report: Report): string {
  if (report.passed || report["fail-on"] === "never") return "";
  const threshold = SEVERITY_RANK[report["fail-on"]];
  const reaches = (severity: keyof typeof SEVERITY_RANK) => SEVERITY_RANK[severity] >= threshold;
  const parts: string[] = [];
  for (const dataset of report.datasets) {
    const gates = dataset.findings.filter((f) => GATE_RULES.has(f.rule) && reaches(f.severity));
    const sizeGate = gates.find((f) => f.rule === "min-size");
    const offTarget = gates.filter((f) => f.rule === "category-distribution").length;
    const said: string[] = [];
    if (sizeGate)
      said.push(`${plural(dataset.examples, "example")}, under its minimum of ${dataset["min-size"]}`);
    if (offTarget > 0) said.push(`${offTarget} ${offTarget === 1 ? "category" : "categories"} off target`);
    if (said.length > 0) parts.push(`dataset ${terminalSafe(dataset.name, 60)}: ${said.join(", ")}`);
  }
  const other = [
    ...report.files.flatMap((file) => file.findings),
    ...report.datasets.flatMap((dataset) => dataset.findings.filter((f) => !GATE_RULES.has(f.rule))),
  ].filter((f) => reaches(f.severity));
  if (other.length > 0) {
    const failOn = report["fail-on"];
    parts.push(
      `${plural(other.length, "finding")} at ${failOn === "error" ? "error" : `${failOn} or above`}`,
    );
  }
  return parts.join("; ");
}
