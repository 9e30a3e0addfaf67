import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { decompress as zstdDecompress } from "fzstd";
import {
  asyncBufferFromFile,
  type Compressors,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  snappyUncompress,
} from "hyparquet";
import { DEFAULT_READ_LIMITS, formatBytes, ReadLimitError, type ReadLimits } from "./read-limits.js";

// Decoding a Parquet file with hyparquet (pure JavaScript), in the thread of src/parquet-worker.ts: a corrupt
// page can make hyparquet loop forever (issue 16: one byte of a page header, test/fixtures/hostile/), and
// nothing in its API reaches into page decoding to stop it, so parquet.ts runs this where it can be stopped.
// Message lists are list<struct<role, content>> columns and arrive as lists of objects.

/**
 * Fewest bytes a page may always declare uncompressed: pyarrow writes pages of 1 MiB unless one value is
 * larger, so 64 MiB leaves room for a page of a few long values. A page may declare up to four records'
 * worth (4 × limits.max-line-bytes) when that is more.
 */
export const PARQUET_PAGE_MIN_CAP_BYTES = 64 * 1024 * 1024;

/** The most bytes one page may declare, under these limits. */
export function parquetPageCap(limits: Pick<ReadLimits, "maxLineBytes" | "maxDecompressedBytes">): number {
  return Math.min(Math.max(PARQUET_PAGE_MIN_CAP_BYTES, 4 * limits.maxLineBytes), limits.maxDecompressedBytes);
}

/**
 * Page decoders with bounded output. hyparquet allocates what a page header declares and zlib inflates
 * with no limit: an 817-byte file declared a 1 GB ZSTD page, and a gzip page can inflate 1,000:1. Each
 * page may declare at most parquetPageCap bytes, may inflate to no more than it declares, and all pages
 * together to no more than limits.max-decompressed-bytes. Snappy (hyparquet's own decoder) is wrapped for
 * the same checks; LZ4 and LZO are not supported, and such a file is reported as unreadable.
 */
export function parquetCompressors(
  limits: Pick<ReadLimits, "maxLineBytes" | "maxDecompressedBytes"> = DEFAULT_READ_LIMITS,
): Compressors {
  const pageCap = parquetPageCap(limits);
  let total = 0;
  const admit = (codec: string, declared: number) => {
    if (!Number.isSafeInteger(declared) || declared < 0) {
      throw new Error(`a ${codec} page declares an impossible size (${declared} bytes): the file is corrupt`);
    }
    if (declared > pageCap) {
      throw new ReadLimitError(
        "decompressed-too-large",
        `a ${codec} page declares ${formatBytes(declared)} uncompressed, over the cap of ${formatBytes(pageCap)} a page`,
      );
    }
    total += declared;
    if (total > limits.maxDecompressedBytes) {
      throw new ReadLimitError(
        "decompressed-too-large",
        `the Parquet pages decompress to more than the cap of ${formatBytes(limits.maxDecompressedBytes)} (limits.max-decompressed-bytes)`,
      );
    }
  };
  /** zlib output bounded by the declared size: a page that inflates past it is refused midway. */
  const inflate = (codec: string, decode: () => Buffer) => {
    try {
      return new Uint8Array(decode());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new Error(`a ${codec} page inflates past the size it declares: the file is corrupt`);
      }
      throw error;
    }
  };
  return {
    SNAPPY: (input, outputLength) => {
      admit("Snappy", outputLength);
      const output = new Uint8Array(outputLength);
      snappyUncompress(input, output);
      return output;
    },
    GZIP: (input, outputLength) => {
      admit("gzip", outputLength);
      return inflate("gzip", () => gunzipSync(input, { maxOutputLength: Math.max(outputLength, 1) }));
    },
    BROTLI: (input, outputLength) => {
      admit("Brotli", outputLength);
      return inflate("Brotli", () =>
        brotliDecompressSync(input, { maxOutputLength: Math.max(outputLength, 1) }),
      );
    },
    ZSTD: (input, outputLength) => {
      admit("Zstandard", outputLength);
      return zstdDecompress(input, new Uint8Array(outputLength));
    },
  };
}

