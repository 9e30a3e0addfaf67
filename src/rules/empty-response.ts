import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const emptyResponse = defineRule({
  id: "empty-response",
  description: "A chosen or rejected response is empty or whitespace only.",
  advice:
    "Write the response, or drop the example: training on an empty response teaches the model to say nothing.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
