import { open } from "node:fs/promises";
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
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, ReadLimitError, type ReadLimits } from "./read-limits.js";

// Parquet, the format of every Hugging Face Hub dataset, read with hyparquet (pure JavaScript). Message
// lists are list<struct<role, content>> columns and arrive as lists of objects. Records have no lines:
// each record's position is its 1-based row number in the file, counted across row groups.

/** "PAR1": the magic bytes a Parquet file starts and ends with. */
const PARQUET_MAGIC = Buffer.from("PAR1", "latin1");

/** Whether the file is Parquet (told by its first bytes; the footer is checked when it is read). */
export async function isParquet(file: string): Promise<boolean> {
  const head = Buffer.alloc(PARQUET_MAGIC.length);
  const handle = await open(file, "r");
  try {
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(PARQUET_MAGIC);
  } finally {
    await handle.close();
  }
}

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
function plainReason(error: unknown): Error {
  if (error instanceof ReadLimitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError || error instanceof RangeError) {
    return new Error("the Parquet file is corrupt: its metadata or a page does not hold what it declares");
  }
  return new Error(`the Parquet file is corrupt: ${message}`);
}

/**
 * Streams a Parquet file's rows, one row group in memory at a time, each with its 1-based row number
 * as its position. Rows are built here, with no prototype: a column named `__proto__` is a field like
 * any other, never the row's prototype (hyparquet's own row objects would take it as one, and lend the
 * row the `chosen` or `rejected` of that struct). A row whose text passes limits.max-line-bytes is
 * line-too-long, as a long line is in the other readers.
 */
export async function* readParquet(
  file: string,
  limits: Pick<ReadLimits, "maxLineBytes" | "maxDecompressedBytes"> = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord> {
  const compressors = parquetCompressors(limits);
  let buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  let names: string[];
  try {
    buffer = await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
    names = parquetSchema(metadata).children.map((child) => child.element.name);
  } catch (error) {
    throw plainReason(error);
  }
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns: names,
        rowStart: groupStart,
        rowEnd: groupStart + groupRows,
        rowFormat: "array",
        compressors,
        onComplete: (data) => {
          rows = data as unknown[][];
        },
      });
    } catch (error) {
      throw plainReason(error);
    }
    for (let i = 0; i < rows.length; i++) {
      const line = groupStart + i + 1;
      const cells = rows[i] as unknown[];
      const value: Record<string, unknown> = Object.create(null);
      let textBytes = 0;
      names.forEach((name, column) => {
        const cell = plain(cells[column]);
        textBytes += textLength(cell, limits.maxLineBytes - textBytes);
        if (!Object.hasOwn(value, name)) value[name] = cell;
      });
      if (textBytes > limits.maxLineBytes) {
        yield {
          line,
          rule: "line-too-long",
          error: `the row holds more than ${formatBytes(limits.maxLineBytes)} of text, the cap (limits.max-line-bytes): not read`,
        };
      } else {
        yield { line, value };
      }
    }
    groupStart += groupRows;
  }
}

/** The UTF-16 length of the strings in a value, counted until it passes `budget` (bytes are at least as many). */
function textLength(value: unknown, budget: number): number {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && length <= budget) {
    const next = stack.pop();
    if (typeof next === "string") length += next.length;
    else if (Array.isArray(next)) stack.push(...next);
    else if (next !== null && typeof next === "object") {
      for (const key of Object.keys(next)) {
        length += key.length;
        stack.push((next as Record<string, unknown>)[key]);
      }
    }
  }
  return length;
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
