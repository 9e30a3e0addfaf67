/**
 * One record as a reader yields it: a parsed value, or the reason it could not be parsed (with the
 * record's text when there is one, for the baseline's fingerprint; never printed). `rule` names a
 * reader rule other than invalid-json (a line past the length cap, a file that is not UTF-8 text).
 */
export type RawRecord =
  | { line: number; value: unknown; error?: undefined; duplicateKeys?: string[] }
  | { line: number; error: string; text?: string; rule?: RawRecordRule };

export type RawRecordRule = "line-too-long" | "not-utf8" | "duplicate-key";
