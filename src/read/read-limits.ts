// Caps on what one dataset file may make a reader hold or produce. A pull request can carry any bytes: a
// single line of hundreds of megabytes, or a few megabytes of gzip that inflate to gigabytes. The caps keep
// memory and time bounded; what is past a cap is reported, never silently dropped.

export interface ReadLimits {
  /** Longest line (JSON Lines), array element (JSON) or row (CSV) read, in bytes; a longer one is reported and skipped. */
  maxLineBytes: number;
  /** Most bytes a compressed file may decompress to; reading stops there and says so. */
  maxDecompressedBytes: number;
  /**
   * Whether the JSON readers look for keys given twice (`duplicate-key`); default true. Off when nobody
   * reports them: the rule is off, or a worker thread reads for its share of the rules.
   */
  duplicateKeys?: boolean;
  /**
   * Every Parquet decoding step's deadline, in ms, in place of the one its size gives (parquet.ts). The
   * shells set it from DATASET_CI_PARQUET_DEADLINE_MS: the tests' way to end a hang sooner.
   */
  parquetDeadlineMs?: number;
}

/** The read caps, and how many findings of one rule one file lists (the rest are counted). */
export interface Limits extends ReadLimits {
  maxFindingsPerRule: number;
}

const MIB = 1024 * 1024;

/**
 * 16 MiB a record: the longest record of the real fixtures is under 100 KB, and a conversation of a
 * hundred long turns is still a few MB. 1 GiB decompressed: GitHub refuses files over 100 MB and JSON
 * text compresses about 4–10:1, so a committed dataset file inflates to well under it; gzip cannot
 * inflate more than ~1,032:1, so a bomb needs a megabyte to reach it.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxLineBytes: 16 * MIB,
  maxDecompressedBytes: 1024 * MIB,
};

/**
 * 100,000 findings of one rule in one file: every finding of any real file is listed (a baseline and the
 * annotations need each one), while a file of millions of broken lines (100 MB of "1\n" is 50 million
 * wrong-type records, 4.6 GB of findings) holds some 30 MB of them.
 */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 100_000;

/** Thrown by a byte source that reached a cap: the engine reports it under `rule`, not as a corrupt file. */
export class ReadLimitError extends Error {
  constructor(
    readonly rule: "decompressed-too-large",
    message: string,
  ) {
    super(message);
  }
}

/** A byte count as people read it: "16 MiB", "4 GiB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB && bytes % (1024 * MIB) === 0) return `${bytes / (1024 * MIB)} GiB`;
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
