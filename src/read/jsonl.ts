import { duplicateTopLevelKeys } from "./duplicate-keys.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from "./read-limits.js";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits bytes into JSON Lines records with exact 1-based line numbers.
 * Tolerates CRLF and a UTF-8 BOM, skips blank lines, and reports a line that does not parse
 * with the parser's reason instead of stopping.
 * Yields the records of each chunk together: a yield per record would cost an await (a promise and a
 * trip through the microtask queue) per line, as much as parsing a short line.
 */
export async function* readJsonLines(
  chunks: AsyncIterable<Buffer>,
  limits: Pick<ReadLimits, "maxLineBytes" | "duplicateKeys"> = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord[]> {
  const { maxLineBytes } = limits;
  const duplicateKeys = limits.duplicateKeys ?? true;
  let line = 0;
  /** The pieces of a line that spans chunks (joined once, at its end: appending chunk by chunk is quadratic). */
  let carry: Buffer[] = [];
  let carryBytes = 0;
  /** The length so far of a line past the cap, whose bytes are not kept; -1 when none is being skipped. */
  let skippedBytes = -1;
  let first = true;
  const overlong = (bytes: number): RawRecord => ({
    line,
    rule: "line-too-long",
    error: `the line holds ${bytes} bytes, over the cap of ${formatBytes(maxLineBytes)} (limits.max-line-bytes): not read`,
  });
  for await (const chunk of chunks) {
    const records: RawRecord[] = [];
    let start = 0;
    for (;;) {
      if (carryBytes === 0 && skippedBytes === -1 && start < chunk.length && chunk[start] === NEWLINE) {
        // A run of blank lines (a bomb of newlines inflates to billions): counted here, not one indexOf each.
        let next = start;
        while (next < chunk.length && chunk[next] === NEWLINE) next++;
        line += next - start;
        start = next;
        first = false;
        continue;
      }
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) break;
      line += 1;
      const length = end - start;
      if (skippedBytes !== -1 || carryBytes + length > maxLineBytes) {
        records.push(overlong(Math.max(skippedBytes, 0) + carryBytes + length));
        skippedBytes = -1;
      } else {
        const bytes: Buffer =
          carryBytes > 0 ? Buffer.concat([...carry, chunk.subarray(start, end)]) : chunk.subarray(start, end);
        const record = parseLine(bytes, line, first, duplicateKeys);
        if (record) records.push(record);
      }
      carry = [];
      carryBytes = 0;
      first = false;
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.length - start;
      if (skippedBytes !== -1) skippedBytes += rest;
      else if (carryBytes + rest > maxLineBytes) {
        // Past the cap: drop what is held and only count the rest of the line, up to its newline.
        skippedBytes = carryBytes + rest;
        carry = [];
        carryBytes = 0;
      } else {
        carry.push(Buffer.from(chunk.subarray(start)));
        carryBytes += rest;
      }
    }
    if (records.length > 0) yield records;
  }
  if (skippedBytes !== -1) {
    line += 1;
    yield [overlong(skippedBytes)];
  } else if (carryBytes > 0) {
    line += 1;
    const record = parseLine(Buffer.concat(carry), line, first, duplicateKeys);
    if (record) yield [record];
  }
}

function parseLine(
  bytes: Buffer,
  line: number,
  firstLine: boolean,
  duplicateKeys: boolean,
): RawRecord | null {
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
  return parseRecord(text, line, duplicateKeys, true);
}

/**
 * One record's text (a JSON Lines line, a JSON array element) parsed: its value, with the keys it gives twice
 * when `duplicateKeys` asks to look for them, or why it does not parse. `keepText`: a parsed record keeps
 * its text too (a JSON Lines line is the whole of its line, so a fix can rewrite it).
 */
export function parseRecord(text: string, line: number, duplicateKeys: boolean, keepText = false): RawRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: jsonReason(error, text), text };
  }
  const keys =
    duplicateKeys && value !== null && typeof value === "object" && !Array.isArray(value)
      ? duplicateTopLevelKeys(text, value)
      : undefined;
  const record: RawRecord = keepText ? { line, value, text } : { line, value };
  if (keys) record.duplicateKeys = keys;
  return record;
}

/** A NaN, Infinity or -Infinity where a value stands (not inside a string, as far as a quick look tells). */
const NON_FINITE_TOKEN = /[:,[]\s*-?(?:NaN|Infinity)\s*[,}\]]/;

/**
 * Why a record did not parse: the parser's reason, and for the non-finite numbers Python's json.dumps
 * writes by default (allow_nan=True) what they are, since "Unexpected token 'N'" does not say.
 */
function jsonReason(error: unknown, text: string): string {
  const reason = parserReason(error);
  return reason.startsWith("Unexpected token") && NON_FINITE_TOKEN.test(text)
    ? `${reason}: NaN and Infinity are not JSON (Python's json.dumps writes them unless allow_nan=False); write null or a number`
    : reason;
}

/** JSON.parse's message, without V8's echo of the input (which is untrusted and may be huge). */
export function parserReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node 22+ adds "(line 1 column 31)" after the position: one line's column says nothing the
  // position does not, and dropping it keeps reports the same on every Node version.
  return message
    .replace(/,? (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/ \(line \d+ column \d+\)$/, "")
    .slice(0, 200);
}
