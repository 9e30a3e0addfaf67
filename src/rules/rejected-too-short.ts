import { z } from "zod";
import { excerptAt } from "./excerpt.js";
import { defineRule } from "./rule.js";
import { describeLength, weightedLength } from "./text-length.js";

export const rejectedTooShort = defineRule({
  id: "rejected-too-short",
  description:
    "Rejected is shorter than `min-chars` (default 50) after trimming; a Chinese, Japanese or Korean character counts as 3.5.",
  advice: "Write a complete response: a one-liner gives the pair too little contrast to learn from.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  options: z.object({ "min-chars": z.number().int().min(1).default(50) }).strict(),
  create: (context) => ({
    example(example) {
      const text = example.rejected?.trim();
      const min = context.options["min-chars"];
      // Absent or empty responses are other rules' findings (missing-field, empty-response). A text of twice
      // the minimum in UTF-16 units has at least the minimum in characters: no need to count.
      if (!text || text.length >= 2 * min) return;
      const measured = weightedLength(text);
      if (measured.length >= min) return;
      context.report(example, {
        field: "rejected",
        message: `rejected has ${describeLength(measured)}, under the minimum of ${min}`,
        excerpt: excerptAt(text),
      });
    },
  }),
});
