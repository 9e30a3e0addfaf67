// How long the Parquet decoding thread (parquet.ts) may take over one step before the file counts as
// corrupt. Apart from the reader so that the shells, which read the override from the environment, import
// a module that reads no file.

/**
 * The least time a step of decoding (the footer, or one row group) is given, whatever its size: the thread's
 * start and hyparquet's load take a fraction of a second, and a busy runner may be several times slower.
 */
export const PARQUET_DECODE_MIN_MS = 20_000;
/**
 * The time each MiB on disk adds to a step's deadline. Measured (scripts/bench-parquet-decode.mjs, the real
 * DPO demo's rows): hyparquet decodes 38 MiB/s of Snappy-compressed columns (26 ms a MiB) and 64 MiB/s of
 * uncompressed ones; this allows about 40 times as long, on top of PARQUET_DECODE_MIN_MS.
 */
export const PARQUET_DECODE_MS_PER_MIB = 1_000;
/**
 * The environment variable the shells read into limits.parquetDeadlineMs (every step's deadline, in ms): the
 * tests' way to end a hang sooner. The reader itself reads no environment.
 */
export const PARQUET_DEADLINE_ENV = "DATASET_CI_PARQUET_DEADLINE_MS";

/** PARQUET_DEADLINE_ENV's value as a deadline in ms; undefined when unset or not a positive whole number. */
export function parseParquetDeadline(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text) || Number(text) <= 0) return undefined;
  return Number(text);
}

/** The deadline of a step that decodes `bytes` of the file, in ms, unless `chosen` sets every step's. */
export function parquetDeadlineMs(bytes: number, chosen?: number): number {
  if (chosen !== undefined) return chosen;
  return PARQUET_DECODE_MIN_MS + Math.ceil((bytes / (1024 * 1024)) * PARQUET_DECODE_MS_PER_MIB);
}
