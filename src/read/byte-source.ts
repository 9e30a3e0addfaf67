import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { DEFAULT_READ_LIMITS, formatBytes, ReadLimitError, type ReadLimits } from "./read-limits.js";
import { unzstd } from "./zstd-stream.js";

/** gzip's magic bytes (RFC 1952 §2.3.1): detected from content, not from the file name. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** A Zstandard frame's magic number, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
/** The xz container's header magic (xz file format §2.1.1.1). */
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);

export type Compression = "gzip" | "zstd" | null;
/** What every Git LFS pointer file starts with (git-lfs spec v1). */
export const LFS_POINTER_PREFIX = "version https://git-lfs.github.com/spec/v1";
/** Read size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

export interface ByteSource {
  compression: Compression;
  /** The first decoded bytes (up to a chunk), already consumed from `chunks`' point of view: chunks replays them. */
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
  /** Releases the file when the chunks will not be read to the end. */
  close(): void;
}

/**
 * Opens a file as a stream of decoded bytes: gunzipped when its content is gzip, decompressed with fzstd
 * (pure JavaScript, fed block by block: zstd-stream.ts) when it is Zstandard. xz is refused with a reason: no well-kept pure-JavaScript
 * decoder exists to bundle.
 */
export async function openByteSource(
  path: string,
  limits: Pick<ReadLimits, "maxDecompressedBytes"> = DEFAULT_READ_LIMITS,
): Promise<ByteSource> {
  const magic = Buffer.alloc(XZ_MAGIC.length);
  const handle = await open(path, "r");
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(magic, 0, magic.length, 0));
  } finally {
    await handle.close();
  }
  const starts = (prefix: Buffer) =>
    bytesRead >= prefix.length && magic.subarray(0, prefix.length).equals(prefix);
  if (starts(XZ_MAGIC)) {
    throw new Error(
      "xz compression is not supported (no well-kept pure-JavaScript decoder to bundle): decompress it with 'xz -d', or recompress it with gzip or zstd",
    );
  }
  const compression: Compression = starts(GZIP_MAGIC) ? "gzip" : starts(ZSTD_MAGIC) ? "zstd" : null;
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const stream =
    compression === "gzip"
      ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES }))
      : compression === "zstd"
        ? Readable.from(unzstd(raw, limits.maxDecompressedBytes))
        : raw;
  if (compression !== null) raw.on("error", (error) => stream.destroy(error));
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  const cap = compression === null ? Number.POSITIVE_INFINITY : limits.maxDecompressedBytes;
  const tooLarge = () =>
    new ReadLimitError(
      "decompressed-too-large",
      `the ${compression} stream decompresses to more than the cap of ${formatBytes(cap)} (limits.max-decompressed-bytes)`,
    );
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      // The first chunk counts too: a cap under one chunk (CHUNK_BYTES) would otherwise never be reached.
      let decoded = head.length;
      if (decoded > cap) throw tooLarge();
      if (head.length > 0) yield head;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        decoded += next.value.length;
        // A gzip bomb inflates ~1,000:1: stop at the cap rather than decompress gigabytes.
        if (decoded > cap) throw tooLarge();
        yield next.value;
      }
    } finally {
      stream.destroy();
    }
  }
  return { compression, head, chunks: chunks(), close: () => stream.destroy() };
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
