import { Decompress } from "fzstd";
import { formatBytes, ReadLimitError } from "./read-limits.js";

// Zstandard decoded with fzstd (pure JavaScript), fed one block at a time by a walker that reads the frame
// and block headers itself (RFC 8878 §3.1). fzstd trusts what a frame declares: it allocates the declared
// window (up to 2 GiB) and shifts the whole window after every block, and it decodes all it is given
// before a caller can count the output. A 3,450-byte file declaring a 1.875 GiB window took 100 s and
// 2 GB; 64 KB of RLE blocks decoded to 2.2 GB before an 8 MiB cap was checked. The walker refuses large
// windows before fzstd sees them, hands fzstd one block at a time (at most 128 KiB of output), counts the
// output as it comes, and bounds the window shifting per byte decoded.

/**
 * Largest window accepted: 8 MiB, the window of `zstd -19` (windowLog 23). Only `--long` or `--ultra`
 * write larger ones, and fzstd moves the whole window after every block.
 */
export const ZSTD_MAX_WINDOW_BYTES = 8 * 1024 * 1024;
/**
 * Bytes of window shifting allowed per byte decoded, beyond a first allowance of 16 windows. A real stream's
 * blocks are 128 KiB, so an 8 MiB window shifts 64 bytes per byte decoded; a stream of one-byte blocks would
 * shift a window per byte.
 */
export const ZSTD_SHIFT_PER_BYTE = 128;

const MAGIC = 0xfd2fb528;
/** Skippable frames: magic 0x184D2A50 to 0x184D2A5F, a 4-byte size, then that many bytes to skip. */
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE = 0x184d2a50;

/** A growable byte queue: the walker takes whole headers and blocks out of it. */
class Bytes {
  private parts: Buffer[] = [];
  length = 0;
  push(chunk: Buffer): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
  /** The first `n` bytes, without taking them (n ≤ length). */
  peek(n: number): Buffer {
    if (this.parts.length > 1 && (this.parts[0] as Buffer).length < n) {
      this.parts = [Buffer.concat(this.parts)];
    }
    return (this.parts[0] as Buffer).subarray(0, n);
  }
  take(n: number): Buffer {
    const taken = this.peek(n);
    const first = this.parts[0] as Buffer;
    if (first.length === n) this.parts.shift();
    else this.parts[0] = first.subarray(n);
    this.length -= n;
    return taken;
  }
}

type State =
  | { at: "frame" }
  | { at: "skip"; left: number }
  | { at: "block"; window: number; checksum: boolean }
  | { at: "checksum" };

/**
 * Zstandard frames decoded as they stream in, refusing a window over ZSTD_MAX_WINDOW_BYTES and stopping
 * once the output passes `cap` bytes; a stream that ends mid-frame is an error.
 */
