import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const wrongType = defineRule({
  id: "wrong-type",
  description: "A field has the wrong type (e.g. chosen is a number or null).",
  advice:
    "Write the field as the shape expects: text as a string, messages as a list of role/content objects, a KTO label as true or false.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
