import { createHash } from "node:crypto";
import type { Example } from "../model/example.js";
import type { Finding } from "../model/finding.js";
import { normaliseForComparison } from "../rules/language.js";

// Content hashes that identify an example or a finding across runs (baselines, review dedup), whatever line it sits on.

/** A short, stable hash of parts, none of which can run into the next. */
function digest(parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("base64url").slice(0, 22);
}

/** What an example holds, whitespace and case aside: the same content hashes the same wherever it sits. */
export function exampleContentHash(example: Example): string {
  return digest([
    "example",
    normaliseForComparison(example.prompt),
    example.chosen === undefined ? "\u0001" : normaliseForComparison(example.chosen),
    example.rejected === undefined ? "\u0001" : normaliseForComparison(example.rejected),
    example.category ?? "\u0001",
  ]);
}

/** The content hash of a record that is no example (a line that is not JSON, a value that is no object). */
export function rawContentHash(text: string): string {
  return digest(["raw", text]);
}

/**
 * A finding's fingerprint: its rule, where it is (the file's path, or the dataset's name), the content
 * of the example it is about (none for findings about a whole file or dataset), the field, and the
 * rule's key for findings that repeat on one field (pii's kinds, category-distribution's categories).
 */
export function findingFingerprint(
  finding: Pick<Finding, "rule" | "field">,
  scope: string,
  content: string | undefined,
  key: string | undefined,
): string {
  return digest([finding.rule, scope, content ?? "", finding.field ?? "", key ?? ""]);
}
