import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../model/report.js";

/**
 * Where each record of a JSON array file ends: its first line → its last line, for records that span
 * more than one line. Findings name a record's first line; a review comment on a whole pretty-printed
 * record needs its last line too (`start_line` … `line`). One pass over the text, aware of strings; a
 * record is an object or array directly inside the top-level array.
 */
export function jsonArrayRecordSpans(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (code === 92) escaped = true;
      else if (code === 34) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (depth === 1) start = line;
      depth++;
    } else if (code === 125 || code === 93) {
      depth--;
      if (depth === 1 && line > start) spans.set(start, line);
    }
  }
  return spans;
}

/**
 * The spans of the records that carry findings in the report's uncompressed JSON array files, keyed by
 * path and then by first line: plain data for the review, computed from the checkout.
 */
export async function findingRecordSpans(
  report: Report,
  workspace: string,
): Promise<Record<string, Record<string, number>>> {
  const spans: Record<string, Record<string, number>> = {};
  for (const file of report.files) {
    if (file.container !== "json" || file.compression !== null) continue;
    const lines = new Set(file.findings.flatMap((f) => (f.line !== undefined ? [f.line] : [])));
    if (lines.size === 0) continue;
    let text: string;
    try {
      text = await readFile(path.resolve(workspace, file.path), "utf8");
    } catch {
      continue; // unreadable: its findings keep their one-line comments
    }
    const fileSpans: Record<string, number> = {};
    for (const [first, last] of jsonArrayRecordSpans(text)) {
      if (lines.has(first)) fileSpans[String(first)] = last;
    }
    if (Object.keys(fileSpans).length > 0) spans[file.path] = fileSpans;
  }
  return spans;
}
