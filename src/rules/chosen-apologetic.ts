import { excerptAt } from "./excerpt.js";
import { APOLOGETIC, APOLOGY } from "./language.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const chosenApologetic = defineRule({
  id: "chosen-apologetic",
  description: 'Chosen over-apologises ("I\'m so sorry, I really wish I could help").',
  advice: "Drop the apologies and state the boundary plainly and warmly: sounding sorry invites pushback.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
      if (example.chosen === undefined || example.chosenReading !== "refusal") return;
      const text = example.chosenMatchText;
      const match = APOLOGETIC.exec(text);
      const apologies = match ? 0 : (text.match(APOLOGY)?.length ?? 0);
      if (!match && apologies < 2) return;
      context.report(example, {
        field: "chosen",
        message: match ? `chosen over-apologises ("${match[0]}")` : `chosen apologises ${apologies} times`,
        excerpt: excerptAt(example.chosen, match?.index ?? text.search(APOLOGY)),
      });
    },
  }),
});
