import type { ContainerName } from "../model.js";
import { type Compression, firstSignificantChar, isLfsPointer, openByteSource } from "./byte-source.js";
import { looksLikeCsv, readCsv } from "./csv.js";
import { readJsonArray } from "./json-array.js";
import { readJsonLines } from "./jsonl.js";
import { isParquet, readParquet } from "./parquet.js";
import type { RawRecord } from "./raw-record.js";

export type OpenedDataset =
  | { kind: "lfs-pointer"; compression: Compression }
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
export async function openDataset(path: string): Promise<OpenedDataset> {
  // Parquet needs random access (its schema is in its footer): it is read from the file, not streamed.
  if (await isParquet(path)) {
    return { kind: "data", container: "parquet", compression: null, records: inChunks(readParquet(path)) };
  }
  const source = await openByteSource(path);
  if (isLfsPointer(source.head)) {
    source.close(); // nothing of a pointer is parsed
    return { kind: "lfs-pointer", compression: source.compression };
  }
  const first = firstSignificantChar(source.head);
  const container: ContainerName =
    first === "[" ? "json" : first !== "{" && looksLikeCsv(source.head) ? "csv" : "jsonl";
  const records =
    container === "json"
      ? readJsonArray(source.chunks)
      : container === "csv"
        ? inChunks(readCsv(source.chunks))
        : readJsonLines(source.chunks);
  return { kind: "data", container, compression: source.compression, records };
}

/** How many records of a record-at-a-time reader (CSV, Parquet) the engine takes at once. */
const CHUNK_RECORDS = 1024;

/** Groups a reader that yields one record at a time into the chunks the engine takes. */
async function* inChunks(records: AsyncIterable<RawRecord>): AsyncIterable<RawRecord[]> {
  let chunk: RawRecord[] = [];
  for await (const record of records) {
    chunk.push(record);
    if (chunk.length === CHUNK_RECORDS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
