import type { FindingFix } from "../model/finding.js";
import { MAX_TEXT } from "../model/schema-bounds.js";
import type { FieldFix } from "../rules/rule.js";

/**
 * The longest line a fix is offered for: a longer record is fixed by hand, not in a review comment, and
 * the report (which carries the fixed line) stays within its bounds.
 */
export const MAX_FIXED_LINE = MAX_TEXT;

/**
 * A rule's fix of one field, made the new text of the record's line (a JSON Lines line, as the file holds
 * it): the field's value is replaced in place, so the rest of the line keeps its spelling. Undefined
 * unless the edit is certain: the value is spelt exactly once after its key, and the fixed line parses to
 * the same record but for the field. Prose is never rewritten: only a field's whole value is.
 */
export function lineFix(lineText: string, line: number, fix: FieldFix): FindingFix | undefined {
  if (lineText.length > MAX_FIXED_LINE) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(lineText);
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  if ((record as Record<string, unknown>)[fix.field] !== fix.from) return undefined;
  const pattern = new RegExp(
    `(${escapeRegExp(JSON.stringify(fix.field))}\\s*:\\s*)${escapeRegExp(JSON.stringify(fix.from))}`,
    "g",
  );
  if ([...lineText.matchAll(pattern)].length !== 1) return undefined;
  const fixed = lineText.replace(pattern, (_, key: string) => `${key}${JSON.stringify(fix.to)}`);
  if (fixed.length > MAX_FIXED_LINE) return undefined;
  try {
    const expected = { ...(record as Record<string, unknown>), [fix.field]: fix.to };
    if (JSON.stringify(JSON.parse(fixed)) !== JSON.stringify(expected)) return undefined;
  } catch {
    return undefined;
  }
  return { line, endLine: line, text: fixed };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
