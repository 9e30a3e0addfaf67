import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the JSON readers: see read/duplicate-keys.ts. */
export const duplicateKey = defineRule({
  id: "duplicate-key",
  description:
    'A record gives the same key twice ("prompt" twice in one object): tools disagree on which one counts.',
  advice:
    "Keep one of the two. JSON.parse and Python's json keep the last, other parsers the first or neither, so the record trains differently depending on the tool.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
