import { StringDecoder } from "node:string_decoder";
import { parseRecord } from "./jsonl.js";
import type { RawRecord } from "./raw-record.js";
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from "./read-limits.js";

enum Char {
  Newline = 10,
  Quote = 34,
  Comma = 44,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
  Bom = 0xfeff,
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === Char.Bom;
}

/**
 * Streams the elements of one top-level JSON array, each with the 1-based line where it starts (and, for
 * one that spans lines, the line of its closing brace: where a review comment on the whole record ends).
 * It splits the text at the array's top-level commas (tracking strings and nesting) and parses each
 * element on its own, so a broken record is reported at its line and the next one is still read,
 * and memory holds one chunk's records at a time, never the whole array. The records of each chunk are
 * yielded together, as readJsonLines does.
 */
export async function* readJsonArray(
  chunks: AsyncIterable<Buffer>,
  limits: Pick<ReadLimits, "maxLineBytes" | "duplicateKeys"> = DEFAULT_READ_LIMITS,
): AsyncGenerator<RawRecord[]> {
  const { maxLineBytes } = limits;
  const duplicateKeys = limits.duplicateKeys ?? true;
  const decoder = new StringDecoder("utf8");
  let line = 1;
  /** 0: before the array; 1: inside it, between elements; deeper: inside an element. */
  let depth = 0;
  let closed = false;
  let inString = false;
  let escaped = false;
  /** Pieces of the current element's text, when it spans chunks. */
  let pieces: string[] = [];
  /** Characters held in `pieces`; -1 once the element is past the cap and its text is no longer kept. */
  let piecesLength = 0;
  /** The current element's length so far, kept or not. */
  let elementLength = 0;
  let elementLine = 0;
  /** The line of the current element's closing brace or bracket: where a multi-line record ends. */
  let elementEndLine = 0;
  let inElement = false;
  let sawComma = false;

  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    const records: RawRecord[] = [];
    let elementStart = inElement ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === Char.Newline) {
        line += 1;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (code === Char.Backslash) escaped = true;
        else if (code === Char.Quote) inString = false;
        continue;
      }
      if (closed) {
        if (!isWhitespace(code)) {
          records.push({ line, error: "unexpected content after the closing ']' of the array" });
          yield records;
          return;
        }
        continue;
      }
      if (depth === 0) {
        if (isWhitespace(code)) continue;
        if (code !== Char.OpenBracket) {
          records.push({
            line,
            error: `expected a JSON array of records at the top level, found '${text[i]}'`,
          });
          yield records;
          return;
        }
        depth = 1;
        continue;
      }
      if (depth === 1) {
        if (code === Char.Comma || code === Char.CloseBracket) {
          if (inElement) {
            elementLength += i - elementStart;
            let record: RawRecord;
            if (piecesLength === -1 || elementLength > maxLineBytes) {
              record = {
                line: elementLine,
                rule: "line-too-long",
                error: `the record holds ${elementLength} characters, over the cap of ${formatBytes(maxLineBytes)} (limits.max-line-bytes): not read`,
              };
            } else {
              pieces.push(text.slice(elementStart, i));
              record = parseRecord(pieces.join(""), elementLine, duplicateKeys);
            }
            if (elementEndLine > elementLine) record.endLine = elementEndLine;
            records.push(record);
            pieces = [];
            piecesLength = 0;
            elementLength = 0;
            inElement = false;
            elementStart = -1;
          } else if (code === Char.Comma || sawComma) {
            records.push({
              line,
              error: code === Char.Comma ? "unexpected ',': an empty element" : "trailing comma before ']'",
            });
          }
          sawComma = code === Char.Comma;
          if (code === Char.CloseBracket) {
            depth = 0;
            closed = true;
          }
          continue;
        }
        if (!inElement) {
          if (isWhitespace(code)) continue;
          inElement = true;
          elementStart = i;
          elementLine = line;
          elementEndLine = line;
        }
      }
      if (code === Char.Quote) inString = true;
      else if (code === Char.OpenBrace || code === Char.OpenBracket) depth += 1;
      else if ((code === Char.CloseBrace || code === Char.CloseBracket) && depth > 1) {
        depth -= 1;
        if (depth === 1) elementEndLine = line;
      }
    }
    if (inElement) {
      const rest = text.length - elementStart;
      elementLength += rest;
      if (piecesLength !== -1 && elementLength > maxLineBytes) {
        // Past the cap: drop what is held; the element is still walked to its end, only not kept.
        pieces = [];
        piecesLength = -1;
      } else if (piecesLength !== -1) {
        pieces.push(text.slice(elementStart));
        piecesLength += rest;
      }
    }
    if (records.length > 0) yield records;
  }
  decoder.end();
  if (!closed) {
    yield [
      {
        line,
        error:
          depth === 0 ? "the file holds no JSON array" : "unexpected end of file: the array is not closed",
      },
    ];
  }
}
