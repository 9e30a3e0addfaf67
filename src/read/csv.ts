import { parse } from "csv-parse";
import { isRankedList, isRankedListKey } from "./layouts/instruction-pairs.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from "./read-limits.js";
import { isScoreKey } from "./scores.js";

// CSV as LLaMA-Factory, axolotl and OpenRLHF accept it: a header row naming the fields, one record per row,
// nested message lists and message objects JSON-encoded in their cells.

/** A header row: comma-separated names (quoted or not), such as `prompt,chosen,rejected`. */
const HEADER =
  /^\uFEFF?\s*(?:"[^"\n]{1,200}"|[\w .:/-]{1,200})(?:,(?:"[^"\n]{1,200}"|[\w .:/-]{1,200}))+\s*$/;

/** Whether the first line of the content reads as a CSV header (content decides, not the file name). */
export function looksLikeCsv(head: Buffer): boolean {
  const text = head.subarray(0, 8192).toString("utf8");
  const end = text.indexOf("\n");
  const firstLine = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, "");
  return HEADER.test(firstLine);
}

/** A parsed row as csv-parse gives it with `raw` and `info`. */
type Row = { record: string[]; raw: string; info: { bytes: number } };

/**
 * csv-parse's parser core, which its stream wraps (`Parser#api`, csv-parse 7): it parses a chunk
 * synchronously, handing each row to `push`, and returns the error that stopped it. The stream instead
 * drops the rows of the chunk that failed (they sit in its buffer when it is destroyed): 1,000 good rows
 * before a bad quote read as "stopped after 0 records".
 */
interface CsvCore {
  parse(chunk: Buffer | undefined, end: boolean, push: (row: Row) => void, close: () => void): unknown;
}

/**
 * Streams the rows of a CSV file as records keyed by the header's names, each with the 1-based line
 * where its row starts and, when a quoted cell breaks lines, the line where it ends. A row with more or
 * fewer cells than the header is reported, and reading goes on; broken quoting ends the file (csv-parse
 * cannot resynchronise after it), after every row parsed before it.
 */
