// MinHash signatures for near-duplicate texts, kept small: one byte per bin.
//
// Signatures use one-permutation hashing with optimal densification (Li, Owen & Zhang 2012; Shrivastava
// 2017): every shingle is hashed once and falls into one of BINS bins, each bin keeps its minimum, and
// empty bins borrow a filled bin's value along a fixed random probe sequence. That costs O(shingles + BINS)
// per text instead of O(shingles × BINS) for BINS independent permutations, with the same estimator.
// Each bin is then stored as its lowest 8 bits (b-bit minwise hashing, Li & König 2010): 128 bytes a text.
// Two texts agree on a bin with probability J + (1 − J)/256, which `estimateJaccard` corrects for.

export const BINS = 128;
const BIN_SHIFT = 25; // 32 − log2(BINS): the top bits of a shingle's hash choose its bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const CHANCE = 1 / 256;

/** Marks a boundary between fields, so no shingle runs from the prompt into the response unnoticed. */
export const FIELD_SEPARATOR = 0x5f3759df;

function mix(h: number): number {
  // murmur3's finaliser: spreads every input bit over every output bit.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `mix` as a signed 32-bit integer: the same bits, kept in V8's small integers in the signing loops. */
function mixInt(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** For each bin, the order in which an empty bin probes the others: the same for every text. */
const PROBES: Uint8Array = (() => {
  const probes = new Uint8Array(BINS * BINS);
  for (let bin = 0; bin < BINS; bin++) {
    for (let attempt = 0; attempt < BINS; attempt++)
      probes[bin * BINS + attempt] = mix(bin * 7919 + attempt * 104729 + 1) % BINS;
  }
  return probes;
})();

/**
 * A word is a run of word characters (ASCII_WORD, isWideWordCode); its hash is FNV-1a over its UTF-16 code
 * units: this basis, then each unit xored in and multiplied. Fields are hashed apart: FIELD_SEPARATOR between.
 */
export const WORD_HASH_BASIS = 0x811c9dc5;
export const WORD_HASH_PRIME = 0x01000193;

/** Which ASCII characters are word characters: letters and digits. */
export const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;
}

/** Beyond ASCII, letters of every script are word characters; Latin-1 signs, punctuation blocks are not. */
export function isWideWordCode(code: number): boolean {
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    (code < 0x2000 || code > 0x2bff) &&
    (code < 0x3000 || code > 0x303f)
  );
}

/**
 * Each bin's minimum while a text is signed. Signed 32-bit, with an empty bin above every value (values
 * have 25 bits): a Uint32Array's values above 2^31 are doubles to V8, and mixing them cost three times
 * what the rest of signing does.
 */
const bins = new Int32Array(BINS);
const EMPTY_BIN = 0x7fffffff;
/** The rolling hash's base: odd, with well-spread bits. */
const ROLL = 0x01000193;

/**
 * Writes the signature of the word sequence's `size`-word shingles into `out` at `offset` (BINS bytes).
 * A text shorter than one shingle is one shingle of all its words. Returns false for a text without words.
 */
export function signWords(
  words: Uint32Array,
  length: number,
  size: number,
  out: Uint8Array,
  offset: number,
): boolean {
  if (length === 0) return false;
  bins.fill(EMPTY_BIN);
  const shingles = Math.max(1, length - size + 1);
  const width = Math.min(size, length);
  // A polynomial rolling hash of the shingle's words (mod 2^32): each step adds a word and drops one.
  let lead = 1; // ROLL^(width − 1): the weight of the word that leaves next
  for (let j = 1; j < width; j++) lead = Math.imul(lead, ROLL);
  let rolling = 0;
  for (let j = 0; j < width; j++) rolling = (Math.imul(rolling, ROLL) + (words[j] as number)) | 0;
  for (let start = 0; start < shingles; start++) {
    if (start > 0) {
      rolling = (rolling - Math.imul(words[start - 1] as number, lead)) | 0;
      rolling = (Math.imul(rolling, ROLL) + (words[start + width - 1] as number)) | 0;
    }
    const h = mixInt(rolling ^ width);
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < (bins[bin] as number)) bins[bin] = value;
  }
  for (let bin = 0; bin < BINS; bin++) {
    let value = bins[bin] as number;
    if (value === EMPTY_BIN) {
      for (let attempt = 0; attempt < BINS; attempt++) {
        const other = bins[PROBES[bin * BINS + attempt] as number] as number;
        if (other !== EMPTY_BIN) {
          // Which attempt found it is part of the value, so a borrowed value differs from the original.
          value = mixInt(other + attempt);
          break;
        }
      }
      // No filled bin on the probe sequence (a text of a few shingles): the empty value's own bits, as before.
      if (value === EMPTY_BIN) value = -1;
    }
    out[offset + bin] = mixInt(value ^ bin) & 0xff;
  }
  return true;
}

