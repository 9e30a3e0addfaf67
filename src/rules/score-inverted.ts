import { defineRule, NO_OPTIONS } from "./rule.js";

export const scoreInverted = defineRule({
  id: "score-inverted",
  description:
    "The record's own scores do not prefer chosen: `score_chosen <= score_rejected` (ratings alike; ranks: chosen's rank not lower).",
  advice:
    "Swap chosen and rejected, or fix the scores: a pair whose chosen scored no better than its rejected teaches the opposite preference, or none (UltraFeedback-binarized keeps only pairs where chosen outscores rejected).",
  defaultSeverity: "error",
  kind: "example",
  pair: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      const scores = example.scores;
      if (!scores) return;
      const { chosen, rejected, higherIsBetter } = scores;
      if (higherIsBetter ? chosen > rejected : chosen < rejected) return;
      const [chosenKey, rejectedKey] = scores.fields;
      const relation = chosen === rejected ? "equals" : higherIsBetter ? "is below" : "is above";
      context.report(example, {
        field: chosenKey,
        message: higherIsBetter
          ? `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should score higher`
          : `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should rank first (lower)`,
      });
    },
  }),
});
