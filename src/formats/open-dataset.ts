import type { ContainerName } from "../model.js";
import { firstSignificantChar, isLfsPointer, openByteSource } from "./byte-source.js";
import { readJsonArray } from "./json-array.js";
import { readJsonLines } from "./jsonl.js";
import type { RawRecord } from "./raw-record.js";

export type OpenedDataset =
  | { kind: "lfs-pointer"; compression: "gzip" | null }
  | {
      kind: "data";
      container: ContainerName;
      compression: "gzip" | null;
      /** The records in file order, a chunk's worth at a time. */
      records: AsyncIterable<RawRecord[]>;
    };

/**
 * Opens a dataset file: gzip and LFS pointers are told from the bytes, and the container from the
 * content (a file whose first character is `[` is one JSON array; anything else is read as JSON Lines),
 * so a `.json` file that is really JSON Lines still reads.
 */
export async function openDataset(path: string): Promise<OpenedDataset> {
  const source = await openByteSource(path);
  if (isLfsPointer(source.head)) {
    source.close(); // nothing of a pointer is parsed
    return { kind: "lfs-pointer", compression: source.compression };
  }
  const container: ContainerName = firstSignificantChar(source.head) === "[" ? "json" : "jsonl";
  const records = container === "json" ? readJsonArray(source.chunks) : readJsonLines(source.chunks);
  return { kind: "data", container, compression: source.compression, records };
}
