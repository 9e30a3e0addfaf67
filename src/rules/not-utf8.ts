import { defineRule, NO_OPTIONS } from "./rule.js";

/**
 * Reported when a file is opened: JSON (RFC 8259 §8.1) and the trainers' CSV readers take UTF-8. A UTF-16
 * file read as UTF-8 would be one invalid-json finding per line, none saying why.
 */
export const notUtf8 = defineRule({
  id: "not-utf8",
  description:
    "The file is not UTF-8 text: UTF-16 or UTF-32 (told by its byte order mark), or binary (it holds a NUL byte).",
  advice:
    "Save the file as UTF-8 (in Python: open(path, 'w', encoding='utf-8')). A binary file under a dataset's name is not a dataset: move it or rename it.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
