/** One record as a reader yields it: a parsed value, or the reason it could not be parsed. */
export type RawRecord = { line: number; value: unknown; error?: undefined } | { line: number; error: string };