/**
 * LSH banding for a threshold: `bands` × `rows` = BINS, with rows as large as keeps the S-curve's
 * midpoint (1/bands)^(1/rows) at least 0.05 under the threshold, so pairs at the threshold are found with
 * high probability (16 × 8 at 0.8: 93 %) while dissimilar pairs rarely meet.
 */
export function banding(threshold: number): { bands: number; rows: number } {
  for (const rows of [16, 8, 4, 2]) {
    const bands = BINS / rows;
    if ((1 / bands) ** (1 / rows) <= threshold - 0.05) return { bands, rows };
  }
  return { bands: BINS, rows: 1 };
}

/**
 * Texts per block of signatures: blocks of 512 KB are added as texts come, never copied or doubled. They are
 * SharedArrayBuffers, so another thread can read them without a copy (near-duplicate's banding, split by bands).
 */
const BLOCK_TEXTS = 4096;
const BLOCK_SHIFT = 12;

/**
 * The signatures of a dataset's texts, 128 bytes each in fixed blocks, with three numbers per text (its
 * file index, its line, and one 32-bit word for the caller: an exact hash). Never the texts themselves.
 */
export class SignatureStore {
  count = 0;
  blocks: Uint8Array[] = [];
  fileIndex = new Int32Array(1024);
  line = new Int32Array(1024);
  tag = new Uint32Array(1024);

  /** Signs the next text's words (see signWords) and keeps it; false, and nothing kept, for no words. */
  add(
    words: Uint32Array,
    length: number,
    size: number,
    fileIndex: number,
    line: number,
    tag: number,
  ): boolean {
    const slot = this.count;
    if (slot >> BLOCK_SHIFT === this.blocks.length)
      this.blocks.push(new Uint8Array(new SharedArrayBuffer(BLOCK_TEXTS * BINS)));
    const block = this.blocks[slot >> BLOCK_SHIFT] as Uint8Array;
    if (!signWords(words, length, size, block, (slot & (BLOCK_TEXTS - 1)) * BINS)) return false;
    if (slot === this.line.length) {
      this.fileIndex = grow(this.fileIndex);
      this.line = grow(this.line);
      this.tag = grow(this.tag);
    }
    this.fileIndex[slot] = fileIndex;
    this.line[slot] = line;
    this.tag[slot] = tag;
    this.count++;
    return true;
  }

  /**
   * The signatures of another store's `count` texts, read in place from its blocks (as another thread receives
   * them): for comparing and banding only, without places or tags.
   */
  static over(blocks: Uint8Array[], count: number): SignatureStore {
    const store = new SignatureStore();
    store.blocks = blocks;
    store.count = count;
    return store;
  }

  /** The Jaccard similarity two texts' signatures estimate, corrected for chance agreement of 8-bit values. */
  jaccard(a: number, b: number): number {
    const blockA = this.blocks[a >> BLOCK_SHIFT] as Uint8Array;
    const blockB = this.blocks[b >> BLOCK_SHIFT] as Uint8Array;
    const offsetA = (a & (BLOCK_TEXTS - 1)) * BINS;
    const offsetB = (b & (BLOCK_TEXTS - 1)) * BINS;
    let equal = 0;
    for (let i = 0; i < BINS; i++) if (blockA[offsetA + i] === blockB[offsetB + i]) equal++;
    return Math.max(0, (equal / BINS - CHANCE) / (1 - CHANCE));
  }

