/**
 * One record as a reader yields it: a parsed value, or the reason it could not be parsed (with the
 * record's text when there is one, for the baseline's fingerprint; never printed).
 */
export type RawRecord =
  | { line: number; value: unknown; error?: undefined }
  | { line: number; error: string; text?: string };
