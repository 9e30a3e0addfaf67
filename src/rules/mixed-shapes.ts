import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const mixedShapes = defineRule({
  id: "mixed-shapes",
  description: "Records of one file come in different shapes.",
  advice: "Keep one shape per file: trainers read a file with the shape of its first record.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
