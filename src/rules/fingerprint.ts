// Fingerprints for the duplicate rules: 128 bits per text instead of the text, kept in typed arrays so a
// million examples cost a few dozen bytes each and no garbage.
//
// The hash is MurmurHash3 x86_128 (with the tail zero-padded, as nothing outside this process reads it).
// It is not cryptographic, and need not be: it only tells whether two examples of the same dataset are
// equal. Two different texts share a fingerprint by accident with probability 2^-128 (for a million
// examples, about 10^-27 that any pair does); crafting a collision could only fake or hide a duplicate
// finding in the crafter's own data.

/** Int32 words in one fingerprint. */
export const FINGERPRINT_WORDS = 4;

/** Seeds: one-byte and two-byte input are hashed as different byte streams, so they must not share a seed. */
const SEED_LATIN1 = 0x2f6b_a1c5;
const SEED_UTF16 = 0x5d1e_9b37;
const SEED_COMBINED = 0x13c4_7e29;

/**
 * A scratch buffer texts are encoded into before hashing, seen as bytes, UTF-16 code units and int32 words
 * (the platform's order, as the hash reads them); grown (never shrunk) to fit the longest text seen.
 */
export class TextBuffer {
  bytes: Buffer;
  units: Uint16Array;
  words: Int32Array;

  constructor(byteLength = 1 << 16) {
    const buffer = new ArrayBuffer(byteLength);
    this.bytes = Buffer.from(buffer);
    this.units = new Uint16Array(buffer);
    this.words = new Int32Array(buffer);
  }

  /** Makes room for `byteLength` bytes (and the hash's zero padding after them: 16 more). */
  ensureCapacity(byteLength: number): void {
    let size = this.bytes.byteLength;
    if (byteLength + 16 <= size) return;
    while (size < byteLength + 16) size *= 2;
    const buffer = new ArrayBuffer(size);
    this.bytes = Buffer.from(buffer);
    this.units = new Uint16Array(buffer);
    this.words = new Int32Array(buffer);
  }
}

/** Where `fingerprintText` and `combineFingerprints` encode what they hash. */
const scratch = new TextBuffer();

/**
 * Writes the fingerprint of `text` into `out` at `offset`. The text is encoded natively (one byte a
 * character when it is ASCII, else UTF-16) and hashed 16 bytes at a time, which is several times faster
 * than hashing it character by character in JavaScript, and than a crypto hash. An absent text (a missing
 * response) gets all zeros, which no hashed text yields in practice.
 */
export function fingerprintText(text: string | undefined, out: Int32Array, offset: number): void {
  if (text === undefined) {
    out.fill(0, offset, offset + FINGERPRINT_WORDS);
    return;
  }
  scratch.ensureCapacity(text.length * 2);
  // Byte length equals character count exactly when every character is ASCII.
  const ascii = Buffer.byteLength(text, "utf8") === text.length;
  const length = scratch.bytes.write(text, 0, ascii ? "latin1" : "utf16le");
  fingerprintEncoded(scratch, length, ascii, out, offset);
}

/**
 * `fingerprintText` of a text its caller has already encoded into `buffer` as `fingerprintText` would:
 * `length` bytes, one a character when `ascii` (every character is), else UTF-16 little-endian code units.
 */
export function fingerprintEncoded(
  buffer: TextBuffer,
  length: number,
  ascii: boolean,
  out: Int32Array,
  offset: number,
): void {
  murmur3(buffer, length, ascii ? SEED_LATIN1 : SEED_UTF16, out, offset);
}

/** Writes one fingerprint of `count` consecutive fingerprints of `source` (from `sourceOffset`) into `out`. */
export function combineFingerprints(
  source: Int32Array,
  sourceOffset: number,
  count: number,
  out: Int32Array,
  offset: number,
): void {
  const length = count * FINGERPRINT_WORDS;
  scratch.ensureCapacity(length * 4);
  const words = scratch.words;
  for (let i = 0; i < length; i++) words[i] = source[sourceOffset + i] as number;
  murmur3(scratch, length * 4, SEED_COMBINED, out, offset);
}

