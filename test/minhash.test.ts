import { describe, expect, it } from "vitest";
import { BINS, banding, forEachCandidate, SignatureStore, signWords } from "../src/rules/minhash.js";
import { WordHasher } from "./support/word-hasher.js";

// signWords as it was first written (uint32 bins and mixes), to hold the faster one to the same signatures.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const PROBES = Array.from(
  { length: BINS * BINS },
  (_, i) => mix((i >> 7) * 7919 + (i & 127) * 104729 + 1) % BINS,
);
function referenceSignature(words: Uint32Array, length: number, size: number): number[] {
  const bins = new Array<number>(BINS).fill(0xffffffff);
  const shingles = Math.max(1, length - size + 1);
  const width = Math.min(size, length);
  for (let start = 0; start < shingles; start++) {
    let rolling = 0;
    for (let j = 0; j < width; j++)
      rolling = (Math.imul(rolling, 0x01000193) + (words[start + j] as number)) | 0;
    const h = mix(rolling ^ width);
    const bin = h >>> 25;
    bins[bin] = Math.min(bins[bin] as number, h & ((1 << 25) - 1));
  }
  return bins.map((value, bin) => {
    if (value === 0xffffffff) {
      for (let attempt = 0; attempt < BINS; attempt++) {
        const other = bins[PROBES[bin * BINS + attempt] as number] as number;
        if (other !== 0xffffffff) {
          value = mix(other + attempt);
          break;
        }
      }
    }
    return mix(value ^ bin) & 0xff;
  });
}

describe("signWords", () => {
  it("gives the signatures of its first definition", () => {
    const words = new Uint32Array(400);
    let state = 7;
    for (let i = 0; i < words.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      words[i] = Math.imul(state, 0x9e3779b1) >>> 0;
    }
    const out = new Uint8Array(BINS);
    for (const length of [1, 2, 4, 5, 6, 10, 30, 64, 100, 128, 200, 400]) {
      expect(signWords(words, length, 5, out, 0)).toBe(true);
      expect(Array.from(out)).toEqual(referenceSignature(words, length, 5));
    }
  });
});

function words(seed: number, count: number, vocabulary: number): string {
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`w${state % vocabulary}`);
  }
  return out.join(" ");
}

describe("forEachCandidate", () => {
  it("visits, in each band, every later text with the earliest texts of its group, as a plain grouping does", () => {
    // Texts from a small vocabulary, so that many share bands, and copies with an edit or two; enough of
    // them to fill more than one block of signatures (4,096 texts each), the last one in part.
    const store = new SignatureStore();
    const hasher = new WordHasher();
    for (let i = 0; i < 5000; i++) {
      const seed = i % 7 === 0 ? i - 7 : i;
      hasher.reset();
      hasher.add(words(seed, 12, i % 3 === 0 ? 4 : 400));
      store.add(hasher.words, hasher.length, 5, 0, i + 1, 0);
    }
    for (const threshold of [0.8, 0.6]) {
      const { bands, rows } = banding(threshold);
      const expected: string[] = [];
      for (let band = 0; band < bands; band++) {
        const groups = new Map<number, number[]>();
        for (let i = 0; i < store.count; i++) {
          const key = store.bandKey(i, band, rows);
          const group = groups.get(key) ?? [];
          for (const earlier of group.slice(0, 8)) expected.push(`${earlier}-${i}`);
          group.push(i);
          groups.set(key, group);
        }
      }
      const visited: string[] = [];
      forEachCandidate(store, threshold, (earlier, later) => visited.push(`${earlier}-${later}`));
      expect(visited.length).toBeGreaterThan(1000);
      expect(visited.sort()).toEqual(expected.sort());
    }
  });

  it("jaccardAtLeast gives jaccard when it reaches the threshold, else -1", () => {
    const store = new SignatureStore();
    const hasher = new WordHasher();
    for (let i = 0; i < 200; i++) {
      hasher.reset();
      hasher.add(`${words(1, 60, 1000)} ${words(i, i % 40, 1000)}`);
      store.add(hasher.words, hasher.length, 5, 0, i + 1, 0);
    }
    for (const threshold of [0.3, 0.5, 0.8, 0.95]) {
      for (let a = 0; a < 200; a += 3) {
        const j = store.jaccard(0, a);
        expect(store.jaccardAtLeast(0, a, threshold)).toBe(j >= threshold ? j : -1);
      }
    }
  });
});
