import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const missingField = defineRule({
  id: "missing-field",
  description: "A field the shape requires is absent.",
  advice: "Add the field: a pair needs a prompt (unless implicit), a chosen and a rejected response.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
