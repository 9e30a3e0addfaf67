import { verdictOf } from "../check/verdict.js";
import type { Report } from "../model/report.js";
import { terminalSafe } from "./terminal-safe.js";

export function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

export function countsLine(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
}

/**
 * Why a report failed, in one line for the failed step: the gates that failed by dataset, then how many
 * findings reached fail-on (the verdict's own counts: baselined findings never count). Empty when it passed.
 */
export function failureReason(report: Report): string {
  const verdict = verdictOf(report);
  if (verdict.passed) return "";
  const parts: string[] = [];
  for (const gates of verdict.failingGates) {
    const said: string[] = [];
    if (gates.underMinimum)
      said.push(`${plural(gates.examples, "example")}, under its minimum of ${gates.minSize}`);
    if (gates.offTarget > 0)
      said.push(`${gates.offTarget} ${gates.offTarget === 1 ? "category" : "categories"} off target`);
    parts.push(`dataset ${terminalSafe(gates.dataset, 60)}: ${said.join(", ")}`);
  }
  if (verdict.failingFindings > 0) {
    const failOn = report["fail-on"];
    parts.push(
      `${plural(verdict.failingFindings, "finding")} at ${failOn === "error" ? "error" : `${failOn} or above`}`,
    );
  }
  return parts.join("; ");
}
