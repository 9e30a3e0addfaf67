import { z } from "zod";
import { forEachCandidate, SignatureStore, WordHasher } from "./minhash.js";
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
  options: z.object({ threshold: z.number().min(0.3).max(1).default(0.8) }).strict(),
  create: (context) => {
    const threshold = context.options.threshold;
    const hasher = new WordHasher();
    // 128 bytes of signature and 12 bytes of place and hash per example, never the text.
    const store = new SignatureStore();
    return {
      example(example) {
        const { prompt, chosen, rejected } = example.comparable;
        hasher.reset();
        hasher.add(prompt);
        hasher.add(chosen ?? "");
        hasher.add(rejected ?? "");
        store.add(hasher.words, hasher.length, SHINGLE_WORDS, example.fileIndex, example.line, hasher.exact);
      },
      end() {
        // For each example, the earliest example it nearly duplicates (exact copies are duplicate-example's).
        const match = new Int32Array(store.count).fill(-1);
        const similarity = new Float32Array(store.count);
        // An exact copy of an earlier example is duplicate-example's finding; it is not compared again.
        const exactCopy = new Uint8Array(store.count);
        const seen = new Set<number>();
        for (let i = 0; i < store.count; i++) {
          const tag = store.tag[i] as number;
          if (seen.has(tag)) exactCopy[i] = 1;
          else seen.add(tag);
        }
        seen.clear();
        forEachCandidate(store, threshold, (earlier, later) => {
          if (exactCopy[later]) return;
          const current = match[later] as number;
          if (current !== -1 && current <= earlier) return;
          if (store.tag[earlier] === store.tag[later]) return;
          const jaccard = store.jaccard(earlier, later);
          if (jaccard < threshold) return;
          match[later] = earlier;
          similarity[later] = jaccard;
        });
        for (let later = 0; later < store.count; later++) {
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
