// The hand-written scans that replaced patterns on the per-example path (issue 18) give exactly the answers
// those patterns gave: each is compared with the pattern it replaced (kept here as the definition) on every
// text of the real fixtures and on the edge cases of its character classes.
import { describe, expect, it } from "vitest";
import { duplicateTopLevelKeys } from "../src/read/duplicate-keys.js";
import { matchText } from "../src/rules/language.js";
import { looksEnglish, readRefusal, refusalLanguage } from "../src/rules/refusal.js";
import { UNUSUAL_CHARACTER } from "../src/rules/text-fields.js";
import { realDocuments, realStrings } from "./support/real-texts.js";

const documents = realDocuments();
const strings = realStrings(documents);

describe("looksEnglish", () => {
  const COMMON =
    "the and to of you i it is that this for with be are not can what your my we they have do was will if but about would there how their them he she his her our all one get has had were been more out up so just like when which who its than then also some any at by from or as here these those into over after before each every new time make help there's here's it's that's i'm you're don't can't won't should could".split(
      " ",
    );
  /** The pattern-based definition it replaced. */
  function byPatterns(text: string): boolean {
    const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
    const first = words.slice(0, 60);
    if (first.length <= 5) return true;
    let common = 0;
    for (const word of first) if (COMMON.includes(word.replace(/'.*$/, ""))) common++;
    return common / first.length >= 0.1;
  }

  it("answers as the patterns did on every text of the real fixtures", () => {
    expect(strings.length).toBeGreaterThan(5000);
    const differing = strings.filter((text) => {
      const opening = text.slice(0, 600); // what refusalLanguage hands it
      return looksEnglish(opening) !== byPatterns(opening);
    });
    expect(differing).toEqual([]);
  });

  /** refusalLanguage as it was: its script counts, then the pattern-based English test on a folded copy. */
  function languageByPatterns(text: string): string | undefined {
    let latin = 0;
    let han = 0;
    let kanaOrHangul = 0;
    let other = 0;
    const end = Math.min(text.length, 600);
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
      )
        latin++;
      else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
        han++;
      else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff))
        kanaOrHangul++;
      else if (c >= 0x370 && c <= 0x1fff) other++;
    }
    const latinWords = latin / 5;
    const hanWords = han / 1.5;
    const otherWords = other / 5 + kanaOrHangul / 1.5;
    if (latin + han + kanaOrHangul + other === 0) return "en";
    if (otherWords > latinWords && otherWords > hanWords) return undefined;
    if (hanWords >= latinWords) return han > 0 && kanaOrHangul * 10 < han ? "zh" : undefined;
    return latin > 0 && byPatterns(text.slice(0, end)) ? "en" : undefined;
  }

  it("leaves refusalLanguage's answers as they were, on raw and on case-folded real text", () => {
    const differing = strings.filter(
      (text) =>
        refusalLanguage(text) !== languageByPatterns(text) ||
        refusalLanguage(matchText(text)) !== languageByPatterns(matchText(text)),
    );
    expect(differing).toEqual([]);
    // Both of its paths are taken: openings with capitals or characters beyond ASCII, and openings without.
    const foldable = (text: string) =>
      [...text.slice(0, 600)].some((ch) => /[A-Z]/.test(ch) || (ch.codePointAt(0) ?? 0) >= 128);
    expect(strings.some(foldable)).toBe(true);
    expect(strings.some((text) => !foldable(text))).toBe(true);
  });

  it.each([
    [
      "a word's apostrophe ends what is compared",
      "it's that's i'm what's here's don't can't zzz qqq vvv www",
    ],
    [
      "a word with an apostrophe in the list never matches whole",
      "there'sx lorem ipsum dolor sit amet consectetur",
    ],
    ["a word that opens with an apostrophe", "'the 'and 'to 'of lorem ipsum dolor sit amet elit sed"],
    [
      "characters outside ASCII that case-fold into a-z",
      "\u212Ahe \u0130t TH\u212A THE AND lorem ipsum dolor sit",
    ],
    ["a sixtieth word that decides", `${"lorem ".repeat(54)}the and to of you i it is`],
    ["exactly 54 uncommon words and 6 common ones", `${"zzz ".repeat(54)}the and to of you i`],
    ["five words, too short to tell", "lorem ipsum dolor sit amet"],
    ["six words, none common", "lorem ipsum dolor sit amet elit"],
    [
      "words split by digits, dashes and non-Latin letters",
      "the1and-to\u00e9of\u4e2dyou i_it is lorem ipsum dolor sit",
    ],
    ["no words at all", "1234 5678 !!! ???"],
    [
      "French",
      "Je ne peux pas vous aider avec cela, désolé, mais voici une autre idée pour vous aujourd'hui",
    ],
  ])("answers as the patterns did: %s", (_name, text) => {
    expect(looksEnglish(text)).toBe(byPatterns(text));
    expect(refusalLanguage(text)).toBe(languageByPatterns(text));
    expect(refusalLanguage(text.toLowerCase())).toBe(languageByPatterns(text.toLowerCase()));
  });
});

