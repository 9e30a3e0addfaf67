import { z } from "zod";
import { excerptAt } from "./excerpt.js";
import { defineRule } from "./rule.js";

export const chosenTooShort = defineRule({
  id: "chosen-too-short",
  description: "Chosen is shorter than `min-chars` (default 50) after trimming.",
  advice: "Write a complete response: a one-liner gives the pair too little contrast to learn from.",
  defaultSeverity: "warning",
  kind: "example",
  options: z.object({ "min-chars": z.number().int().min(1).default(50) }).strict(),
  create: (context) => ({
    example(example) {
      const text = example.chosen?.trim();
      // Absent or empty responses are other rules' findings (missing-field, empty-response).
      if (!text || text.length >= context.options["min-chars"]) return;
      context.report(example, {
        field: "chosen",
        message: `chosen has ${text.length} characters, under the minimum of ${context.options["min-chars"]}`,
        excerpt: excerptAt(text),
      });
    },
  }),
});
