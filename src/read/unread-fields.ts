import type { Layout } from "./layouts/layout.js";
import type { JsonObject, RecordProblem } from "./messages.js";

// Nothing dropped silently: a record can carry its prompt (or part of it) under a key its shape does not
// read, as `{"question", "chosen", "rejected"}` read as an implicit-prompt pair would. A trainer reading the
// record by that shape never sees the text either, so the reader says which fields it left unread.

/**
 * Keys whose names say they hold a prompt or part of one (the user's request, its input, a system prompt,
 * earlier turns), in the layouts of docs/formats.md and LLaMA-Factory's,
 * MedicalGPT's and data-juicer's dataset docs. Not `messages` or `conversations`: those hold whole
 * conversations, responses included (UltraFeedback-binarized's `messages` repeats `chosen`).
 */
export const PROMPT_FIELD_NAMES: ReadonlySet<string> = new Set([
  "prompt",
  "instruction",
  "input",
  "question",
  "query",
  "context",
  "system",
  "system_prompt",
  "history",
]);

/** The texts a field holds: a string, or the strings of a list (history's pairs), two levels deep. */
function textsOf(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return value.trim() === "" ? [] : [value.trim()];
  if (!Array.isArray(value) || depth > 1) return [];
  return value.flatMap((item) => textsOf(item, depth + 1));
}

/**
 * The record's prompt-named fields that its shape does not read and whose text the example's prompt does
 * not already hold (a file may repeat its prompt under a second key), in record order.
 */
export function unreadPromptFields(
  record: JsonObject,
  layout: Pick<Layout, "keysRead">,
  prompt: string,
): string[] {
  const read = layout.keysRead;
  const unread: string[] = [];
  for (const key in record) {
    if (!PROMPT_FIELD_NAMES.has(key) || read.includes(key)) continue;
    if (textsOf(record[key]).some((text) => !prompt.includes(text))) unread.push(key);
  }
  return unread;
}

/** The problem to report for a record's unread prompt fields; undefined when there are none. */
export function unreadPromptProblem(
  record: JsonObject,
  layout: Pick<Layout, "name" | "keysRead">,
  prompt: string,
): RecordProblem | undefined {
  const unread = unreadPromptFields(record, layout, prompt);
  const shape = layout.name;
  if (unread.length === 0) return undefined;
  const names = unread.map((key) => `"${key}"`).join(", ");
  const verb = unread.length === 1 ? "holds" : "hold";
  return {
    rule: "unread-prompt-field",
    field: unread[0] as string,
    message: `${names} ${verb} prompt text that the ${shape} layout does not read: a trainer reading the record as ${shape} never sees it`,
  };
}