describe("readRefusal on printable ASCII", () => {
  // The engine tells the classifier which texts hold only printable ASCII, and it then skips counting
  // scripts: every reading must be the one it makes without that hint.
  it("reads every printable-ASCII text of the real fixtures as it does without the hint", () => {
    const ascii = strings.filter((text) => !UNUSUAL_CHARACTER.test(text)).map(matchText);
    expect(ascii.length).toBeGreaterThan(2000);
    const differing = ascii.filter((text) => readRefusal(text, true) !== readRefusal(text));
    expect(differing).toEqual([]);
    // Refusals and answers both among them, so both of the classifier's ways out are compared.
    expect(new Set(ascii.map((text) => readRefusal(text, true)))).toEqual(
      new Set(["refusal", "answer", "unread"]),
    );
  });

  it.each([
    ["no letters at all", "1234 5678 !!! ???"],
    ["sixty-one words of apostrophes before the first letter", `${"' ".repeat(61)}i can't help with that.`],
    ["a letter only past the 600th character", `${"1 ".repeat(320)}i can't help with that.`],
    ["a refusal", "i'm sorry, but i can't help with that."],
    ["french", "je ne peux pas vous aider avec cela, mais voici une autre idee pour vous aujourd'hui"],
    ["a short answer", "sure."],
  ])("reads it as without the hint: %s", (_name, text) => {
    expect(readRefusal(text, true)).toBe(readRefusal(text));
  });
});

describe("duplicateTopLevelKeys", () => {
  /** The pattern-based screen it replaced, then the same exact walk (reached through a forced screen). */
  function byPatterns(text: string, value: object): string[] | undefined {
    const keys = Object.keys(value);
    if (keys.length === 0) return undefined;
    const alternatives = keys.map((key) => JSON.stringify(key).replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"));
    const pattern = new RegExp(`(?:${alternatives.join("|")})\\s*:`, "g");
    let sightings = 0;
    while (pattern.exec(text) !== null) sightings++;
    if (sightings <= keys.length) return undefined;
    return duplicateTopLevelKeys(text, value);
  }

  it("answers as the pattern screen did on every record of the real fixtures", () => {
    const records = documents.flatMap((document) => {
      const value = JSON.parse(document) as unknown;
      // A JSON array file's records are its elements: their source text is re-serialised.
      return Array.isArray(value) ? value.map((element) => JSON.stringify(element, null, 1)) : [document];
    });
    expect(records.length).toBeGreaterThan(1000);
    const differing = records.filter((text) => {
      const value = JSON.parse(text) as object;
      return JSON.stringify(duplicateTopLevelKeys(text, value)) !== JSON.stringify(byPatterns(text, value));
    });
    expect(differing).toEqual([]);
  });

  it.each([
    ["a key given twice", '{"prompt":"a","chosen":"b","prompt":"c"}'],
    ["a key given twice, spaced", '{"prompt" :"a", "chosen"\t:\n"b", "prompt"  : "c"}'],
    ["a key's name inside a value", '{"prompt":"say \\"prompt\\": now","chosen":"\\"chosen\\":"}'],
    ["a key repeated inside a nested object", '{"prompt":"a","meta":{"prompt":"b","prompt":"c"}}'],
    ["keys that need escaping", '{"a\\"b":1,"c\\\\d":2,"a\\"b":3}'],
    ["keys with pattern characters", '{"a.b":1,"(x)":2,"a.b":3,"[y]+":4}'],
    ["no duplicate", '{"prompt":"a","chosen":"b","rejected":"c"}'],
    ["a key's name as a string value", '{"prompt":"chosen","chosen":"prompt"}'],
  ])("answers as the pattern screen did: %s", (_name, text) => {
    const value = JSON.parse(text) as object;
    expect(duplicateTopLevelKeys(text, value)).toEqual(byPatterns(text, value));
  });

  // The first screen counts every `"…":` of the record; these pass it and must still be decided exactly.
  it.each([
    ["JSON inside a value", '{"prompt":"parse {\\"a\\": 1, \\"b\\" : 2}","chosen":"ok"}', undefined],
    ["nested objects", '{"prompt":"a","chosen":{"x":1,"y":{"x":2}},"rejected":[{"x":3}]}', undefined],
    ["nested objects and a duplicate", '{"prompt":"a","chosen":{"x":1},"prompt":"b"}', ["prompt"]],
    [
      "JSON inside a value and a duplicate",
      '{"prompt":"{\\"k\\":1}","chosen":"b","chosen" :"c"}',
      ["chosen"],
    ],
    ["a colon after a quote in prose", '{"prompt":"he said \\"go\\": then left","chosen":"b"}', undefined],
    ["a colon first, after whitespace", '{ "prompt"\n:"a:b", "prompt"\t: "c"}', ["prompt"]],
  ])("decides records that pass the colon screen: %s", (_name, text, expected) => {
    const value = JSON.parse(text) as object;
    expect(duplicateTopLevelKeys(text, value)).toEqual(expected);
    expect(duplicateTopLevelKeys(text, value)).toEqual(byPatterns(text, value));
  });
});
