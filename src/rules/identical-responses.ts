import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const identicalResponses = defineRule({
  id: "identical-responses",
  description: "Chosen and rejected are equal after trimming, case-folding and collapsing whitespace.",
  advice:
    "Rewrite the rejected response to show the behaviour to avoid: a pair with no contrast teaches nothing.",
  defaultSeverity: "error",
  kind: "example",
  scope: "record",
  pair: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      if (example.chosen === undefined || example.rejected === undefined) return;
      if (example.comparable.chosen === example.comparable.rejected) {
        context.report(example, {
          field: "rejected",
          message: "chosen and rejected are the same text",
          excerpt: excerptAt(example.chosen),
        });
      }
    },
  }),
});
