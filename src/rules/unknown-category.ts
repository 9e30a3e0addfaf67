import { certainlyMeant, didYouMean } from "./did-you-mean.js";
import { quoted } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const unknownCategory = defineRule({
  id: "unknown-category",
  description: "The category is not in the dataset's taxonomy.",
  advice: 'Use one of the dataset\'s category ids exactly as configured (e.g. edge_cases, not "Edge Cases").',
  defaultSeverity: "error",
  kind: "example",
  scope: "record",
  options: NO_OPTIONS,
  create: (context) => {
    const known = new Set(context.dataset.categories.map((c) => c.name));
    return {
      example(example) {
        if (example.category === undefined || known.has(example.category) || known.size === 0) return;
        const suggestion = didYouMean(example.category, [...known]);
        // A fix only when no other category is as near: a tie is a hint, not a one-click change.
        const certain = certainlyMeant(example.category, [...known]);
        context.report(example, {
          field: "category",
          message: `unknown category ${quoted(example.category)}${suggestion ? `: did you mean "${suggestion}"?` : ""} (known: ${[...known].join(", ")})`,
          ...(certain !== undefined
            ? { fix: { field: "category", from: example.category, to: certain } }
            : {}),
        });
      },
    };
  },
});
