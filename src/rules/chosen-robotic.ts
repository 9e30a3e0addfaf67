import { excerptAt } from "./excerpt.js";
import { ROBOTIC } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenRobotic = defineRule({
  id: "chosen-robotic",
  description: 'Chosen is a cold policy denial ("Request denied. This violates policy.").',
  advice:
    "Speak as the assistant, not a policy engine: acknowledge the request, say what you can't do and why, in plain words.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
      if (example.chosenReading !== "refusal") return;
      const match = ROBOTIC.exec(example.chosenMatchText);
      if (!match || example.chosen === undefined) return;
      context.report(example, {
        field: "chosen",
        message: `chosen sounds robotic ("${match[0]}")`,
        excerpt: excerptAt(example.chosen, match.index),
      });
    },
  }),
});