export async function* readCsv(
  chunks: AsyncIterable<Buffer>,
  limits: Pick<ReadLimits, "maxLineBytes"> = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord> {
  const core = (
    parse({
      bom: true,
      raw: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Lines end at LF or CRLF, as in JSON Lines and on GitHub: a lone CR would otherwise count as a
      // line of its own, and a finding's line would point past the file's end.
      record_delimiter: ["\r\n", "\n"],
      // csv-parse holds a row until it ends: past the cap it stops with CSV_MAX_RECORD_SIZE.
      max_record_size: limits.maxLineBytes,
    }) as unknown as { api: CsvCore }
  ).api;
  // csv-parse's own line count takes a lone CR for a line break even with record_delimiter LF/CRLF, so
  // a finding could point past the file's end: lines are counted here, at LF, from the bytes each row
  // ends at.
  const lineCounter = new LineCounter();
  const parsed: Array<Row & { endLine: number }> = [];
  const push = (row: Row) => {
    parsed.push({ ...row, endLine: lineCounter.lineOf(row.info.bytes) });
  };
  const header: { names?: string[] } = {};
  let failure: unknown;
  for await (const chunk of chunks) {
    lineCounter.add(chunk);
    failure = core.parse(chunk, false, push, () => {});
    yield* recordsOf(parsed.splice(0), header);
    if (failure !== undefined) break;
  }
  if (failure === undefined) {
    failure = core.parse(undefined, true, push, () => {});
    yield* recordsOf(parsed.splice(0), header);
  }
  if (failure === undefined) return;
  const { code, lines } = failure as { code?: string; lines?: number };
  if (code !== "CSV_MAX_RECORD_SIZE") throw failure;
  // A quoted cell may hide the row's end, so csv-parse cannot pick up after it: reading ends here.
  yield {
    line: lines ?? 1,
    rule: "line-too-long",
    error: `the row is longer than the cap of ${formatBytes(limits.maxLineBytes)} (limits.max-line-bytes): it and the rows after it were not read`,
  };
}

/** The records of parsed rows; the first row of the file is its header, kept in `header`. */
function* recordsOf(
  rows: Array<Row & { endLine: number }>,
  header: { names?: string[] },
): Generator<RawRecord> {
  for (const { record, raw, endLine } of rows) {
    // The row starts as many lines before the one it ends on as its quoted cells break lines. Its raw
    // text may carry skipped blank lines before it and its line break after it.
    const line = endLine - countNewlines(raw.replace(/^[\r\n]+|[\r\n]+$/g, ""));
    if (!header.names) {
      header.names = record.map((name) => name.trim());
      const repeated = repeatedNames(header.names);
      if (repeated) yield { line, rule: "duplicate-key", error: repeated };
      continue;
    }
    const names = header.names;
    if (record.length !== names.length) {
      yield {
        line,
        ...(endLine > line ? { endLine } : {}),
        error: `the row has ${record.length} cells, the header ${names.length}`,
        text: raw,
      };
      continue;
    }
    // No prototype: a column named __proto__ is a field like any other, never the record's prototype
    // (which would lend the record a chosen or rejected that no column holds). Of two columns with one
    // name the first is read, as pandas reads it.
    const value: Record<string, unknown> = Object.create(null);
    names.forEach((name, i) => {
      if (!Object.hasOwn(value, name)) value[name] = cellValue(name, record[i] as string);
    });
    yield endLine > line ? { line, endLine, value } : { line, value };
  }
}

/** What a header naming a column twice says, or undefined. */
function repeatedNames(names: string[]): string | undefined {
  const columns = new Map<string, number[]>();
  names.forEach((name, i) => {
    const at = columns.get(name);
    if (at) at.push(i + 1);
    else columns.set(name, [i + 1]);
  });
  const repeated = [...columns].filter(([, at]) => at.length > 1);
  if (repeated.length === 0) return undefined;
  const which = repeated
    .slice(0, 5)
    .map(([name, at]) => `${JSON.stringify(name.slice(0, 40))} (columns ${at.join(", ")})`)
    .join(", ");
  return `the header names ${which} more than once: the first such column is read (as pandas reads it), the others are not`;
}

/**
 * The 1-based line a row ending at a byte offset ends on, counting LF only, over bytes that arrive in
 * chunks. Offsets are asked in increasing order, so chunks wholly counted are let go.
 */
class LineCounter {
  private chunks: Buffer[] = [];
  /** The absolute offset of chunks[0][0]. */
  private start = 0;
  /** How far into the data the count has come, the LFs before that, and the byte just before it. */
  private counted = 0;
  private newlines = 0;
  private previousByte = -1;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  lineOf(end: number): number {
    while (this.counted < end && this.chunks.length > 0) {
      const chunk = this.chunks[0] as Buffer;
      const stop = Math.min(end, this.start + chunk.length);
      for (let i = chunk.indexOf(10, this.counted - this.start); i !== -1 && this.start + i < stop; ) {
        this.newlines++;
        i = chunk.indexOf(10, i + 1);
      }
      this.previousByte = chunk[stop - this.start - 1] ?? -1;
      this.counted = stop;
      if (stop === this.start + chunk.length) {
        this.start += chunk.length;
        this.chunks.shift();
      }
    }
    // A row that ends with its LF ends on the line that LF closes; the last row of a file without a final
    // LF, on the line after the last LF.
    return this.previousByte === 10 ? this.newlines : this.newlines + 1;
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * A score cell's number (trimmed first). One way to match each digit: `\d+\.?\d*` could split a run of digits
 * between its two `\d`s in every way, quadratic on a long cell that is not a number ("1" × 300,000 + "x").
 */
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * What a cell holds: CSV has only text, so message lists and message objects come JSON-encoded, labels as
 * true/false, and scores as numbers. Any other cell is its text, so a prompt that reads "42" stays text.
 */
function cellValue(name: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      // A ranked list's responses are a list of strings; in any other column such a list is text.
      const structured = Array.isArray(parsed)
        ? parsed.length === 0 ||
          (typeof parsed[0] === "object" && parsed[0] !== null) ||
          (isRankedListKey(name) && isRankedList(parsed))
        : typeof parsed === "object" && parsed !== null;
      if (structured) return parsed;
    } catch {
      // Text that merely starts with a bracket.
    }
    return text;
  }
  if (name === "label" && /^(?:true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  if (isScoreKey(name)) {
    if (trimmed === "") return null;
    if (NUMBER.test(trimmed)) return Number(trimmed);
  }
  return text;
}
