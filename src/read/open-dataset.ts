import type { ContainerName } from "../model/example.js";
import { type Compression, firstSignificantChar, isLfsPointer, openByteSource } from "./byte-source.js";
import { looksLikeCsv, readCsv } from "./csv.js";
import { readJsonArray } from "./json-array.js";
import { readJsonLines } from "./jsonl.js";
import { isParquet, readParquet } from "./parquet.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits.js";

export type OpenedDataset =
  | { kind: "lfs-pointer"; compression: Compression }
  /** Not UTF-8 text: UTF-16 or UTF-32 (told by the BOM), or binary (a NUL byte, which no JSON or CSV text holds raw). */
  | { kind: "not-text"; compression: Compression; line: number; reason: string }
  | {
      kind: "data";
      container: ContainerName;
      compression: Compression;
      /** The records in file order, a chunk's worth at a time. */
      records: AsyncIterable<RawRecord[]>;
    };

/**
 * Opens a dataset file: Parquet, gzip and LFS pointers are told from the bytes, and the container from the
 * content (a file whose first character is `[` is one JSON array, one whose first line is a header such as
 * `prompt,chosen,rejected` is CSV; anything else is read as JSON Lines), so a `.json` file that is really
 * JSON Lines still reads.
 */
export async function openDataset(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<OpenedDataset> {
  // Parquet needs random access (its schema is in its footer): it is read from the file, not streamed.
  if (await isParquet(path)) {
    return {
      kind: "data",
      container: "parquet",
      compression: null,
      records: inChunks(readParquet(path, limits)),
    };
  }
  const source = await openByteSource(path, limits);
  if (isLfsPointer(source.head)) {
    source.close(); // nothing of a pointer is parsed
    return { kind: "lfs-pointer", compression: source.compression };
  }
  const notText = notUtf8Text(source.head);
  if (notText) {
    source.close(); // read as UTF-8, it would be a finding per line, each saying nothing useful
    return { kind: "not-text", compression: source.compression, ...notText };
  }
  const first = firstSignificantChar(source.head);
  const container: ContainerName =
    first === "[" ? "json" : first !== "{" && looksLikeCsv(source.head) ? "csv" : "jsonl";
  const records =
    container === "json"
      ? readJsonArray(source.chunks, limits)
      : container === "csv"
        ? inChunks(readCsv(source.chunks, limits))
        : readJsonLines(source.chunks, limits);
  return { kind: "data", container, compression: source.compression, records };
}

/** How many records of a record-at-a-time reader (CSV, Parquet) the engine takes at once. */
const CHUNK_RECORDS = 1024;

/**
 * Groups a reader that yields one record at a time into the chunks the engine takes. When the reader
 * fails, the records it gave before failing are handed on first, then its error.
 */
async function* inChunks(records: AsyncIterable<RawRecord>): AsyncIterable<RawRecord[]> {
  let chunk: RawRecord[] = [];
  try {
    for await (const record of records) {
      chunk.push(record);
      if (chunk.length === CHUNK_RECORDS) {
        yield chunk;
        chunk = [];
      }
    }
  } catch (error) {
    if (chunk.length > 0) yield chunk;
    throw error;
  }
  if (chunk.length > 0) yield chunk;
}

/** Byte order marks of the Unicode encodings that are not UTF-8, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_BOMS: ReadonlyArray<[name: string, bom: Buffer]> = [
  ["UTF-32 LE", Buffer.from([0xff, 0xfe, 0x00, 0x00])],
  ["UTF-32 BE", Buffer.from([0x00, 0x00, 0xfe, 0xff])],
  ["UTF-16 LE", Buffer.from([0xff, 0xfe])],
  ["UTF-16 BE", Buffer.from([0xfe, 0xff])],
];

/** How much of the head is searched for a NUL byte (git's own binary test looks at the first 8,000 bytes). */
const BINARY_SNIFF_BYTES = 8000;

/** Why the content is not UTF-8 text, and at which line, or null when it may be. */
export function notUtf8Text(head: Buffer): { line: number; reason: string } | null {
  for (const [name, bom] of FOREIGN_BOMS) {
    if (head.length >= bom.length && head.subarray(0, bom.length).equals(bom)) {
      return { line: 1, reason: `the file is ${name} (it starts with that byte order mark), not UTF-8` };
    }
  }
  const nul = head.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul === -1) return null;
  let line = 1;
  for (let i = head.indexOf(0x0a); i !== -1 && i < nul; i = head.indexOf(0x0a, i + 1)) line++;
  return { line, reason: `the file is binary, not text: a NUL byte at byte ${nul + 1}` };
}
