import type { Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { ANNOTATIONS_PER_LEVEL } from "./github-limits.js";
import { type PlacedFinding, prioritise } from "./prioritise.js";

export interface AnnotationPlan {
  chosen: PlacedFinding[];
  /** Findings that had no annotation: GitHub would have dropped them silently. */
  notShown: number;
}

/**
 * Which findings get an annotation: GitHub shows at most ANNOTATIONS_PER_LEVEL per level in a step (and
 * drops the rest silently), so the budget goes to the most severe, spread over files and rules.
 * `reserved` counts annotations this step already used (the action's own warnings).
 */
export function planAnnotations(
  report: Report,
  max: number,
  reserved: Partial<Record<Severity, number>> = {},
): AnnotationPlan {
  const used: Record<Severity, number> = {
    error: reserved.error ?? 0,
    warning: reserved.warning ?? 0,
    notice: reserved.notice ?? 0,
  };
  let budget = max - used.error - used.warning - used.notice;
  const ordered = prioritise(report);
  const chosen: PlacedFinding[] = [];
  for (const placed of ordered) {
    const severity = placed.finding.severity;
    if (budget <= 0) break;
    if (used[severity] >= ANNOTATIONS_PER_LEVEL) continue;
    used[severity]++;
    budget--;
    chosen.push(placed);
  }
  return { chosen, notShown: ordered.length - chosen.length };
}
