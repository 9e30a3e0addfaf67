// The engine's one pass per text (src/rules/comparable-text.ts, used by src/check/example-view.ts) gives
// exactly what the separate functions it replaced gave: the comparable form (normaliseForComparison), its
// fingerprint (fingerprintText) and its word hashes (test/support/word-hasher.ts), and the view derives
// every field the rules read as it did before (its former code is kept here as the definition). Checked on
// every text of the real fixtures and on the edge cases of case-folding, whitespace and encoding.
import { describe, expect, it } from "vitest";
import { ExampleView } from "../src/check/example-view.js";
import type { Example } from "../src/model/example.js";
import { isWhitespaceUnit } from "../src/read/whitespace.js";
import { ComparableTexts } from "../src/rules/comparable-text.js";
import { FINGERPRINT_WORDS, fingerprintText } from "../src/rules/fingerprint.js";
import { comparisonForm, normaliseForComparison, straightenApostrophes } from "../src/rules/language.js";
import { readRefusal } from "../src/rules/refusal.js";
import { UNUSUAL_CHARACTER } from "../src/rules/text-fields.js";
import { realStrings } from "./support/real-texts.js";
import { WordHasher } from "./support/word-hasher.js";

/** Texts that take every branch: whitespace of every kind and place, case-folding that changes length or leaves ASCII, lone surrogates. */
const EDGE_CASES = [
  "",
  " ",
  "  ",
  "\t\n\r\v\f",
  "a",
  "A",
  "Hello World",
  "hello world",
  "  leading and trailing  ",
  "double  space",
  "tab\there",
  "line\nbreak",
  "crlf\r\nline",
  "run \t\n of \u00a0\u2003 mixed",
  "no\u00a0break",
  "ogham\u1680space",
  "en\u2000quad \u200a hair",
  "zero\u200bwidth is not whitespace",
  "line\u2028para\u2029sep",
  "narrow\u202fnbsp\u205fmath\u3000ideographic",
  "\ufeffbom at start",
  "\u0085next line is not whitespace to \\s",
  "Kelvin \u212a sign",
  "\u212a",
  "KELVIN\u212aONLY ASCII AFTER FOLDING",
  "Turkish \u0130stanbul",
  "\u0130",
  "I\u0307",
  "Stra\u00dfe GROSS",
  "\u03a3\u039f\u03a6\u039f\u03a3 final sigma",
  "lone \ud800 high",
  "lone \udc00 low",
  "\ud800",
  "pair \ud83d\ude00 emoji",
  "\ud801\udc00 deseret capital",
  "caf\u00e9 na\u00efve",
  "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3002\u3000\u6b21",
  "I can\u2019t help with that \u2018thing\u2019",
  "control\u0001char",
  "del\u007f",
  "x".repeat(70_000),
  `${"Long ".repeat(20_000)}end`,
  `${"\u00e9 ".repeat(40_000)}\u212a`,
  "a-b_c.d,e;f:g!h?i",
  "digits 0123456789 and words",
];

const STRINGS = [...realStrings(), ...EDGE_CASES];

/** The form, fingerprint and word hashes of one text the way they were made before. */
function separately(text: string): { form: string; fingerprint: number[]; words: number[] } {
  const form = normaliseForComparison(text);
  const out = new Int32Array(FINGERPRINT_WORDS);
  fingerprintText(form, out, 0);
  const hasher = new WordHasher();
  hasher.add(form);
  return { form, fingerprint: [...out], words: Array.from(hasher.words.subarray(0, hasher.length)) };
}

/** The same from one pass: the text given raw, or case-folded, with what its caller knows of it. */
function inOnePass(
  texts: ComparableTexts,
  text: string,
  folded: boolean,
  ascii: boolean,
): { form: string; fingerprint: number[]; words: number[] } {
  const out = new Int32Array(FINGERPRINT_WORDS);
  texts.resetWords();
  const form = texts.form(folded ? text.toLowerCase() : text, folded, ascii, out, 0, true);
  return { form, fingerprint: [...out], words: Array.from(texts.words.subarray(0, texts.wordCount)) };
}

