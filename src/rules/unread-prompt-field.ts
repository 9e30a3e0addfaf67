import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const unreadPromptField = defineRule({
  id: "unread-prompt-field",
  description:
    "A record holds prompt text (instruction, input, question, system, history, …) under a key its layout does not read.",
  advice:
    "Move the text where the layout reads its prompt (`prompt`, or the layout's own keys in the README's \"What it reads\" table), or drop the field: a trainer reading the record by its layout trains the pair without it, and `export` leaves such a record out when it has no prompt left.",
  defaultSeverity: "warning",
  kind: "reader",
  options: NO_OPTIONS,
});
