import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";

/** gzip's magic bytes (RFC 1952 §2.3.1): detected from content, not from the file name. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** What every Git LFS pointer file starts with (git-lfs spec v1). */
export const LFS_POINTER_PREFIX = "version https://git-lfs.github.com/spec/v1";
/** Read size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

export interface ByteSource {
  compression: "gzip" | null;
  /** The first decoded bytes (up to a chunk), already consumed from `chunks`' point of view: chunks replays them. */
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
  /** Releases the file when the chunks will not be read to the end. */
  close(): void;
}

/** Opens a file as a stream of decoded bytes: gunzipped when its content is gzip. */
export async function openByteSource(path: string): Promise<ByteSource> {
  const magic = Buffer.alloc(2);
  const handle = await open(path, "r");
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(magic, 0, 2, 0));
  } finally {
    await handle.close();
  }
  const gzip = bytesRead === 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
  if (gzip) raw.on("error", (error) => stream.destroy(error));
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      stream.destroy();
    }
  }
  return { compression: gzip ? "gzip" : null, head, chunks: chunks(), close: () => stream.destroy() };
}

/** True when the decoded content is a Git LFS pointer rather than data. */
export function isLfsPointer(head: Buffer): boolean {
  return head.subarray(0, LFS_POINTER_PREFIX.length).toString("latin1") === LFS_POINTER_PREFIX;
}

/** The first character that is not whitespace or a BOM, or "" for an empty or blank file. */
export function firstSignificantChar(head: Buffer): string {
  const text = head.subarray(0, 4096).toString("utf8");
  const match = /[^\s\uFEFF]/.exec(text);
  return match ? match[0] : "";
}
