import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { isRankedList, isRankedListKey } from "./instruction-pairs.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from "./read-limits.js";
import { isScoreKey } from "./shapes.js";

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

/**
 * Streams the rows of a CSV file as records keyed by the header's names, each with the 1-based line
 * where its row starts (a quoted cell may span lines). A row with more or fewer cells than the header is
 * reported, and reading goes on; broken quoting ends the file (csv-parse cannot resynchronise after it).
 */
export async function* readCsv(
  chunks: AsyncIterable<Buffer>,
  limits: Pick<ReadLimits, "maxLineBytes"> = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord> {
  const parser = Readable.from(chunks).pipe(
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
    }),
  );
  let header: string[] | undefined;
  type Row = { record: string[]; raw: string; info: { lines: number } };
  let tooLong: RawRecord | undefined;
  const rows = (async function* () {
    try {
      yield* parser as AsyncIterable<Row>;
    } catch (error) {
      const { code, lines } = error as { code?: string; lines?: number };
      if (code !== "CSV_MAX_RECORD_SIZE") throw error;
      // A quoted cell may hide the row's end, so csv-parse cannot pick up after it: reading ends here.
      tooLong = {
        line: lines ?? 1,
        rule: "line-too-long",
        error: `the row is longer than the cap of ${formatBytes(limits.maxLineBytes)} (limits.max-line-bytes): it and the rows after it were not read`,
      };
    }
  })();
  for await (const { record, raw, info } of rows) {
    // csv-parse counts the line a row ends on; the row starts as many lines earlier as its quoted cells
    // break lines. Its raw text may carry skipped blank lines before it and its line break after it.
    const line = info.lines - countNewlines(raw.replace(/^[\r\n]+|[\r\n]+$/g, ""));
    if (!header) {
      header = record.map((name) => name.trim());
      continue;
    }
    if (record.length !== header.length) {
      yield {
        line,
        error: `the row has ${record.length} cells, the header ${header.length}`,
        text: raw,
      };
      continue;
    }
    const value: Record<string, unknown> = {};
    header.forEach((name, i) => {
      value[name] = cellValue(name, record[i] as string);
    });
    yield { line, value };
  }
  if (tooLong) yield tooLong;
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
