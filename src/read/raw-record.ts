/**
 * One record as a reader yields it: a parsed value, or the reason it could not be parsed (with the
 * record's text when there is one, for the baseline's fingerprint; never printed). `rule` names a
 * reader rule other than invalid-json (a line past the length cap, a file that is not UTF-8 text).
 * `endLine`: the line the record ends on, when it is not `line` (a pretty-printed JSON array element, a
 * CSV row with a quoted cell that breaks lines), so a finding can name the record's every line.
 */
export type RawRecord =
  | {
      line: number;
      endLine?: number;
      value: unknown;
      /** The record's text as the file holds it (a JSON Lines line), for a fix that rewrites it. */
      text?: string;
      error?: undefined;
      duplicateKeys?: string[];
    }
  | { line: number; endLine?: number; error: string; text?: string; rule?: RawRecordRule };

export type RawRecordRule = "line-too-long" | "not-utf8" | "duplicate-key";
