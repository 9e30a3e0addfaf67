import { z } from "zod";
import { combineFingerprints, FINGERPRINT_WORDS } from "./fingerprint.js";
import { banding, forEachCandidate, grow, SignatureStore } from "./minhash.js";
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
  job: (input, result) => earliestNearCopies(input as NearCopyJob, result),
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
        const tag = store.tag.slice(0, count);
        const exactCopy = exactCopies(tag, tagHigh, count);
        // Half the bands go to another thread when there is one, with its last of the pass: each band's
        // candidates are its own, so the earliest match over all bands is the earlier of the two halves'.
        const { bands } = banding(threshold);
        const split = context.share ? bands >> 1 : 0;
        const job: NearCopyJob = {
          blocks: store.blocks,
          count,
          tag,
          tagHigh: tagHigh.slice(0, count),
          exactCopy,
          threshold,
          fromBand: 0,
          toBand: split,
        };
        const theirs = context.share?.(job, count);
        const match = new Int32Array(count);
        earliestNearCopies({ ...job, fromBand: split, toBand: bands }, match);
        if (theirs) {
          const other = theirs();
          for (let later = 0; later < count; later++) {
            const earlier = other[later] as number;
            const current = match[later] as number;
            if (earlier !== -1 && (current === -1 || earlier < current)) match[later] = earlier;
          }
        }
        for (let later = 0; later < count; later++) {
          const earlier = match[later] as number;
          if (earlier === -1) continue;
          // The estimate that passed the threshold: the same count of equal bins.
          const similarity = store.jaccard(earlier, later);
          context.reportAt(store.fileIndex[later] as number, store.line[later] as number, {
            message: `nearly the same example as ${context.where(store.fileIndex[earlier] as number, store.line[earlier] as number)} (estimated Jaccard ${similarity.toFixed(2)} over word 5-grams)`,
          });
        }
      },
    };
  },
});

/** What near-duplicate's banding needs for a range of its bands: all of it can be sent to another thread. */
interface NearCopyJob {
  /** The signatures (SharedArrayBuffer blocks: shared, not copied) of `count` texts. */
  blocks: Uint8Array[];
  count: number;
  /** Each text's exact hash, 64 bits in two words: exact copies are not near ones. */
  tag: Uint32Array;
  tagHigh: Uint32Array;
  /** Which texts are exact copies of an earlier one: duplicate-example's finding, not compared again. */
  exactCopy: Uint8Array;
  threshold: number;
  fromBand: number;
  toBand: number;
}

/**
 * Writes into `match`, for each text, the earliest text that shares one of the job's bands with it and whose
 * estimated similarity reaches the threshold, or -1. The earliest whatever order the pairs come in.
 */
function earliestNearCopies(job: NearCopyJob, match: Int32Array): void {
  const { tag, tagHigh, exactCopy, threshold } = job;
  const store = SignatureStore.over(job.blocks, job.count);
  match.fill(-1);
  forEachCandidate(
    store,
    threshold,
    (earlier, later) => {
      if (exactCopy[later]) return;
      const current = match[later] as number;
      if (current !== -1 && current <= earlier) return;
      if (tag[earlier] === tag[later] && tagHigh[earlier] === tagHigh[later]) return;
      if (store.jaccardAtLeast(earlier, later, threshold) >= 0) match[later] = earlier;
    },
    8,
    job.fromBand,
    job.toBand,
  );
}

/**
 * Which of `count` texts repeat an earlier one's exact hash: an open-addressing table of places (4 bytes a
 * slot), not a Set of a million numbers.
 */
function exactCopies(tag: Uint32Array, tagHigh: Uint32Array, count: number): Uint8Array {
  const exactCopy = new Uint8Array(count);
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
  return exactCopy;
}
