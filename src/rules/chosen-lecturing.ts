import { excerptAt } from "./excerpt.js";
import { LECTURING } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenLecturing = defineRule({
  id: "chosen-lecturing",
  description: 'Chosen moralises ("you should", "you must", "it\'s wrong", "how dare", and the like).',
  advice:
    'State the boundary and a brief reason without judging the user: "I can\'t help with tracking someone without their consent, but I can help you…"',
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
      if (example.chosenReading !== "refusal") return;
      const match = LECTURING.exec(example.chosenMatchText);
      if (!match || example.chosen === undefined) return;
      context.report(example, {
        field: "chosen",
        message: `chosen lectures the user ("${match[0]}")`,
        excerpt: excerptAt(example.chosen, match.index),
      });
    },
  }),
});
