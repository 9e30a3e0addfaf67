import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../model/report.js";
import { didYouMean } from "../rules/did-you-mean.js";

/** Longest line offered as a suggestion: a longer record is fixed by hand, not reviewed in a comment. */
const MAX_SUGGESTED_LINE = 20_000;

/**
 * The corrected text of each changed line whose fix is mechanical and certain, keyed by `path:line`, for
 * GitHub suggestions the author commits with one click. Today that is an unknown category with an
 * obvious nearest category (another spelling, a stray space, a near typo) in a JSON Lines record: the
 * category's value is replaced in place, and the result must parse to the same record but for the
 * category, or nothing is suggested. Prose is never rewritten.
 */
export async function mechanicalFixes(report: Report, workspace: string): Promise<Record<string, string>> {
  const fixes: Record<string, string> = {};
  for (const file of report.files) {
    const wanted = file.findings.filter(
      (f) => f.rule === "unknown-category" && f.line !== undefined && !f.baselined,
    );
    if (wanted.length === 0 || file.container !== "jsonl" || file.compression !== null) continue;
    const categories = report.datasets
      .find((d) => d.files.includes(file.path))
      ?.categories.map((c) => c.name);
    if (!categories || categories.length === 0) continue;
    let lines: string[];
    try {
      lines = (await readFile(path.resolve(workspace, file.path), "utf8")).split("\n");
    } catch {
      continue;
    }
    for (const finding of wanted) {
      const text = lines[(finding.line as number) - 1]?.replace(/\r$/, "");
      if (text === undefined || text.length > MAX_SUGGESTED_LINE) continue;
      const fixed = fixCategory(text, categories);
      if (fixed !== undefined) fixes[`${file.path}:${finding.line}`] = fixed;
    }
  }
  return fixes;
}

/** The record's line with its unknown `category` replaced by the nearest known one, when that is certain. */
export function fixCategory(line: string, categories: string[]): string | undefined {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  const value = (record as Record<string, unknown>).category;
  if (typeof value !== "string" || categories.includes(value)) return undefined;
  const target = didYouMean(value, categories);
  if (target === undefined) return undefined;
  // The value as the line spells it: exactly once after the key, or the edit is not certain.
  const pattern = new RegExp(`("category"\\s*:\\s*)${escapeRegExp(JSON.stringify(value))}`, "g");
  const matches = [...line.matchAll(pattern)];
  if (matches.length !== 1) return undefined;
  const fixed = line.replace(pattern, (_, key: string) => `${key}${JSON.stringify(target)}`);
  try {
    const parsed = JSON.parse(fixed) as Record<string, unknown>;
    const expected = { ...(record as Record<string, unknown>), category: target };
    return JSON.stringify(parsed) === JSON.stringify(expected) ? fixed : undefined;
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
