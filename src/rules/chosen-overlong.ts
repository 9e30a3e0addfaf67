import { z } from "zod";
import { countWords } from "./language.js";
import { defineRule } from "./rule.js";

export const chosenOverlong = defineRule({
  id: "chosen-overlong",
  description: "Chosen overexplains: more than `words` words (default 250).",
  advice: "Keep a refusal to a few sentences: acknowledgment, boundary, brief reason, alternative, question.",
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: z.object({ words: z.number().int().min(1).default(250) }).strict(),
  create: (context) => ({
    example(example) {
      // A long answer is no overlong refusal: a chosen that does not refuse is chosen-complies's finding.
      if (example.chosen === undefined || example.chosenReading !== "refusal") return;
      // n characters hold at most ⌈n/2⌉ words: most responses are too short to need counting.
      if (example.chosen.length <= 2 * context.options.words) return;
      const words = countWords(example.chosen);
      if (words <= context.options.words) return;
      context.report(example, {
        field: "chosen",
        message: `chosen has ${words} words, over the limit of ${context.options.words}`,
      });
    },
  }),
});
