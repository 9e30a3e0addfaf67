import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenComplies = defineRule({
  id: "chosen-complies",
  description:
    "Chosen answers a request of a category that expects a refusal (`refusal: true`, such as the seed's harm categories) instead of refusing it.",
  advice:
    "Prefer a graceful refusal for a harmful request: acknowledge it, say what you can't help with and why, offer an alternative and ask a question. If the request is legitimate, move it to a category with `refusal: false` (such as `edge_cases`).",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // In refusal scope without a category means chosen refuses; "unread" (a language the classifier does
      // not read) says nothing either way.
      if (example.category === undefined || example.chosen === undefined) return;
      if (example.chosenReading !== "answer" || example.chosen.trim() === "") return;
      context.report(example, {
        field: "chosen",
        message: `chosen answers a ${example.category} request instead of refusing it`,
        excerpt: excerptAt(example.chosen),
      });
    },
  }),
});
