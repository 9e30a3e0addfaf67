import { excerptAt } from "./excerpt.js";
import { matchText, mentionsPromptSubject, refusesOnlyVaguely } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenVague = defineRule({
  id: "chosen-vague",
  description:
    'Chosen refuses without saying what ("I can\'t help with that kind of thing"), nor naming what the prompt asked about.',
  advice:
    "Name the boundary: \"I can't help create tasks for monitoring someone's movements\" tells the user what is off limits and what is not.",
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      if (example.chosen === undefined || example.chosenReading !== "refusal") return;
      // Vague only when every refusal clause is: one concrete "I can't create tasks for tracking…" is enough.
      if (!refusesOnlyVaguely(example.chosenMatchText)) return;
      // "I can't help with that. Tracking your neighbor…" names the subject in the next sentence.
      if (mentionsPromptSubject(matchText(example.prompt), example.chosenMatchText)) return;
      context.report(example, {
        field: "chosen",
        message: "chosen refuses without saying what it refuses",
        excerpt: excerptAt(
          example.chosen,
          example.chosenMatchText.search(/\bi (?:can't|cannot|can not|won't|will not|am|'m)/),
        ),
      });
    },
  }),
});
