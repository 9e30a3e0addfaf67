import type { Example } from "../model.js";

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