/** What a failure of hyparquet says, in plain words: its TypeErrors and RangeErrors name none of the file's faults. */
export function plainReason(error: unknown): Error {
  if (error instanceof ReadLimitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError || error instanceof RangeError) {
    return new Error("the Parquet file is corrupt: its metadata or a page does not hold what it declares");
  }
  return new Error(`the Parquet file is corrupt: ${message}`);
}

/** What the decoding thread is given. */
export interface ParquetDecodeInput {
  file: string;
  limits: Pick<ReadLimits, "maxLineBytes" | "maxDecompressedBytes">;
}

/** A row group as the reading thread sees it before asking for its rows. */
export interface RowGroupSummary {
  rows: number;
  /** Its column chunks' bytes on disk: the decoding deadline grows with them. */
  bytes: number;
}

/** A failure, as it crosses to the reading thread: a cap's rule, or none for a corrupt file. */
export interface DecodeFailure {
  message: string;
  rule?: ReadLimitError["rule"];
}

export function describeFailure(error: unknown): DecodeFailure {
  const plainError = plainReason(error);
  return plainError instanceof ReadLimitError
    ? { message: plainError.message, rule: plainError.rule }
    : { message: plainError.message };
}

/** An open Parquet file: its columns, its row groups, and the rows of each on demand. */
export interface ParquetDecoder {
  names: string[];
  groups: RowGroupSummary[];
  /** The rows of one row group, each an array of cells in the order of `names` (see plain). */
  rows(group: number): Promise<unknown[][]>;
}

export async function openParquet({ file, limits }: ParquetDecodeInput): Promise<ParquetDecoder> {
  const compressors = parquetCompressors(limits);
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const starts: number[] = [];
  let start = 0;
  const groups = metadata.row_groups.map((group) => {
    starts.push(start);
    const rows = Number(group.num_rows);
    start += rows;
    let bytes = 0;
    for (const column of group.columns) bytes += Number(column.meta_data?.total_compressed_size ?? 0);
    return { rows, bytes };
  });
  return {
    names,
    groups,
    rows: async (index) => {
      const groupStart = starts[index] ?? 0;
      let rows: unknown[][] = [];
      await parquetRead({
        file: buffer,
        metadata,
        columns: names,
        rowStart: groupStart,
        rowEnd: groupStart + (groups[index]?.rows ?? 0),
        rowFormat: "array",
        compressors,
        onComplete: (data) => {
          rows = data as unknown[][];
        },
      });
      return rows.map((cells) => (cells as unknown[]).map(plain));
    },
  };
}

/**
 * Parquet's typed values as the JSON the shapes expect: 64-bit integers (bigint) as numbers, timestamps
 * as ISO strings; lists and structs are walked.
 */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    // Rebuilt with no prototype; a map key `__proto__` that hyparquet's assignment made the prototype
    // is put back as the field it was.
    const copy: Record<string, unknown> = Object.create(null);
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      Object.defineProperty(copy, "__proto__", { value: plain(prototype), enumerable: true, writable: true });
    }
    for (const key of Object.keys(value)) copy[key] = plain((value as Record<string, unknown>)[key]);
    return copy;
  }
  return value;
}

/** What the decoding thread (src/parquet-worker.ts) posts: the file's outline once, then one group's rows per request, or why it failed. */
export type ParquetWorkerMessage =
  | { kind: "opened"; names: string[]; groups: Array<{ rows: number; bytes: number }> }
  | { kind: "rows"; rows: unknown[][] }
  | ({ kind: "failed" } & ReturnType<typeof describeFailure>);

/** What the reading thread posts: the row group whose rows it wants next. */
export interface ParquetWorkerRequest {
  group: number;
}
