import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { unusualTextFields } from "./text-fields.js";

/** Any surrogate: a plain class, much faster than LONE_SURROGATE's lookarounds on the texts without one. */
const SURROGATE = /[\ud800-\udfff]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * JSON may escape half of a surrogate pair ("\ud800") and JSON.parse accepts it, but no UTF-8 can encode
 * it: a tokenizer replaces it, drops it, or fails. Python writes such text from broken emoji slicing.
 */
export const loneSurrogate = defineRule({
  id: "lone-surrogate",
  description:
    'A text holds a lone UTF-16 surrogate ("\\ud800" without its pair): valid JSON, but no UTF-8 can encode it.',
  advice:
    "Fix the export that cut an emoji or other astral character in half (slicing UTF-16 text by code units); tokenizers replace or reject the half character.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      // A surrogate is an unusual character: only the texts the engine marked as holding one are scanned.
      for (const [field, text] of unusualTextFields(example)) {
        const match = SURROGATE.test(text) ? LONE_SURROGATE.exec(text) : null;
        if (!match) continue;
        const code = (match[0].charCodeAt(0) ?? 0).toString(16).toUpperCase();
        context.report(example, {
          field,
          message: `${field} holds the lone surrogate U+${code} at character ${match.index + 1}`,
          excerpt: excerptAt(text, match.index),
        });
      }
    },
  }),
});
