import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const refusalInChosen = defineRule({
  id: "refusal-in-chosen",
  description:
    "Chosen refuses on an example outside refusal scope (a category with `refusal: false`, such as helpfulness or `edge_cases`).",
  advice:
    "Replace it with a helpful answer: preferring a refusal to an ordinary request teaches the model to over-refuse.",
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
  helpfulnessScope: true,
  options: NO_OPTIONS,
  create: (context) => {
    const helpfulness = new Set(context.dataset.categories.filter((c) => !c.refusal).map((c) => c.name));
    return {
      example(example) {
        if (example.chosen === undefined || example.category === undefined) return;
        if (!helpfulness.has(example.category) || example.chosenReading !== "refusal") return;
        context.report(example, {
          field: "chosen",
          message: `chosen refuses ${/^[aeiou]/i.test(example.category) ? "an" : "a"} ${example.category} request`,
          excerpt: excerptAt(example.chosen),
        });
      },
    };
  },
});
