import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const contextMismatch = defineRule({
  id: "context-mismatch",
  description:
    "The two sides of a pair (transcripts or message lists) differ before their last assistant turn.",
  advice:
    "Make chosen and rejected share every turn but the last, so the pair compares two answers to one prompt.",
  defaultSeverity: "warning",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
