// A JSON Lines file written in batches of lines, waiting for the stream when it is full: what the benchmark's
// dataset generators (synthetic-dataset.ts, real-text-dataset.ts) share.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

const LINES_PER_WRITE = 4096;

export class LineWriter {
  private readonly out: WriteStream;
  private buffered: string[] = [];
  /** Bytes written so far, newlines included. */
  bytes = 0;

  constructor(file: string) {
    this.out = createWriteStream(file);
  }

  async write(line: string): Promise<void> {
    this.buffered.push(line);
    this.bytes += Buffer.byteLength(line) + 1;
    if (this.buffered.length === LINES_PER_WRITE) {
      const batch = `${this.buffered.join("\n")}\n`;
      this.buffered = [];
      if (!this.out.write(batch)) await once(this.out, "drain");
    }
  }

  /** Writes what is left and closes the file; resolves with the bytes written. */
  async close(): Promise<number> {
    if (this.buffered.length > 0) this.out.write(`${this.buffered.join("\n")}\n`);
    this.buffered = [];
    this.out.end();
    await once(this.out, "finish");
    return this.bytes;
  }
}
