import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const invalidJson = defineRule({
  id: "invalid-json",
  description:
    "A line or record cannot be parsed: not valid JSON, or a CSV row with more or fewer cells than the header.",
  advice:
    "Fix the record at that line: every line of a JSONL file is one complete object, every CSV row has one cell per header column.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
