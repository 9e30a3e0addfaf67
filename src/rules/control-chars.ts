import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { count, unusualTextFields } from "./text-fields.js";

/** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** How many control characters the text holds from `from` on: a loop, not an array of every match. */
function countControls(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f ? code !== 9 && code !== 10 && code !== 13 : code >= 0x7f && code <= 0x9f) n++;
  }
  return n;
}

export const controlChars = defineRule({
  id: "control-chars",
  description:
    "A text holds control characters (C0 but tab and line breaks, DEL, C1): debris of a binary or a terminal.",
  advice:
    "Strip them at export: they are invisible in most editors, break tokenisers' normalisation, and an escape sequence can repaint a reviewer's terminal.",
  defaultSeverity: "warning",
  kind: "example",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      for (const [field, text] of unusualTextFields(example)) {
        CONTROL.lastIndex = 0;
        const first = CONTROL.exec(text);
        if (!first) continue;
        const found = countControls(text, first.index);
        const code = (first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
        context.report(example, {
          field,
          message: `${field} holds U+${code} at character ${first.index + 1} (${count(found, "control character")})`,
          excerpt: excerptAt(text, first.index),
        });
      }
    },
  }),
});
