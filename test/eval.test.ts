import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, type FamilyResult, loadDevset } from "../scripts/eval.js";

// `npm run eval` over the committed dev set (test/fixtures/real/devset: 660 responses of the real fixtures,
// labelled by reading). The thresholds are the figures measured when the refusal classifier was written,
// so a change that makes them worse fails here. Issue 14's targets: refusal-style findings on at most 1 % of
// the responses labelled not a refusal (met: 2 of 596); rejected-is-refusal finds at least 85 % of the
// rejected refusals (not met: 9 of 22; most of those missed deflect, ask back or feign ignorance without
// declining in words); truncated-response flags at most 0.5 % of complete responses (met: 1 of 634).

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
    expect(loadDevset().length).toBe(660);
  });

  it("refusal-style rules fire on at most 1 % of the responses labelled not a refusal", () => {
    for (const rule of ["rejected-is-refusal", "refusal-in-chosen"]) {
      const r = result(rule);
      expect(r.negatives).toBe(596);
      expect(r.falseIds.length / r.negatives, rule).toBeLessThanOrEqual(0.01);
      expect(r.falseIds.length, rule).toBeLessThanOrEqual(2); // as measured
    }
  });

  it("rejected-is-refusal finds the rejected refusals (9 of 22 measured; the target of 85 % is not met)", () => {
    const rejected = result("rejected-is-refusal (rejected side)");
    expect(rejected.positives).toBe(22);
    expect(rejected.found).toBeGreaterThanOrEqual(9);
    expect(result("rejected-is-refusal").found).toBeGreaterThanOrEqual(28); // of 64, either side
  });

  it("no finding says a chosen refuses when it is labelled an answer", () => {
    const noAlternative = result("chosen-no-alternative");
    // The two measured: a rejected that refuses in words and then complies further on, and a chosen whose
    // alternative the labels saw and the rule did not; neither is a chosen that does not refuse at all.
    expect(noAlternative.falseIds.length).toBeLessThanOrEqual(2);
    expect(noAlternative.found).toBeGreaterThanOrEqual(20); // of 48 refusals without an alternative
    expect(result("chosen-lecturing").falseIds).toEqual([]);
    expect(result("chosen-lecturing").found).toBeGreaterThanOrEqual(3); // of 21 lectures, most of them in answers
  });

  it("chosen-complies fires on the answers, and on a refusal only when the classifier misses it", () => {
    const complies = result("chosen-complies");
    expect(complies.found).toBeGreaterThanOrEqual(591); // of 596 answers
    expect(complies.falseIds.length).toBeLessThanOrEqual(36); // of 64 refusals: the classifier's misses
  });

  it("truncated-response flags at most 0.5 % of the complete responses and finds most cut-off ones", () => {
    const truncated = result("truncated-response");
    expect(truncated.negatives).toBe(634);
    expect(truncated.falseIds.length / truncated.negatives).toBeLessThanOrEqual(0.005);
    expect(truncated.found).toBeGreaterThanOrEqual(20); // of 26
  });
});
