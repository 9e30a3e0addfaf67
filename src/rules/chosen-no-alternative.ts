import { excerptAt } from "./excerpt.js";
import { ALTERNATIVE } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenNoAlternative = defineRule({
  id: "chosen-no-alternative",
  description: "Chosen offers nothing the assistant can do instead.",
  advice:
    'Offer what you can do: "I can help you document the issue, draft a formal complaint, or …" keeps the refusal useful.',
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // Only a refusal can lack an alternative: a chosen that answers offers the answer itself.
      if (example.chosen === undefined || example.chosenReading !== "refusal") return;
      if (ALTERNATIVE.test(example.chosenMatchText)) return;
      context.report(example, {
        field: "chosen",
        message: "chosen refuses without offering an alternative",
        excerpt: excerptAt(example.chosen),
      });
    },
  }),
});
