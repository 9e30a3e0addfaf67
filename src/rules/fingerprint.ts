import { createHash } from "node:crypto";
import type { Example } from "../model.js";
import { normaliseForComparison } from "./language.js";

/** A compact, collision-safe key for a text in its normal form (trimmed, case-folded, spaces collapsed). */
export function textFingerprint(text: string): string {
  return createHash("sha1").update(normaliseForComparison(text)).digest("base64");
}

/** The key of a whole example: prompt, chosen and rejected (a KTO example: prompt and its one completion). */
export function exampleFingerprint(example: Example): string {
  return textFingerprint(
    `${example.prompt}\u0000${example.chosen ?? "\u0001"}\u0000${example.rejected ?? "\u0001"}`,
  );
}