describe("ComparableTexts", () => {
  it("is tried on the real fixtures' texts, ASCII and not, some needing no change", () => {
    expect(STRINGS.length).toBeGreaterThan(5000);
    const nonAscii = STRINGS.filter((text) => Buffer.byteLength(text, "utf8") !== text.length);
    expect(nonAscii.length).toBeGreaterThan(100);
    expect(STRINGS.filter((text) => normaliseForComparison(text) === text).length).toBeGreaterThan(100);
  });

  it("gives the comparable form, fingerprint and word hashes of the separate functions on every text", () => {
    const texts = new ComparableTexts();
    const differing: string[] = [];
    for (const text of STRINGS) {
      const expected = separately(text);
      const ascii = !UNUSUAL_CHARACTER.test(text);
      const cases = [
        inOnePass(texts, text, false, false),
        inOnePass(texts, text, true, false),
        // What the view tells it of a text without unusual characters: it is ASCII.
        ...(ascii ? [inOnePass(texts, text, false, true), inOnePass(texts, text, true, true)] : []),
      ];
      for (const actual of cases) {
        try {
          expect(actual).toEqual(expected);
        } catch {
          differing.push(JSON.stringify(text.slice(0, 80)));
          break;
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it("returns the text itself when its comparable form is the text (no copy)", () => {
    const texts = new ComparableTexts();
    const text = `plain lower-case words ${"x".repeat(20)}`;
    expect(texts.form(text, false, false, undefined, 0, false)).toBe(text);
    const wide = "caf\u00e9 au lait";
    expect(texts.form(wide, true, false, undefined, 0, false)).toBe(wide);
  });

  it("hashes fields apart as WordHasher does, an absent one as an empty field", () => {
    const texts = new ComparableTexts();
    const hasher = new WordHasher();
    const fields = ["The prompt, here", undefined, "Rejected \u00e9t\u00e9 answer"];
    texts.resetWords();
    for (const field of fields) {
      if (field === undefined) texts.addEmptyField();
      else texts.form(field, false, false, undefined, 0, true);
      hasher.add(normaliseForComparison(field ?? ""));
    }
    expect(Array.from(texts.words.subarray(0, texts.wordCount))).toEqual(
      Array.from(hasher.words.subarray(0, hasher.length)),
    );
  });

  it("counts as whitespace exactly what \\s and trim do", () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const expected = /\s/.test(char);
      if (isWhitespaceUnit(code) !== expected || (`x${char}`.trim() === "x") !== expected)
        differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

/** The view as it was before the one pass (src/check/example-view.ts), kept as the definition. */
function previousView(example: Example, category: string | undefined, harm: ReadonlySet<string>) {
  const chosen = example.chosen?.toLowerCase();
  const rejected = example.rejected?.toLowerCase();
  const chosenMatchText = chosen ? straightenApostrophes(chosen) : "";
  const rejectedMatchText = rejected ? straightenApostrophes(rejected) : "";
  const unusualTexts =
    (UNUSUAL_CHARACTER.test(example.prompt) ? 1 : 0) |
    (example.chosen !== undefined && UNUSUAL_CHARACTER.test(example.chosen) ? 2 : 0) |
    (example.rejected !== undefined && UNUSUAL_CHARACTER.test(example.rejected) ? 4 : 0);
  const chosenReading = chosen ? readRefusal(chosenMatchText, (unusualTexts & 2) === 0) : "answer";
  const comparable = {
    prompt: comparisonForm(example.prompt.toLowerCase()),
    chosen: chosen === undefined ? undefined : comparisonForm(chosen),
    rejected: rejected === undefined ? undefined : comparisonForm(rejected),
  };
  const fingerprints = new Int32Array(3 * FINGERPRINT_WORDS);
  fingerprintText(comparable.prompt, fingerprints, 0);
  fingerprintText(comparable.chosen, fingerprints, FINGERPRINT_WORDS);
  fingerprintText(comparable.rejected, fingerprints, 2 * FINGERPRINT_WORDS);
  // What near-duplicate and split-leakage hashed themselves.
  const hasher = new WordHasher();
  hasher.add(comparable.prompt);
  const promptWords = Array.from(hasher.words.subarray(0, hasher.length));
  hasher.add(comparable.chosen ?? "");
  hasher.add(comparable.rejected ?? "");
  return {
    chosenMatchText,
    rejectedMatchText,
    unusualTexts,
    chosenReading,
    refusalScope: category !== undefined ? harm.has(category) : chosenReading === "refusal",
    comparable,
    fingerprints: [...fingerprints],
    words: Array.from(hasher.words.subarray(0, hasher.length)),
    promptWords,
  };
}

describe("ExampleView", () => {
  it("derives every field the rules read as it did before, for examples made of the real texts", () => {
    const harm = new Set(["direct_harm"]);
    const view = new ExampleView(harm);
    const differing: number[] = [];
    for (let i = 0; i < STRINGS.length; i++) {
      const [prompt, chosen, rejected] = [0, 1, 2].map(
        (k) => STRINGS[(i + k * 977) % STRINGS.length] as string,
      );
      const example: Example = {
        fileIndex: 0,
        line: i + 1,
        shape: "trl-standard",
        prompt: prompt as string,
        // Every third example lacks a response, as unpaired (KTO) data does.
        chosen: i % 3 === 1 ? undefined : chosen,
        rejected: i % 3 === 2 ? undefined : rejected,
        category: undefined,
        conversation: [],
      };
      const category = i % 4 === 0 ? undefined : i % 4 === 1 ? "direct_harm" : "helpfulness";
      const expected = previousView({ ...example }, category, harm);
      const checked = view.prepare(example, category, {
        forEveryRule: true,
        hashTexts: true,
        hashWords: true,
      });
      const actual = {
        chosenMatchText: checked.chosenMatchText,
        rejectedMatchText: checked.rejectedMatchText,
        unusualTexts: checked.unusualTexts,
        chosenReading: checked.chosenReading,
        refusalScope: checked.refusalScope,
        comparable: checked.comparable,
        fingerprints: [...checked.fingerprints],
        words: Array.from(checked.wordHashes.words.subarray(0, checked.wordHashes.length)),
        promptWords: Array.from(checked.wordHashes.words.subarray(0, checked.wordHashes.promptLength)),
      };
      try {
        expect(actual).toEqual(expected);
      } catch {
        differing.push(i);
      }
    }
    expect(differing).toEqual([]);
  });

  it("makes the same comparable forms and fingerprints for a thread that runs only stateful rules", () => {
    const view = new ExampleView(new Set());
    for (const text of EDGE_CASES) {
      const example: Example = {
        fileIndex: 0,
        line: 1,
        shape: "trl-standard",
        prompt: text,
        chosen: `${text} Chosen`,
        rejected: text,
        category: undefined,
        conversation: [],
      };
      const expected = previousView({ ...example }, undefined, new Set());
      const checked = view.prepare(example, undefined, {
        forEveryRule: false,
        hashTexts: true,
        hashWords: false,
      });
      expect(checked.comparable).toEqual(expected.comparable);
      expect([...checked.fingerprints]).toEqual(expected.fingerprints);
      expect(checked.wordHashes.length).toBe(0);
    }
  });
});
