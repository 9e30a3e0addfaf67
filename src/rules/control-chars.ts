import { excerptAt } from "./excerpt.js";
import { garbledSequences } from "./mojibake.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { count, unusualTextFields } from "./text-fields.js";

/** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function isControl(code: number): boolean {
  return code <= 0x1f ? code !== 9 && code !== 10 && code !== 13 : code >= 0x7f && code <= 0x9f;
}

/**
 * The text's control characters, but those inside a mojibake sequence: UTF-8 read as Latin-1 turns "—" into
 * "â\u0080\u0094", whose C1 controls are mojibake's finding (one defect, one finding). Returns the first's
 * position and how many there are.
 */
function controlsOutsideMojibake(text: string): { first: number; count: number } | undefined {
  CONTROL.lastIndex = 0;
  const firstMatch = CONTROL.exec(text);
  if (!firstMatch) return undefined;
  const garbled = /[\u0080-\u009f]/.test(text) ? [...garbledSequences(text)] : [];
  let first = -1;
  let count = 0;
  let next = 0; // garbled[next] is the first sequence not ending before i
  for (let i = firstMatch.index; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    let sequence = garbled[next];
    while (sequence !== undefined && sequence.index + sequence.sequence.length <= i)
      sequence = garbled[++next];
    if (sequence !== undefined && sequence.index <= i) continue;
    if (first === -1) first = i;
    count++;
  }
  return first === -1 ? undefined : { first, count };
}

export const controlChars = defineRule({
  id: "control-chars",
  description:
    "A text holds control characters (C0 but tab and line breaks, DEL, C1): debris of a binary or a terminal.",
  advice:
    "Strip them at export: they are invisible in most editors, break tokenisers' normalisation, and an escape sequence can repaint a reviewer's terminal.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      for (const [field, text] of unusualTextFields(example)) {
        const found = controlsOutsideMojibake(text);
        if (!found) continue;
        const code = text.charCodeAt(found.first).toString(16).toUpperCase().padStart(4, "0");
        context.report(example, {
          field,
          message: `${field} holds U+${code} at character ${found.first + 1} (${count(found.count, "control character")})`,
          excerpt: excerptAt(text, found.first),
        });
      }
    },
  }),
});
