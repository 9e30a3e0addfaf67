import { defineRule, NO_OPTIONS } from "./rule.js";

export const scoreInverted = defineRule({
  id: "score-inverted",
  description:
    "The record's own scores prefer rejected: `score_chosen < score_rejected` (ratings alike; ranks: chosen's rank higher). A tie is score-tie.",
  advice:
    "Swap chosen and rejected, or fix the scores: a pair whose chosen scored worse than its rejected teaches the opposite preference (UltraFeedback-binarized keeps only pairs where chosen outscores rejected).",
  defaultSeverity: "error",
  kind: "example",
  scope: "record",
  pair: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      const scores = example.scores;
      if (!scores) return;
      const { chosen, rejected, higherIsBetter } = scores;
      // A tie prefers neither: score-tie's finding, not this one.
      if (chosen === rejected || (higherIsBetter ? chosen > rejected : chosen < rejected)) return;
      const [chosenKey, rejectedKey] = scores.fields;
      const relation = higherIsBetter ? "is below" : "is above";
      context.report(example, {
        field: chosenKey,
        message: higherIsBetter
          ? `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should score higher`
          : `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should rank first (lower)`,
      });
    },
  }),
});
