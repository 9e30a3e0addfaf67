import { excerptAt } from "./excerpt.js";
import { isRefusal } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

/** How much of the start of a response is searched: a refusal says so first, a helpful answer's caveat comes later. */
const OPENING_CHARS = 160;

/** Whether a response opens with a refusal (in its first sentence or two), on text prepared by `matchText`. */
export function opensWithRefusal(prepared: string): boolean {
  const opening = prepared.slice(0, OPENING_CHARS);
  return isRefusal(opening);
}

export const refusalInChosen = defineRule({
  id: "refusal-in-chosen",
  description:
    "Chosen opens with a refusal on an example outside refusal scope (a category with `refusal: false`, such as helpfulness).",
  advice:
    "Replace it with a helpful answer: preferring a refusal to an ordinary request teaches the model to over-refuse.",
  defaultSeverity: "notice",
  kind: "example",
  helpfulnessScope: true,
  options: NO_OPTIONS,
  create: (context) => {
    const helpfulness = new Set(context.dataset.categories.filter((c) => !c.refusal).map((c) => c.name));
    return {
      example(example) {
        if (example.chosen === undefined || example.category === undefined) return;
        if (!helpfulness.has(example.category) || !opensWithRefusal(example.chosenMatchText)) return;
        context.report(example, {
          field: "chosen",
          message: `chosen refuses a ${example.category} request`,
          excerpt: excerptAt(example.chosen),
        });
      },
    };
  },
});
