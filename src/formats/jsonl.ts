import type { RawRecord } from "./raw-record.js";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits bytes into JSON Lines records with exact 1-based line numbers.
 * Tolerates CRLF and a UTF-8 BOM, skips blank lines, and reports a line that does not parse
 * with the parser's reason instead of stopping.
 * Yields the records of each chunk together: a yield per record would cost an await (a promise and a
 * trip through the microtask queue) per line, as much as parsing a short line.
 */
export async function* readJsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawRecord[]> {
  let line = 0;
  let carry: Buffer | null = null;
  let first = true;
  for await (const chunk of chunks) {
    const records: RawRecord[] = [];
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) break;
      line += 1;
      const bytes: Buffer = carry
        ? Buffer.concat([carry, chunk.subarray(start, end)])
        : chunk.subarray(start, end);
      carry = null;
      start = end + 1;
      const record = parseLine(bytes, line, first);
      first = false;
      if (record) records.push(record);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
    }
    if (records.length > 0) yield records;
  }
  if (carry && carry.length > 0) {
    line += 1;
    const record = parseLine(carry, line, first);
    if (record) yield [record];
  }
}

function parseLine(bytes: Buffer, line: number, firstLine: boolean): RawRecord | null {
  let from = 0;
  let to = bytes.length;
  if (firstLine && to >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
  if (to > from && bytes[to - 1] === CARRIAGE_RETURN) to -= 1;
  if (to === from) return null;
  const text = bytes.toString("utf8", from, to);
  const firstCode = text.charCodeAt(0);
  // Only a line that starts with whitespace can be blank; skip the trim for every other line.
  if ((firstCode === 0x20 || firstCode === 0x09 || firstCode === CARRIAGE_RETURN) && text.trim() === "") {
    return null;
  }
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    return { line, error: parserReason(error), text };
  }
}

/** JSON.parse's message, without V8's echo of the input (which is untrusted and may be huge). */
export function parserReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node 22+ adds "(line 1 column 31)" after the position: one line's column says nothing the
  // position does not, and dropping it keeps reports the same on every Node version.
  return message
    .replace(/,? ".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/ \(line \d+ column \d+\)$/, "")
    .slice(0, 200);
}
