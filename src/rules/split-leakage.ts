import { z } from "zod";
import { forEachCandidate, grow, SignatureStore } from "./minhash.js";
import { defineRule } from "./rule.js";

/** The split that trains the model; every other split (test, validation, …) is held out from it. */
export const TRAIN_SPLIT = "train";
/** Prompts are short: word 3-grams still see one changed word as a small change. */
const SHINGLE_WORDS = 3;

export const splitLeakage = defineRule({
  id: "split-leakage",
  description:
    "A prompt of a held-out split (test, validation) equals, or nearly equals (Jaccard of word 3-grams at least `threshold`, default 0.8), a prompt of the train split.",
  advice:
    "Remove the example from one of the splits: a test prompt the model trained on measures memory, not generalisation. Splits come from the config's `splits`, or from file names (train, test, validation, dev, eval).",
  defaultSeverity: "error",
  kind: "example",
  scope: "record",
  stateful: true,
  fingerprints: true,
  wordHashes: true,
  options: z.object({ threshold: z.number().min(0.3).max(1).default(0.8) }).strict(),
  create: (context) => {
    const splits = context.splits;
    const names = [...new Set(splits.values())];
    // Nothing to compare unless the dataset has a train split and a held-out one.
    if (!names.includes(TRAIN_SPLIT) || names.length < 2) return {};
    const threshold = context.options.threshold;
    const store = new SignatureStore();
    /** Per stored prompt: its split's position in `names` (train's is TRAIN_INDEX). */
    let splitIndex = new Uint8Array(1024);
    const trainIndex = names.indexOf(TRAIN_SPLIT);
    return {
      example(example) {
        const split = splits.get(example.fileIndex);
        if (split === undefined || example.prompt.trim() === "") return;
        // The engine's word hashes of the comparable prompt.
        const { words, promptLength } = example.wordHashes;
        const slot = store.count;
        if (
          !store.add(
            words,
            promptLength,
            SHINGLE_WORDS,
            example.fileIndex,
            example.line,
            // The first word of the engine's fingerprint of the comparable prompt: equal prompts, equal tags.
            (example.fingerprints[0] as number) >>> 0,
          )
        ) {
          return;
        }
        if (slot === splitIndex.length) splitIndex = grow(splitIndex);
        splitIndex[slot] = names.indexOf(split);
      },
      end() {
        const isTrain = (i: number) => splitIndex[i] === trainIndex;
        // Exact copies first, by hash; then near ones, among band-sharing pairs of train and held-out prompts.
        const firstTrain = new Map<number, number>();
        for (let i = 0; i < store.count; i++) {
          if (isTrain(i) && !firstTrain.has(store.tag[i] as number))
            firstTrain.set(store.tag[i] as number, i);
        }
        const match = new Int32Array(store.count).fill(-1);
        const similarity = new Float32Array(store.count);
        for (let i = 0; i < store.count; i++) {
          if (isTrain(i)) continue;
          const train = firstTrain.get(store.tag[i] as number);
          // A 32-bit hash can collide: equal prompts also have equal signatures.
          if (train !== undefined && store.jaccard(train, i) === 1) {
            match[i] = train;
            similarity[i] = 1;
          }
        }
        forEachCandidate(
          store,
          threshold,
          (a, b) => {
            const [train, held] =
              isTrain(a) && !isTrain(b) ? [a, b] : isTrain(b) && !isTrain(a) ? [b, a] : [-1, -1];
            if (train === -1 || (match[held] as number) !== -1) return;
            const jaccard = store.jaccard(train, held);
            if (jaccard < threshold) return;
            match[held] = train;
            similarity[held] = jaccard;
          },
          32,
        );
        for (let held = 0; held < store.count; held++) {
          const train = match[held] as number;
          if (train === -1) continue;
          const where = context.where(store.fileIndex[train] as number, store.line[train] as number);
          const split = names[splitIndex[held] as number];
          const exact = similarity[held] === 1 && store.tag[held] === store.tag[train];
          context.reportAt(store.fileIndex[held] as number, store.line[held] as number, {
            field: "prompt",
            message: exact
              ? `this ${split} prompt is also in the train split, at ${where}`
              : `this ${split} prompt nearly equals a train prompt, at ${where} (estimated Jaccard ${(similarity[held] as number).toFixed(2)} over word 3-grams)`,
          });
        }
      },
    };
  },
});
