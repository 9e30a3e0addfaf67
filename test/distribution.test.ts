import { describe, expect, it } from "vitest";
import { computeDistribution } from "../src/rules/distribution.js";

const totals = (counts: Record<string, number>) => {
  const categoryCounts = new Map(Object.entries(counts));
  const categorised = [...categoryCounts.values()].reduce((a, b) => a + b, 0);
  return { examples: categorised, categorised, categoryCounts };
};

describe("category distribution", () => {
  it("treats bands as inclusive: 20 of 100 is inside 20–30 %", () => {
    const [row] = computeDistribution(
      [{ name: "edge_cases", min: 0.2, max: 0.3, refusal: true }],
      totals({ edge_cases: 20, other: 80 }),
    );
    expect(row).toMatchObject({ share: 0.2, ok: true, needed: 0, excess: 0 });
  });

  it("says how many examples to add to reach the band", () => {
    // 10 of 100 with a 15 % minimum: (10 + n) / (100 + n) ≥ 0.15 first holds at n = 6.
    const [row] = computeDistribution(
      [{ name: "social_engineering", min: 0.15, max: 0.2, refusal: true }],
      totals({ social_engineering: 10, other: 90 }),
    );
    expect(row).toMatchObject({ ok: false, needed: 6, excess: 0 });
    expect((10 + 6) / (100 + 6)).toBeGreaterThanOrEqual(0.15);
    expect((10 + 5) / (100 + 5)).toBeLessThan(0.15);
  });

  it("says how many examples are over the band", () => {
    // 50 of 100 with a 35 % maximum: (50 − k) / (100 − k) ≤ 0.35 first holds at k = 24.
    const [row] = computeDistribution(
      [{ name: "direct_harm", min: 0.25, max: 0.35, refusal: true }],
      totals({ direct_harm: 50, other: 50 }),
    );
    expect(row).toMatchObject({ ok: false, needed: 0, excess: 24 });
    expect((50 - 24) / (100 - 24)).toBeLessThanOrEqual(0.35);
    expect((50 - 23) / (100 - 23)).toBeGreaterThan(0.35);
  });

  it("leaves a category without a band unjudged", () => {
    const [row] = computeDistribution(
      [{ name: "helpfulness", refusal: false }],
      totals({ helpfulness: 99, other: 1 }),
    );
    expect(row?.ok).toBe(true);
  });
});
