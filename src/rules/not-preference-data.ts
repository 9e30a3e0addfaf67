import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const notPreferenceData = defineRule({
  id: "not-preference-data",
  description: "The file holds no preference records (e.g. instruction-tuning data).",
  advice:
    "Convert the records to one of the layouts in dataset-ci's docs/formats.md (prompt/chosen/rejected, or another one listed there), or leave the file out of the dataset globs.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
