// The comparable form of a text, its fingerprint and its word hashes, from one pass (issue 18).
//
// The comparable form is `normaliseForComparison` (language.ts): case-folded with toLowerCase, trimmed, every
// run of whitespace one space. The fingerprint is `fingerprintText` of that form (fingerprint.ts) and the
// word hashes are its words' hashes as minhash.ts defines them (test/support/word-hasher.ts spells the
// definition out). Made separately, they cost a case-folded copy, a trimmed one, a regex test and a rebuilt
// string, then two encodings of the result to bytes and a scan of each. Here the case-folded text is encoded once into a scratch buffer, trimmed and collapsed there
// in place while its words are hashed, and the buffer is hashed as it stands; a string is made only when the
// form differs from the folded text. test/comparable-text.test.ts holds every result to the separate functions.

import { isWhitespaceUnit } from "../read/whitespace.js";
import { FINGERPRINT_WORDS, fingerprintEncoded, TextBuffer } from "./fingerprint.js";
import { comparisonForm } from "./language.js";
import {
  ASCII_WORD,
  FIELD_SEPARATOR,
  grow,
  isWideWordCode,
  WORD_HASH_BASIS,
  WORD_HASH_PRIME,
} from "./minhash.js";

/**
 * Makes the comparable forms of an example's texts one after the other, with their fingerprints, and
 * (when asked) the word hashes of all of them, fields apart, FIELD_SEPARATOR between fields.
 */
export class ComparableTexts {
  /** The word hashes of the fields given since `resetWords`, FIELD_SEPARATOR between fields. */
  words = new Uint32Array(256);
  /** How many of `words` are this example's. */
  wordCount = 0;
  private fields = 0;
  private readonly buffer = new TextBuffer();

  /** Starts the next example's word hashes. */
  resetWords(): void {
    this.wordCount = 0;
    this.fields = 0;
  }

  /** An absent text hashes as an empty field: a FIELD_SEPARATOR after the field before, no words. */
  addEmptyField(): void {
    if (this.fields++ > 0) this.push(FIELD_SEPARATOR);
  }

  /**
   * The comparable form of `text` (case-folded already when `folded`; known to be all ASCII when `ascii`,
   * else found out here). Writes its fingerprint into `fingerprint` at `offset` when one is given, and
   * adds its word hashes as the next field when `hashWords`.
   */
  form(
    text: string,
    folded: boolean,
    ascii: boolean,
    fingerprint: Int32Array | undefined,
    offset: number,
    hashWords: boolean,
  ): string {
    if (hashWords && this.fields++ > 0) this.push(FIELD_SEPARATOR);
    // Byte length equals character count exactly when every character is ASCII; folding keeps ASCII so.
    if (ascii || Buffer.byteLength(text, "utf8") === text.length) {
      return this.asciiForm(folded ? text : text.toLowerCase(), fingerprint, offset, hashWords);
    }
    return this.wideForm(folded ? text : text.toLowerCase(), fingerprint, offset, hashWords);
  }

