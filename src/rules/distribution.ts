import type { CategoryReport } from "../model/report.js";
import type { CategoryTarget, DatasetTotals } from "./rule.js";

/** Floating-point slack so a band's edges are inclusive: 20 of 100 is inside 20–30 %. */
const EPSILON = 1e-9;

/**
 * Shares are taken over the examples that carry a category of the taxonomy, so uncategorised or
 * mis-categorised examples (their own findings) do not dilute every share at once.
 */
export function computeDistribution(targets: CategoryTarget[], totals: DatasetTotals): CategoryReport[] {
  const total = totals.categorised;
  return targets.map((target) => {
    const count = totals.categoryCounts.get(target.name) ?? 0;
    const share = total === 0 ? 0 : count / total;
    const needed =
      target.min !== undefined && share < target.min - EPSILON ? toAdd(count, total, target.min) : 0;
    const excess =
      target.max !== undefined && share > target.max + EPSILON ? toRemove(count, total, target.max) : 0;
    return {
      name: target.name,
      count,
      share,
      ...(target.min !== undefined ? { min: target.min } : {}),
      ...(target.max !== undefined ? { max: target.max } : {}),
      ok: needed === 0 && excess === 0,
      needed,
      excess,
    };
  });
}

/** Smallest n with (count + n) / (total + n) ≥ min. */
function toAdd(count: number, total: number, min: number): number {
  if (min >= 1) return Math.max(0, total - count) === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.max(1, Math.ceil((min * total - count) / (1 - min) - EPSILON));
}

/** Smallest k with (count − k) / (total − k) ≤ max. */
function toRemove(count: number, total: number, max: number): number {
  if (max <= 0) return count;
  return Math.max(1, Math.ceil((count - max * total) / (1 - max) - EPSILON));
}
