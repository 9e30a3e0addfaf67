// The word hashes near-duplicate and split-leakage shingle, as first defined: every run of word characters
// (ASCII letters and digits, letters of every script beyond) hashed with FNV-1a's basis and prime, one
// FIELD_SEPARATOR between fields. The engine makes them in the pass that makes the comparable forms
// (src/rules/comparable-text.ts); the tests hold that pass to this plain definition.
import {
  ASCII_WORD,
  FIELD_SEPARATOR,
  grow,
  isWideWordCode,
  WORD_HASH_BASIS,
  WORD_HASH_PRIME,
} from "../../src/rules/minhash.js";

export class WordHasher {
  words = new Uint32Array(256);
  length = 0;
  private fields = 0;

  reset(): void {
    this.length = 0;
    this.fields = 0;
  }

  /** Adds one field's text (an empty one too: which field a text is in is part of the example). */
  add(text: string): void {
    if (this.fields++ > 0) this.push(FIELD_SEPARATOR);
    let word = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
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
  }

  private push(hash: number): void {
    if (this.length === this.words.length) this.words = grow(this.words);
    this.words[this.length++] = hash;
  }
}
