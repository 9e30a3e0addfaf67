import type { Finding } from "../model/finding.js";

/** A baseline as the check uses it: how many findings of each fingerprint it accepts. */
export type Baseline = Map<string, number>;

/**
 * Marks the findings that the baseline accepts, each fingerprint as many times as the baseline holds it.
 * Returns how many were marked.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): number {
  const left = new Map(baseline);
  let marked = 0;
  for (const finding of findings) {
    const count = finding.fingerprint ? (left.get(finding.fingerprint) ?? 0) : 0;
    if (count === 0) continue;
    left.set(finding.fingerprint as string, count - 1);
    finding.baselined = true;
    marked++;
  }
  return marked;
}
