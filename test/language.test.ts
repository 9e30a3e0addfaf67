import { describe, expect, it } from "vitest";
import {
  comparisonForm,
  endsWithQuestion,
  matchText,
  normaliseForComparison,
  refusesOnlyVaguely,
  straightenApostrophes,
} from "../src/rules/language.js";

// The phrase helpers were rewritten for speed (one pass, no intermediate arrays). These tests hold each to
// the plain definition it replaced, on thousands of generated texts built from the pieces that matter:
// sentence ends, closing quotes, whitespace of every kind, question marks, refusal clauses.

/** The definitions as first written: split into sentences, list the clauses, split into words. */
const reference = {
  endsWithQuestion(text: string): boolean {
    const sentences = text.trimEnd().split(/(?<=[.!?…])["'”’)\]]*\s+|(?<=[。！？])["'”’)\]」』]*\s*(?=\S)/);
    return sentences.slice(-2).some((sentence) => sentence.includes("?") || sentence.includes("？"));
  },
  refusesOnlyVaguely(prepared: string): boolean {
    const clause =
      /\bi (?:can't|cannot|can not|won't|will not|am unable to|'m unable to|am not able to|'m not able to|must decline to|have to decline to)\b(?! (?:wait|believe|stress|emphasi[sz]e|thank you|imagine|help but|resist|recommend (?:[^\s.!?]+ ){0,6}enough|agree more|say enough))([^.!?;:\n]*)/g;
    const vague = new Set(
      "help assist do support with in on you that this it those these such any anything something of kind sort type thing things request requests stuff like one here right now for the there your kinds sorts types".split(
        " ",
      ),
    );
    const clauses = [...prepared.matchAll(clause)].map((match) => (match[1] ?? "").trim());
    return (
      clauses.length > 0 &&
      clauses.every((c) =>
        c
          .split(/[^a-z']+/)
          .filter((word) => word !== "")
          .every((word) => vague.has(word)),
      )
    );
  },
  normaliseForComparison(text: string): string {
    const folded = text.trim().toLowerCase();
    return /[^\S ]| {2}/.test(folded) ? folded.replace(/\s+/g, " ") : folded;
  },
};

const PIECES = [
  "I can't help with that",
  "I cannot do this kind of thing",
  "i won't help you with tracking him",
  "I'm unable to",
  "I can't wait",
  "Can you",
  "what",
  "that",
  "things",
  "tracking",
  "Ünïcode",
  "İstanbul",
  "ΣΑΣ",
  ".",
  "?",
  "!",
  "…",
  '"',
  "'",
  "”",
  "’",
  ")",
  "]",
  ";",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u2028",
  "\r\n",
  "？",
  "。",
  "！",
  "」",
  "好",
];

/** Deterministic texts of up to 24 pieces (mulberry32, fixed seed). */
function texts(count: number): string[] {
  let state = 0x1234567;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    const length = Math.floor(next() * 25);
    for (let j = 0; j < length; j++) text += PIECES[Math.floor(next() * PIECES.length)];
    out.push(text);
  }
  return out;
}

const SAMPLES = texts(20_000);

describe("phrase helpers agree with their plain definitions", () => {
  it("endsWithQuestion", () => {
    for (const text of SAMPLES)
      expect([text, endsWithQuestion(text)]).toEqual([text, reference.endsWithQuestion(text)]);
  });

  it("refusesOnlyVaguely", () => {
    let vague = 0;
    for (const text of SAMPLES) {
      const prepared = matchText(text);
      const expected = reference.refusesOnlyVaguely(prepared);
      if (expected) vague++;
      expect([prepared, refusesOnlyVaguely(prepared)]).toEqual([prepared, expected]);
    }
    expect(vague).toBeGreaterThan(100); // the samples do exercise the vague case
  });

  it("comparisonForm of the case-folded text is normaliseForComparison", () => {
    for (const text of SAMPLES) {
      const expected = reference.normaliseForComparison(text);
      expect(normaliseForComparison(text)).toBe(expected);
      expect(comparisonForm(text.toLowerCase())).toBe(expected);
    }
  });

  it("straightenApostrophes of the case-folded text is matchText", () => {
    for (const text of SAMPLES) expect(straightenApostrophes(text.toLowerCase())).toBe(matchText(text));
  });
});
