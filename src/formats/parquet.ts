import { open } from "node:fs/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { decompress as zstdDecompress } from "fzstd";
import { asyncBufferFromFile, type Compressors, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import type { RawRecord } from "./raw-record.js";

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
 * Codecs beyond hyparquet's built-in Snappy: gzip and Brotli from node's zlib, Zstandard from fzstd
 * (pure JavaScript). LZ4 and LZO are not supported; such a file is reported as unreadable.
 */
const COMPRESSORS: Compressors = {
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
  ZSTD: (input, outputLength) => zstdDecompress(input, new Uint8Array(outputLength)),
};

/**
 * Streams a Parquet file's rows, one row group in memory at a time, each with its 1-based row number
 * as its position.
 */
export async function* readParquet(file: string): AsyncGenerator<RawRecord> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const rows = await parquetReadObjects({
      file: buffer,
      metadata,
      rowStart: groupStart,
      rowEnd: groupStart + groupRows,
      compressors: COMPRESSORS,
    });
    for (let i = 0; i < rows.length; i++) {
      yield { line: groupStart + i + 1, value: plain(rows[i]) };
    }
    groupStart += groupRows;
  }
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
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = plain(object[key]);
  }
  return value;
}
