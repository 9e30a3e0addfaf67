import { createHash } from "node:crypto";

/**
 * A compact, collision-safe key for texts already in their normal form (`CheckedExample.comparable`),
 * each part on its own so that no two different tuples of parts share a key.
 */
export function fingerprint(...parts: Array<string | undefined>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part === undefined ? "\u0001" : part).update("\u0000");
  return hash.digest("base64");
}
