import { describe, expect, it } from "vitest";
import {
  combineFingerprints,
  FINGERPRINT_WORDS,
  FingerprintTable,
  fingerprintText,
} from "../src/rules/fingerprint.js";

function fingerprint(text: string): string {
  const out = new Int32Array(FINGERPRINT_WORDS);
  fingerprintText(text, out, 0);
  return [...out].join(",");
}

describe("fingerprints", () => {
  it("are equal for equal texts and differ for different ones, ASCII or not", () => {
    const texts = [
      "",
      " ",
      "a",
      "ab",
      "abc",
      "a".repeat(15),
      "a".repeat(16),
      "a".repeat(17),
      "é",
      "扡",
      "ab\u0000",
    ];
    const seen = new Map<string, string>();
    for (const text of texts) {
      expect(fingerprint(text)).toBe(fingerprint(`${text}`));
      const key = fingerprint(text);
      expect(seen.get(key), `${JSON.stringify(text)} collides`).toBeUndefined();
      seen.set(key, text);
    }
    // "ab" as one byte a character and "扡" (U+6261) as UTF-16 are the same bytes: the seeds keep them apart.
    expect(fingerprint("ab")).not.toBe(fingerprint("扡"));
  });

  it("hash texts longer than the scratch buffer", () => {
    const long = "x".repeat(100_000);
    expect(fingerprint(long)).toBe(fingerprint(`${long}`));
    expect(fingerprint(long)).not.toBe(fingerprint(`${long}y`));
  });

  it("combine in order, and tell an absent text from an empty one", () => {
    const parts = new Int32Array(3 * FINGERPRINT_WORDS);
    const combined = (a: string | undefined, b: string | undefined): string => {
      for (const [i, text] of [a, b].entries()) fingerprintText(text, parts, i * FINGERPRINT_WORDS);
      const out = new Int32Array(FINGERPRINT_WORDS);
      combineFingerprints(parts, 0, 2, out, 0);
      return [...out].join(",");
    };
    expect(combined("a", "b")).toBe(combined("a", "b"));
    expect(combined("a", "b")).not.toBe(combined("b", "a"));
    expect(combined("a", undefined)).not.toBe(combined("a", ""));
  });
});

describe("FingerprintTable", () => {
  it("finds every key it was given, across many resizes, like a Map", () => {
    const table = new FingerprintTable(1);
    const map = new Map<string, number>();
    const key = new Int32Array(FINGERPRINT_WORDS);
    for (let i = 0; i < 50_000; i++) {
      // Every third text repeats an earlier one.
      const text = `text ${i % 3 === 2 ? i >> 1 : i}`;
      fingerprintText(text, key, 0);
      const found = table.findOrAdd(key, 0);
      if (found < 0) table.values[~found] = i;
      const expected = map.get(text);
      expect(found >= 0 ? table.values[found] : undefined).toBe(expected);
      if (expected === undefined) map.set(text, i);
    }
    expect(table.size).toBe(map.size);
  });
});