export async function* unzstd(compressed: AsyncIterable<Buffer>, cap: number): AsyncGenerator<Buffer> {
  const decoded: Buffer[] = [];
  let total = 0;
  // fzstd may hand out views of its window buffer, which it reuses: copy each piece.
  const decoder = new Decompress((data) => {
    if (data.length === 0) return;
    total += data.length;
    if (total > cap) {
      throw new ReadLimitError(
        "decompressed-too-large",
        `the zstd stream decompresses to more than the cap of ${formatBytes(cap)} (limits.max-decompressed-bytes)`,
      );
    }
    decoded.push(Buffer.from(data));
  });
  const feed = (piece: Buffer, final: boolean) => {
    try {
      decoder.push(piece, final);
    } catch (error) {
      if (error instanceof ReadLimitError) throw error;
      // fzstd throws errors whose code is a number ("5: unexpected EOF"): say what failed instead.
      throw new Error(`zstd: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const pending = new Bytes();
  let state: State = { at: "frame" };
  let shifted = 0;
  /** Passes whole headers and blocks to fzstd; false when more bytes are needed. */
  const step = (): boolean => {
    switch (state.at) {
      case "frame": {
        if (pending.length < 4) return false;
        const magic = pending.peek(4).readUInt32LE(0);
        if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE) {
          if (pending.length < 8) return false;
          const size = pending.peek(8).readUInt32LE(4);
          feed(pending.take(8), false);
          state = { at: "skip", left: size };
          return true;
        }
        if (magic !== MAGIC) throw new Error("zstd: not a Zstandard frame (bad magic number)");
        if (pending.length < 5) return false;
        const descriptor = pending.peek(5)[4] as number;
        const singleSegment = (descriptor >> 5) & 1;
        const dictionaryBytes = [0, 1, 2, 4][descriptor & 3] as number;
        const sizeFlag = descriptor >> 6;
        const contentSizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
        const headerBytes = 5 + (singleSegment ? 0 : 1) + dictionaryBytes + contentSizeBytes;
        if (pending.length < headerBytes) return false;
        const header = pending.peek(headerBytes);
        let window: number;
        if (singleSegment) {
          const at = headerBytes - contentSizeBytes;
          window =
            contentSizeBytes === 1
              ? (header[at] as number)
              : contentSizeBytes === 2
                ? header.readUInt16LE(at) + 256
                : contentSizeBytes === 4
                  ? header.readUInt32LE(at)
                  : Number(header.readBigUInt64LE(at));
        } else {
          const windowDescriptor = header[5] as number;
          const base = 2 ** (10 + (windowDescriptor >> 3));
          window = base + (base / 8) * (windowDescriptor & 7);
        }
        if (window > ZSTD_MAX_WINDOW_BYTES) {
          throw new ReadLimitError(
            "decompressed-too-large",
            `the zstd frame declares a window of ${formatBytes(window)}, over the ${formatBytes(ZSTD_MAX_WINDOW_BYTES)} this reader accepts (zstd -19's; recompress without --long or --ultra)`,
          );
        }
        feed(pending.take(headerBytes), false);
        state = { at: "block", window: Math.max(window, 1), checksum: ((descriptor >> 2) & 1) === 1 };
        return true;
      }
      case "skip": {
        if (state.left === 0) {
          state = { at: "frame" };
          return true;
        }
        if (pending.length === 0) return false;
        const n = Math.min(state.left, pending.length);
        feed(pending.take(n), false);
        state = { at: "skip", left: state.left - n };
        return true;
      }
      case "block": {
        if (pending.length < 3) return false;
        const head = pending.peek(3);
        const value = (head[0] as number) | ((head[1] as number) << 8) | ((head[2] as number) << 16);
        const last = (value & 1) === 1;
        const type = (value >> 1) & 3;
        const size = value >>> 3;
        if (type === 3) throw new Error("zstd: a block of the reserved type (the stream is corrupt)");
        const blockBytes = 3 + (type === 1 ? 1 : size);
        if (pending.length < blockBytes) return false;
        // fzstd moves its whole window after each block: bound that work by the bytes decoded.
        shifted += state.window;
        if (shifted > ZSTD_SHIFT_PER_BYTE * total + 16 * state.window) {
          throw new ReadLimitError(
            "decompressed-too-large",
            `the zstd stream's blocks are too small for its ${formatBytes(state.window)} window: decoding it would take time out of proportion to its size`,
          );
        }
        feed(pending.take(blockBytes), false);
        if (last) state = state.checksum ? { at: "checksum" } : { at: "frame" };
        return true;
      }
      case "checksum": {
        if (pending.length < 4) return false;
        feed(pending.take(4), false);
        state = { at: "frame" };
        return true;
      }
    }
  };
  for await (const chunk of compressed) {
    pending.push(chunk);
    while (step()) {
      while (decoded.length > 0) yield decoded.shift() as Buffer;
    }
  }
  if (pending.length > 0 || state.at !== "frame") throw new Error("zstd: unexpected EOF");
  feed(Buffer.alloc(0), true);
  while (decoded.length > 0) yield decoded.shift() as Buffer;
}
