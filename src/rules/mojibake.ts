import { excerptAt, quoted } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { count, unusualTextFields } from "./text-fields.js";

// Mojibake: UTF-8 bytes decoded as Windows-1252 or Latin-1 ("’" → "â€™", "é" → "Ã©"). A candidate is a
// lead character of a multi-byte UTF-8 sequence followed by continuation characters; it counts only when
// its bytes really decode as UTF-8 to a character of the scripts such text comes from, so "São", "naïve"
// or "Straße…" never fire.

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes map to the C1 control of that value). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) {
  BYTE_OF.set(CP1252_HIGH[i] as string, 0x80 + i);
  BYTE_OF.set(String.fromCharCode(0x80 + i), 0x80 + i); // Latin-1's C1 controls
}
for (let code = 0xa0; code <= 0xff; code++) BYTE_OF.set(String.fromCharCode(code), code);

const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, "")}]`;
const CANDIDATE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  "g",
);
/** Any character that can start a candidate: a fast test before the pattern. */
const LEAD = /[\u00c2-\u00f4]/;

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs already worked out, by sequence: a garbled text repeats a few sequences thousands of times, and
 * decoding each again made a megabyte of "Ã©" take seconds. Sequences are at most four characters from a
 * small alphabet; the cache stops growing at its cap.
 */
const REPAIRS = new Map<string, string | undefined>();
const MAX_REPAIRS = 4096;

function cachedRepair(sequence: string): string | undefined {
  if (REPAIRS.has(sequence)) return REPAIRS.get(sequence);
  const repaired = repairMojibake(sequence);
  if (REPAIRS.size < MAX_REPAIRS) REPAIRS.set(sequence, repaired);
  return repaired;
}

/** What the sequence was before it was garbled, or undefined when it is not mojibake. */
export function repairMojibake(sequence: string): string | undefined {
  const bytes = new Uint8Array(sequence.length);
  for (let i = 0; i < sequence.length; i++) {
    const byte = BYTE_OF.get(sequence[i] as string);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  let decoded: string;
  try {
    decoded = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  const code = decoded.codePointAt(0) ?? 0;
  // Latin, Greek, Cyrillic, general punctuation, currency, letterlike symbols, the replacement character.
  const plausible =
    (code >= 0x80 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x4ff) ||
    (code >= 0x2000 && code <= 0x214f) ||
    code === 0xfffd;
  return plausible ? decoded : undefined;
}

/** A garbled sequence in a text: where it starts, what it reads, what it was. */
export interface GarbledSequence {
  index: number;
  sequence: string;
  repaired: string;
}

/** The text's mojibake sequences, in order (none when it has no character that can start one). */
export function* garbledSequences(text: string): Generator<GarbledSequence> {
  if (!LEAD.test(text)) return;
  for (const match of text.matchAll(CANDIDATE)) {
    const repaired = cachedRepair(match[0]);
    if (repaired !== undefined) yield { index: match.index, sequence: match[0], repaired };
  }
}

export const mojibake = defineRule({
  id: "mojibake",
  description: 'A text holds UTF-8 decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é").',
  advice:
    "Re-decode the source as UTF-8 (or repair it, e.g. with ftfy) before exporting: the model learns the garbled characters as text.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      for (const [field, text] of unusualTextFields(example)) {
        let first: GarbledSequence | undefined;
        let found = 0;
        for (const garbled of garbledSequences(text)) {
          found++;
          first ??= garbled;
        }
        if (!first) continue;
        context.report(example, {
          field,
          message: `${field} has mojibake at character ${first.index + 1}: ${quoted(first.sequence)} is ${quoted(first.repaired)} decoded as Windows-1252 (${count(found, "garbled sequence")})`,
          excerpt: excerptAt(text, first.index),
        });
      }
    },
  }),
});
