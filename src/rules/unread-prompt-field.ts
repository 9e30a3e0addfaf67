import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const unreadPromptField = defineRule({
  id: "unread-prompt-field",
  description:
    "A record holds prompt text (instruction, input, question, system, history, …) under a key its layout does not read.",
  advice:
    "Put the text where the layout reads its prompt (see the layouts table of dataset-ci's docs/formats.md) or drop the field: a trainer reading the layout never sees it.",
  defaultSeverity: "warning",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