  /**
   * `jaccard(a, b)` when it is at least `threshold`, else -1: stops comparing as soon as too many bins
   * differ for the estimate to reach the threshold (most candidate pairs fail within half the bins).
   */
  jaccardAtLeast(a: number, b: number, threshold: number): number {
    const blockA = this.blocks[a >> BLOCK_SHIFT] as Uint8Array;
    const blockB = this.blocks[b >> BLOCK_SHIFT] as Uint8Array;
    const offsetA = (a & (BLOCK_TEXTS - 1)) * BINS;
    const offsetB = (b & (BLOCK_TEXTS - 1)) * BINS;
    // One bin of slack over the exact bound, so rounding never stops a pair that passes below.
    const allowed = BINS - Math.floor(BINS * (threshold * (1 - CHANCE) + CHANCE)) + 1;
    let differ = 0;
    for (let i = 0; i < BINS; i++) {
      if (blockA[offsetA + i] !== blockB[offsetB + i] && ++differ > allowed) return -1;
    }
    const jaccard = Math.max(0, ((BINS - differ) / BINS - CHANCE) / (1 - CHANCE));
    return jaccard >= threshold ? jaccard : -1;
  }

  /** A 32-bit key of one band of a text's signature. */
  bandKey(text: number, band: number, rows: number): number {
    const block = this.blocks[text >> BLOCK_SHIFT] as Uint8Array;
    const from = (text & (BLOCK_TEXTS - 1)) * BINS + band * rows;
    let h = band + 1;
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ (block[from + r] as number), 0x01000193);
    return mix(h);
  }

  /** `bandKey(text, band, rows)` of every text, in text order, into `keys`: block by block, without a call per text. */
  bandKeys(band: number, rows: number, keys: Uint32Array): void {
    const n = this.count;
    for (let first = 0; first < n; first += BLOCK_TEXTS) {
      const block = this.blocks[first >> BLOCK_SHIFT] as Uint8Array;
      const texts = Math.min(BLOCK_TEXTS, n - first);
      let from = band * rows;
      for (let t = 0; t < texts; t++, from += BINS) {
        let h = band + 1;
        for (let r = 0; r < rows; r++) h = Math.imul(h ^ (block[from + r] as number), 0x01000193);
        keys[first + t] = mix(h);
      }
    }
  }
}

/** A typed array of twice the length holding the same values first. */
export function grow<T extends Int32Array | Uint32Array | Uint8Array>(array: T): T {
  const grown = new (array.constructor as new (n: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * Calls `visit(earlier, later)` for pairs of texts that share a band, each later text with at most
 * `perGroup` earlier ones of each group (the earliest ones). Only the bands from `fromBand` up to (not
 * including) `toBand` when given: the candidates of each band do not depend on the others'. One band's
 * keys are held at a time (16 bytes a text), ordered by a radix sort of three 11-bit digits that moves
 * each key with its text: stable, so each group keeps the texts' order, linear, and with 2,048 buckets a
 * pass its writes stay in cache, where sorting a million float64 keys per band, or radix passes of 65,536
 * buckets, missed it at every step.
 */
export function forEachCandidate(
  store: SignatureStore,
  threshold: number,
  visit: (earlier: number, later: number) => void,
  perGroup = 8,
  fromBand = 0,
  toBand = banding(threshold).bands,
): void {
  const { rows } = banding(threshold);
  const n = store.count;
  if (n < 2 || fromBand >= toBand) return;
  let keys = new Uint32Array(n);
  let texts = new Uint32Array(n);
  let sortedKeys = new Uint32Array(n);
  let sortedTexts = new Uint32Array(n);
  const counts = new Uint32Array(RADIX + 1);
  for (let band = fromBand; band < toBand; band++) {
    store.bandKeys(band, rows, keys);
    for (let i = 0; i < n; i++) texts[i] = i;
    for (let shift = 0; shift < 32; shift += RADIX_BITS) {
      counts.fill(0);
      for (let i = 0; i < n; i++) {
        const d = (((keys[i] as number) >>> shift) & RADIX_MASK) + 1;
        counts[d] = (counts[d] as number) + 1;
      }
      for (let d = 1; d <= RADIX; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
      for (let i = 0; i < n; i++) {
        const key = keys[i] as number;
        const d = (key >>> shift) & RADIX_MASK;
        const to = counts[d] as number;
        counts[d] = to + 1;
        sortedKeys[to] = key;
        sortedTexts[to] = texts[i] as number;
      }
      [keys, sortedKeys] = [sortedKeys, keys];
      [texts, sortedTexts] = [sortedTexts, texts];
    }
    let groupStart = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && keys[k] === keys[groupStart]) continue;
      for (let later = groupStart + 1; later < k; later++) {
        const end = Math.min(later, groupStart + perGroup);
        const text = texts[later] as number;
        for (let earlier = groupStart; earlier < end; earlier++) visit(texts[earlier] as number, text);
      }
      groupStart = k;
    }
  }
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;
