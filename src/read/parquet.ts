import { existsSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { parquetDeadlineMs } from "./parquet-deadline.js";
import type { ParquetDecodeInput, ParquetWorkerMessage, ParquetWorkerRequest } from "./parquet-decode.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, ReadLimitError, type ReadLimits } from "./read-limits.js";

// Parquet, the format of every Hugging Face Hub dataset, read with hyparquet (pure JavaScript) in a thread of
// its own (src/parquet-worker.ts, decoding in parquet-decode.ts), under a deadline: one corrupt byte in a page
// header can make hyparquet loop forever, and nothing in its API can stop it in this thread. Records have no
// lines: each record's position is its 1-based row number in the file, counted across row groups.

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

/** The decoder's bundle, next to the bundle this code is in (dist/). */
const WORKER_BUNDLE = "parquet-worker.js";
/** Run from source (the tests), the decoder is the TypeScript entry, loaded through tsx. */
const WORKER_SOURCE = "../parquet-worker.ts";

/** Starts the decoding thread for one file. */
function startDecoder(input: ParquetDecodeInput): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, WORKER_BUNDLE);
  if (existsSync(bundled)) return new Worker(bundled, { workerData: input });
  const source = path.join(here, WORKER_SOURCE);
  if (!existsSync(source)) throw new Error(`the Parquet decoder ${WORKER_BUNDLE} is missing from ${here}`);
  const load = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(pathToFileURL(source).href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true, workerData: input });
}

/**
 * The decoding thread of one file, one step at a time: each step's answer is awaited until its deadline,
 * and a step that passes it ends the thread, as does a thread that stops by itself.
 */
class DecoderThread {
  private readonly worker: Worker;
  private pending: {
    resolve: (message: ParquetWorkerMessage) => void;
    reject: (error: Error) => void;
  } | null = null;
  private ended: Error | null = null;

  constructor(input: ParquetDecodeInput) {
    this.worker = startDecoder(input);
    // An abandoned reader's thread never keeps the process alive; an awaited step's timer does.
    this.worker.unref();
    this.worker.on("message", (message: ParquetWorkerMessage) => {
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(message);
    });
    const stop = (error: Error) => {
      this.ended ??= error;
      const pending = this.pending;
      this.pending = null;
      pending?.reject(this.ended);
    };
    this.worker.on("error", (error) =>
      stop(new Error(`the Parquet file could not be decoded: its decoder failed (${error.message})`)),
    );
    this.worker.on("exit", (code) =>
      stop(new Error(`the Parquet file could not be decoded: its decoder stopped (exit code ${code})`)),
    );
  }

  /** The next message, within `deadlineMs`; posts `request` first when given. */
  next(deadlineMs: number, request?: ParquetWorkerRequest): Promise<ParquetWorkerMessage> {
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Timers run before the answers that arrived meanwhile are delivered: while this thread was busy
        // (checking the previous row group), the answer may have come in time. One turn of the event loop
        // delivers it; only a step still unanswered after it has passed its deadline.
        setImmediate(() => {
          if (this.pending !== pending) return;
          this.pending = null;
          this.ended = new Error(
            `the Parquet file could not be decoded within ${Number((deadlineMs / 1000).toFixed(1))} s: a page is probably corrupt`,
          );
          void this.worker.terminate();
          reject(this.ended);
        });
      }, deadlineMs);
      const pending = {
        resolve: (message: ParquetWorkerMessage) => {
          clearTimeout(timer);
          resolve(message);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.pending = pending;
      if (request) this.worker.postMessage(request);
    });
  }

  end(): void {
    this.ended ??= new Error("the Parquet decoder was ended");
    void this.worker.terminate();
  }
}

/** A failure the decoder posted, as the error the engine reports: a cap's finding, or corrupt-file. */
function failure(message: ParquetWorkerMessage & { kind: "failed" }): Error {
  return message.rule ? new ReadLimitError(message.rule, message.message) : new Error(message.message);
}

/**
 * Streams a Parquet file's rows, one row group at a time from the decoding thread (it decodes the next while
 * these are checked), each with its 1-based row number as its position. Rows are built here, with no
 * prototype: a column named `__proto__` is a field like any other, never the row's prototype (hyparquet's own
 * row objects would take it as one, and lend the row the `chosen` or `rejected` of that struct). A row whose
 * text passes limits.max-line-bytes is line-too-long, as a long line is in the other readers. A step of
 * decoding that passes its deadline (parquetDeadlineMs) ends the file as corrupt.
 */
export async function* readParquet(
  file: string,
  limits: Pick<
    ReadLimits,
    "maxLineBytes" | "maxDecompressedBytes" | "parquetDeadlineMs"
  > = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord> {
  const fileBytes = (await stat(file)).size;
  const decoder = new DecoderThread({
    file,
    limits: { maxLineBytes: limits.maxLineBytes, maxDecompressedBytes: limits.maxDecompressedBytes },
  });
  try {
    const opened = await decoder.next(parquetDeadlineMs(fileBytes, limits.parquetDeadlineMs));
    if (opened.kind === "failed") throw failure(opened);
    if (opened.kind !== "opened") throw new Error("the Parquet decoder answered out of turn");
    const { names, groups } = opened;
    // A row group's size is what its metadata declares, which a hostile file may make anything: it
    // counts for no more than the file's size, so the deadline stays bounded by the bytes really there.
    const ask = (group: number) => {
      const declared = groups[group]?.bytes ?? fileBytes;
      const bytes = Number.isFinite(declared) ? Math.min(Math.max(declared, 0), fileBytes) : fileBytes;
      return decoder.next(parquetDeadlineMs(bytes, limits.parquetDeadlineMs), { group });
    };
    let next = groups.length > 0 ? ask(0) : null;
    // Not awaited until its turn: a failure must not go unhandled meanwhile.
    next?.catch(() => {});
    let groupStart = 0;
    for (let group = 0; group < groups.length && next; group++) {
      const answer = await next;
      if (answer.kind === "failed") throw failure(answer);
      if (answer.kind !== "rows") throw new Error("the Parquet decoder answered out of turn");
      next = group + 1 < groups.length ? ask(group + 1) : null;
      next?.catch(() => {});
      yield* rowsOf(answer.rows, names, groupStart, limits);
      groupStart += groups[group]?.rows ?? answer.rows.length;
    }
  } finally {
    decoder.end();
  }
}

/** One row group's records, from the decoder's cells. */
function* rowsOf(
  rows: unknown[][],
  names: string[],
  groupStart: number,
  limits: Pick<ReadLimits, "maxLineBytes">,
): Generator<RawRecord> {
  for (let i = 0; i < rows.length; i++) {
    const line = groupStart + i + 1;
    const cells = rows[i] as unknown[];
    const value: Record<string, unknown> = Object.create(null);
    let textBytes = 0;
    names.forEach((name, column) => {
      const cell = withoutPrototypes(cells[column]);
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
 * A value from the decoding thread with its objects rebuilt with no prototype (crossing threads gave them
 * Object's); an own field named `__proto__` stays a field.
 */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      const field = withoutPrototypes((value as Record<string, unknown>)[key]);
      if (key === "__proto__")
        Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true });
      else copy[key] = field;
    }
    return copy;
  }
  return value;
}
