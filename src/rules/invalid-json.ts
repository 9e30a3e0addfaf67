import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const invalidJson = defineRule({
  id: "invalid-json",
  description: "A line or record is not valid JSON.",
  advice: "Fix the JSON at that line: every line of a JSONL file is one complete object.",
  defaultSeverity: "error",
  kind: "reader",
  options: NO_OPTIONS,
});
