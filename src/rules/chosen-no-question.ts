import { excerptAt } from "./excerpt.js";
import { endsWithQuestion } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenNoQuestion = defineRule({
  id: "chosen-no-question",
  description: "Chosen ends the conversation without an engagement question.",
  advice: 'End with a question that invites the user back: "What are you trying to accomplish?"',
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
      if (example.chosen === undefined || example.chosenReading !== "refusal") return;
      if (endsWithQuestion(example.chosen)) return;
      context.report(example, {
        field: "chosen",
        message: "chosen ends without an engagement question",
        excerpt: excerptAt(example.chosen, example.chosen.length),
      });
    },
  }),
});