  /**
   * `form` of a case-folded ASCII text, one byte a character. Without word hashes, a regex test (and a
   * replace where needed) is faster than any loop here; with them, the loop that hashes the words also
   * collapses the whitespace, storing bytes only from the first change on, and the bytes it leaves are the
   * ones fingerprinted.
   */
  private asciiForm(
    folded: string,
    fingerprint: Int32Array | undefined,
    offset: number,
    hashWords: boolean,
  ): string {
    const buffer = this.buffer;
    if (!hashWords) {
      const form = comparisonForm(folded);
      if (fingerprint) {
        buffer.ensureCapacity(form.length);
        fingerprintEncoded(buffer, buffer.bytes.write(form, 0, "latin1"), true, fingerprint, offset);
      }
      return form;
    }
    buffer.ensureCapacity(folded.length);
    const bytes = buffer.bytes;
    const length = bytes.write(folded, 0, "latin1");
    let start = 0;
    while (start < length && isWhitespaceUnit(bytes[start] as number)) start++;
    let end = length;
    while (end > start && isWhitespaceUnit(bytes[end - 1] as number)) end--;
    // Until the first change `out` is `i` and the bytes are already in place; after it, the form is written
    // over the text, never ahead of what has been read.
    let changed = start > 0 || end < length;
    let out = 0;
    let inSpace = false;
    let word = 0;
    let inWord = false;
    for (let i = start; i < end; i++) {
      const code = bytes[i] as number;
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (inSpace || code !== 32) changed = true;
        if (!inSpace) {
          if (changed) bytes[out] = 32;
          out++;
          inSpace = true;
        }
        if (inWord) {
          this.push(word >>> 0);
          inWord = false;
        }
        continue;
      }
      inSpace = false;
      if (changed) bytes[out] = code;
      out++;
      if (ASCII_WORD[code] === 1) {
        word = inWord
          ? Math.imul(word ^ code, WORD_HASH_PRIME)
          : Math.imul(WORD_HASH_BASIS ^ code, WORD_HASH_PRIME);
        inWord = true;
      } else if (inWord) {
        this.push(word >>> 0);
        inWord = false;
      }
    }
    if (inWord) this.push(word >>> 0);
    const form = changed ? bytes.toString("latin1", 0, out) : folded;
    if (fingerprint) fingerprintEncoded(buffer, out, true, fingerprint, offset);
    return form;
  }

  /** `form` of a case-folded text with characters beyond ASCII, as UTF-16 code units. */
  private wideForm(
    folded: string,
    fingerprint: Int32Array | undefined,
    offset: number,
    hashWords: boolean,
  ): string {
    const buffer = this.buffer;
    buffer.ensureCapacity(folded.length * 2);
    const units = buffer.units;
    const length = buffer.bytes.write(folded, 0, "utf16le") >>> 1;
    let start = 0;
    while (start < length && isWhitespaceUnit(units[start] as number)) start++;
    let end = length;
    while (end > start && isWhitespaceUnit(units[end - 1] as number)) end--;
    // As in asciiForm: code units are stored only from the first change on.
    let changed = start > 0 || end < length;
    let out = 0;
    let inSpace = false;
    let word = 0;
    let inWord = false;
    /** Every code unit of the form or-ed together: below 128 when the form is ASCII after all. */
    let all = 0;
    for (let i = start; i < end; i++) {
      const code = units[i] as number;
      // Printable ASCII but the space, the usual case, is tested first.
      if (code === 32 || (code < 32 ? code >= 9 && code <= 13 : code >= 0xa0 && isWhitespaceUnit(code))) {
        if (inSpace || code !== 32) changed = true;
        if (!inSpace) {
          if (changed) units[out] = 32;
          out++;
          inSpace = true;
        }
        if (inWord) {
          this.push(word >>> 0);
          inWord = false;
        }
        continue;
      }
      inSpace = false;
      if (changed) units[out] = code;
      out++;
      all |= code;
      if (!hashWords) continue;
      if (code < 128 ? ASCII_WORD[code] === 1 : isWideWordCode(code)) {
        word = inWord
          ? Math.imul(word ^ code, WORD_HASH_PRIME)
          : Math.imul(WORD_HASH_BASIS ^ code, WORD_HASH_PRIME);
        inWord = true;
      } else if (inWord) {
        this.push(word >>> 0);
        inWord = false;
      }
    }
    if (inWord) this.push(word >>> 0);
    const form = changed ? buffer.bytes.toString("utf16le", 0, out * 2) : folded;
    if (fingerprint) {
      if (all < 128) {
        // Folding made it ASCII (the Kelvin sign folds to "k"): hashed one byte a character, as fingerprintText
        // hashes every ASCII text. Each byte goes where no unit still to be read is.
        const bytes = buffer.bytes;
        for (let i = 0; i < out; i++) bytes[i] = units[i] as number;
        fingerprintEncoded(buffer, out, true, fingerprint, offset);
      } else fingerprintEncoded(buffer, out * 2, false, fingerprint, offset);
    }
    return form;
  }

  private push(hash: number): void {
    if (this.wordCount === this.words.length) this.words = grow(this.words);
    this.words[this.wordCount++] = hash;
  }
}

/** An absent text's fingerprint: all zeros, as `fingerprintText(undefined)` writes. */
export function clearFingerprint(fingerprint: Int32Array, offset: number): void {
  fingerprint.fill(0, offset, offset + FINGERPRINT_WORDS);
}