/** MurmurHash3 x86_128 of the first `length` bytes of `buffer`. */
function murmur3(buffer: TextBuffer, length: number, seed: number, out: Int32Array, offset: number): void {
  const bytes = buffer.bytes;
  const words = buffer.words;
  const blocks = (length + 15) >>> 4;
  for (let i = length; i < blocks << 4; i++) bytes[i] = 0;
  let h1 = seed;
  let h2 = seed;
  let h3 = seed;
  let h4 = seed;
  for (let i = 0; i < blocks << 2; i += 4) {
    let k1 = words[i] as number;
    let k2 = words[i + 1] as number;
    let k3 = words[i + 2] as number;
    let k4 = words[i + 3] as number;

    k1 = Math.imul(k1, 0x239b961b);
    k1 = (k1 << 15) | (k1 >>> 17);
    h1 ^= Math.imul(k1, 0xab0e9789);
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (Math.imul(h1 + h2, 5) + 0x561ccd1b) | 0;

    k2 = Math.imul(k2, 0xab0e9789);
    k2 = (k2 << 16) | (k2 >>> 16);
    h2 ^= Math.imul(k2, 0x38b34ae5);
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (Math.imul(h2 + h3, 5) + 0x0bcaa747) | 0;

    k3 = Math.imul(k3, 0x38b34ae5);
    k3 = (k3 << 17) | (k3 >>> 15);
    h3 ^= Math.imul(k3, 0xa1e38b93);
    h3 = (h3 << 15) | (h3 >>> 17);
    h3 = (Math.imul(h3 + h4, 5) + 0x96cd1c35) | 0;

    k4 = Math.imul(k4, 0xa1e38b93);
    k4 = (k4 << 18) | (k4 >>> 14);
    h4 ^= Math.imul(k4, 0x239b961b);
    h4 = (h4 << 13) | (h4 >>> 19);
    h4 = (Math.imul(h4 + h1, 5) + 0x32ac3b17) | 0;
  }
  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  out[offset] = h1;
  out[offset + 1] = (h2 + h1) | 0;
  out[offset + 2] = (h3 + h1) | 0;
  out[offset + 3] = (h4 + h1) | 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Fingerprints seen so far, each with a few int32 of data (where it was first seen, say): open addressing
 * with linear probing over typed arrays. Per entry: 16 bytes of key, 4 bytes per value word and about 8
 * bytes of slots, where a Map from base64 strings to objects held well over a hundred.
 */
export class FingerprintTable {
  /** Entry index + 1 per slot, 0 for an empty slot; the capacity is a power of two, at most half full. */
  private slots = new Int32Array(1024);
  private keys = new Int32Array(512 * FINGERPRINT_WORDS);
  /** `valueWords` words per entry, for the caller to read and write; reallocated as the table grows. */
  values: Int32Array;
  size = 0;

  constructor(valueWords: number) {
    this.values = new Int32Array(512 * valueWords);
  }

  /**
   * Finds the entry whose key is the fingerprint at `key[offset…]`: returns its index when present; when
   * absent, adds it and returns `~index` (negative), for the caller to fill its values.
   */
  findOrAdd(key: Int32Array, offset: number): number {
    const k0 = key[offset] as number;
    const k1 = key[offset + 1] as number;
    const k2 = key[offset + 2] as number;
    const k3 = key[offset + 3] as number;
    const mask = this.slots.length - 1;
    // The key is already a well-mixed hash: its first word picks the slot.
    for (let slot = k0 & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry === -1) {
        const index = this.add(k0, k1, k2, k3);
        this.slots[slot] = index + 1;
        if (this.size * 2 > this.slots.length) this.rehash();
        return ~index;
      }
      const at = entry * FINGERPRINT_WORDS;
      const keys = this.keys;
      if (keys[at] === k0 && keys[at + 1] === k1 && keys[at + 2] === k2 && keys[at + 3] === k3) return entry;
    }
  }

  private add(k0: number, k1: number, k2: number, k3: number): number {
    const index = this.size++;
    if (index * FINGERPRINT_WORDS === this.keys.length) {
      this.keys = grow(this.keys);
      this.values = grow(this.values);
    }
    const at = index * FINGERPRINT_WORDS;
    this.keys[at] = k0;
    this.keys[at + 1] = k1;
    this.keys[at + 2] = k2;
    this.keys[at + 3] = k3;
    return index;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.size; index++) {
      let slot = (this.keys[index * FINGERPRINT_WORDS] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

function grow(array: Int32Array) {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
