import { defineRule, NO_OPTIONS } from "./rule.js";

/**
 * Reported by the readers: a line (JSON Lines), array element (JSON) or row (CSV) longer than
 * `limits.max-line-bytes`. Its bytes are never held whole, so one huge line cannot exhaust memory.
 */
export const lineTooLong = defineRule({
  id: "line-too-long",
  description:
    "A line, array element or CSV row is longer than limits.max-line-bytes (default 16 MiB); it was not read.",
  advice:
    "A record that long is almost always a broken export (a missing newline, a whole file on one line). Split it; or, if it is real, raise limits.max-line-bytes in the config.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "record",
  options: NO_OPTIONS,
});
