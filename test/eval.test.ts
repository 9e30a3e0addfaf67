import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, type FamilyResult, loadDevset } from "../scripts/eval.js";

// `npm run eval` over the committed dev set (test/fixtures/real/devset: 440 responses of the real fixtures,
// labelled by reading). The thresholds are the figures measured when the refusal classifier was written,
// so a change that makes them worse fails here. Issue 14's targets: refusal-style findings on at most 1 % of
// the responses labelled not a refusal (met: 0 of 420); rejected-is-refusal finds at least 85 % of the
// rejected refusals (not met: 6 of 8, 75 %; the two missed deflect without declining, see the README).

describe("the labelled dev set", () => {
  let results: Map<string, FamilyResult>;
  const result = (rule: string): FamilyResult => {
    const found = results.get(rule);
    if (!found) throw new Error(`no result for ${rule}`);
    return found;
  };

  beforeAll(async () => {
    results = new Map((await evaluate()).map((r) => [r.rule, r]));
  });

  it("has a label for every response", () => {
    expect(loadDevset().length).toBe(440);
  });

  it("refusal-style rules fire on at most 1 % of the responses labelled not a refusal", () => {
    for (const rule of ["rejected-is-refusal", "refusal-in-chosen"]) {
      const r = result(rule);
      expect(r.negatives).toBe(420);
      expect(r.falseIds.length / r.negatives, rule).toBeLessThanOrEqual(0.01);
      expect(r.falseIds, rule).toEqual([]); // as measured
    }
  });

  it("rejected-is-refusal finds the rejected refusals (6 of 8 measured; the target of 85 % is not met)", () => {
    const rejected = result("rejected-is-refusal (rejected side)");
    expect(rejected.positives).toBe(8);
    expect(rejected.found).toBeGreaterThanOrEqual(6);
    expect(result("rejected-is-refusal").found).toBeGreaterThanOrEqual(13); // of 20, either side
  });

  it("no finding says a chosen refuses when it is labelled an answer", () => {
    const noAlternative = result("chosen-no-alternative");
    expect(noAlternative.falseIds).toEqual([]);
    expect(noAlternative.found).toBeGreaterThanOrEqual(8); // of 15 refusals without an alternative
    expect(result("chosen-lecturing").falseIds).toEqual([]);
    expect(result("chosen-lecturing").found).toBeGreaterThanOrEqual(3); // of 12 lectures, most of them in answers
  });

  it("chosen-complies fires on the answers, and on a refusal only when the classifier misses it", () => {
    const complies = result("chosen-complies");
    expect(complies.found).toBeGreaterThanOrEqual(417); // of 420 answers; the 3 left are in no language it reads
    expect(complies.falseIds.length).toBeLessThanOrEqual(7); // of 20 refusals
  });
});
