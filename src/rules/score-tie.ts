import { defineRule, NO_OPTIONS } from "./rule.js";

export const scoreTie = defineRule({
  id: "score-tie",
  description:
    "The record's own scores tie: `score_chosen == score_rejected` (ratings alike; ranks: the same rank), so nothing says chosen is better.",
  advice:
    "Drop the pair or rescore it: a tie carries no preference, and DPO then pushes two equally good responses apart (UltraFeedback-binarized drops ties). A preference that points the wrong way is score-inverted.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  pair: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      const scores = example.scores;
      if (!scores || scores.chosen !== scores.rejected) return;
      const [chosenKey, rejectedKey] = scores.fields;
      context.report(example, {
        field: chosenKey,
        message: `${chosenKey} ${scores.chosen} equals ${rejectedKey} ${scores.rejected}: the scores prefer neither response`,
      });
    },
  }),
});
