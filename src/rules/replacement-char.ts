import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { count, unusualTextFields } from "./text-fields.js";

export const replacementChar = defineRule({
  id: "replacement-char",
  description:
    "A text holds U+FFFD (�): bytes that were not valid UTF-8 were replaced, and the original is lost.",
  advice:
    "Go back to the source and decode it with its real encoding; the replaced characters cannot be recovered from this file.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      for (const [field, text] of unusualTextFields(example)) {
        const index = text.indexOf("\ufffd");
        if (index === -1) continue;
        let found = 0;
        for (let i = index; i !== -1; i = text.indexOf("\ufffd", i + 1)) found++;
        context.report(example, {
          field,
          message: `${field} holds the replacement character U+FFFD at character ${index + 1} (${count(found, "time")})`,
          excerpt: excerptAt(text, index),
        });
      }
    },
  }),
});
