import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const corruptFile = defineRule({
  id: "corrupt-file",
  description: "The file cannot be read to its end (a truncated or corrupt gzip stream).",
  advice: "Re-create or re-upload the file; the examples after the damage were not checked.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
