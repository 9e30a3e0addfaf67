import { withVerdict } from "../check/verdict.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";

/**
 * `gate: regressions`: what the pull request brings is all that fails it. A finding of head that base
 * already had (same fingerprint, so the same rule about the same content or dataset gate, and the same
 * severity) is marked baselined: it is still reported, but it does not count, as a baseline's findings
 * do not. A dataset gate that fails at base and at head is such a finding; one that passes at base
 * (no finding, or a milder one: min-size's notice at base, its error at head) counts. Findings are
 * matched as multisets, like the base/head comparison (src/report/delta.ts): a pull request that adds
 * a second copy of a pair the base had once adds one duplicate.
 *
 * Returns the report with its verdict and counts recomputed, and how many findings base already had.
 */
export function gateOnRegressions(head: Report, base: Report): { report: Report; preexisting: number } {
  const key = (f: Finding) => `${f.severity}\u0000${f.fingerprint}`;
  const left = new Map<string, number>();
  const count = (f: Finding) => {
    if (f.fingerprint) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  };
  for (const file of base.files) file.findings.forEach(count);
  for (const dataset of base.datasets) dataset.findings.forEach(count);

  let preexisting = 0;
  const judge = (finding: Finding): Finding => {
    if (finding.baselined || !finding.fingerprint) return finding;
    const remaining = left.get(key(finding)) ?? 0;
    if (remaining === 0) return finding;
    left.set(key(finding), remaining - 1);
    preexisting++;
    return { ...finding, baselined: true };
  };
  const files = head.files.map((file) => ({ ...file, findings: file.findings.map(judge) }));
  const datasets = head.datasets.map((dataset) => ({ ...dataset, findings: dataset.findings.map(judge) }));
  return { report: withVerdict({ ...head, files, datasets }), preexisting };
}

/** The report the gate judges under `gate: regressions`, and the note that says what it did. */
export function regressionGate(head: Report, base: Report | undefined): { report: Report; note: string } {
  if (!base) {
    return {
      report: head,
      note: "gate regressions: there is no base report to compare with (not a pull request, or its base could not be read), so every finding counts.",
    };
  }
  const { report, preexisting } = gateOnRegressions(head, base);
  return {
    report,
    note: `gate regressions: only what this pull request brings counts; ${preexisting.toLocaleString("en-US")} finding${preexisting === 1 ? "" : "s"} its base already had ${preexisting === 1 ? "is" : "are"} shown as baselined.`,
  };
}
