import type { Example } from "../model/example.js";
import type { CheckedExample } from "./rule.js";

export type TextField = "prompt" | "chosen" | "rejected";

/**
 * The texts a content check reads: the prompt (a conversation's context as one text, turns labelled) and
 * both responses. Positions in findings are 1-based characters of these texts.
 */
export function textFields(example: Example): Array<[TextField, string]> {
  const fields: Array<[TextField, string]> = [];
  if (example.prompt !== "") fields.push(["prompt", example.prompt]);
  if (example.chosen !== undefined) fields.push(["chosen", example.chosen]);
  if (example.rejected !== undefined) fields.push(["rejected", example.rejected]);
  return fields;
}

/** Bits of `CheckedExample.unusualTexts`, by field. */
export const FIELD_BIT: Readonly<Record<TextField, number>> = { prompt: 1, chosen: 2, rejected: 4 };

/**
 * Whether a text holds a character other than printable ASCII, tab and line breaks: the only texts in which
 * control characters, mojibake or U+FFFD can be. One test per text, made once by the engine for every rule.
 */
export const UNUSUAL_CHARACTER = /[^\t\n\r\x20-\x7e]/;

/** What `unusualTextFields` returns for most examples: one shared array, not a new one per example and rule. */
const NO_FIELDS: ReadonlyArray<[TextField, string]> = Object.freeze([]);

/**
 * `textFields` of only the texts holding an unusual character (see UNUSUAL_CHARACTER): what the rules that
 * look for odd characters read. Most examples have none, and these rules then scan nothing.
 */
export function unusualTextFields(example: CheckedExample): ReadonlyArray<[TextField, string]> {
  if (example.unusualTexts === 0) return NO_FIELDS;
  return textFields(example).filter(([field]) => (example.unusualTexts & FIELD_BIT[field]) !== 0);
}

/** The two responses, for checks that judge what the model is taught to say. */
export function responseFields(example: Example): Array<["chosen" | "rejected", string]> {
  const fields: Array<["chosen" | "rejected", string]> = [];
  if (example.chosen !== undefined) fields.push(["chosen", example.chosen]);
  if (example.rejected !== undefined) fields.push(["rejected", example.rejected]);
  return fields;
}

/** "1 control character", "3 control characters". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
