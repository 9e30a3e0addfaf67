import { z } from "zod";
import { combineFingerprints, FINGERPRINT_WORDS } from "./fingerprint.js";
import { forEachCandidate, grow, SignatureStore } from "./minhash.js";
import { defineRule } from "./rule.js";

/** Word 5-grams, as datatrove and text-dedup shingle documents. */
const SHINGLE_WORDS = 5;

export const nearDuplicate = defineRule({
  id: "near-duplicate",
  description:
    "An example is nearly the same as an earlier one of the dataset: Jaccard similarity of their word 5-grams at least `threshold` (default 0.8), estimated by MinHash.",
  advice:
    "Keep one of the two, or make them differ where it matters: near-copies over-weight what they teach and, across splits, leak test data into training.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  stateful: true,
  fingerprints: true,
  wordHashes: true,
  options: z.object({ threshold: z.number().min(0.3).max(1).default(0.8) }).strict(),
  create: (context) => {
    const threshold = context.options.threshold;
    // 128 bytes of signature and 16 bytes of place and exact hash (64 bits) per example, never the text.
    const store = new SignatureStore();
    let tagHigh = new Uint32Array(1024);
    const key = new Int32Array(FINGERPRINT_WORDS);
    return {
      example(example) {
        // The engine hashed the words of the comparable texts (absent ones as empty fields); exact copies
        // are told apart by its fingerprints, as duplicate-example does.
        const { words, length } = example.wordHashes;
        combineFingerprints(example.fingerprints, 0, 3, key, 0);
        const slot = store.count;
        if (!store.add(words, length, SHINGLE_WORDS, example.fileIndex, example.line, key[0] as number))
          return;
        if (slot === tagHigh.length) tagHigh = grow(tagHigh);
        tagHigh[slot] = key[1] as number;
      },
      end() {
        const count = store.count;
        const tag = store.tag;
        // An exact copy of an earlier example is duplicate-example's finding; it is not compared again.
        // Found with an open-addressing table of places (4 bytes a slot), not a Set of a million numbers.
        const exactCopy = new Uint8Array(count);
        {
          let capacity = 1024;
          while (capacity < count * 2) capacity *= 2;
          const mask = capacity - 1;
          const table = new Int32Array(capacity).fill(-1);
          for (let i = 0; i < count; i++) {
            const low = tag[i] as number;
            const high = tagHigh[i] as number;
            let at = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
            for (;;) {
              const other = table[at] as number;
              if (other === -1) {
                table[at] = i;
                break;
              }
              if (tag[other] === low && tagHigh[other] === high) {
                exactCopy[i] = 1;
                break;
              }
              at = (at + 1) & mask;
            }
          }
        }
        // For each example, the earliest example it nearly duplicates.
        const match = new Int32Array(count).fill(-1);
        const similarity = new Float32Array(count);
        forEachCandidate(store, threshold, (earlier, later) => {
          if (exactCopy[later]) return;
          const current = match[later] as number;
          if (current !== -1 && current <= earlier) return;
          if (tag[earlier] === tag[later] && tagHigh[earlier] === tagHigh[later]) return;
          const jaccard = store.jaccardAtLeast(earlier, later, threshold);
          if (jaccard < 0) return;
          match[later] = earlier;
          similarity[later] = jaccard;
        });
        for (let later = 0; later < count; later++) {
          const earlier = match[later] as number;
          if (earlier === -1) continue;
          context.reportAt(store.fileIndex[later] as number, store.line[later] as number, {
            message: `nearly the same example as ${context.where(store.fileIndex[earlier] as number, store.line[earlier] as number)} (estimated Jaccard ${(similarity[later] as number).toFixed(2)} over word 5-grams)`,
          });
        }
      },
    };
  },
});
