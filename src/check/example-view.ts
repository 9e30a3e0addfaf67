import type { Example } from "../model/example.js";
import { ComparableTexts, clearFingerprint } from "../rules/comparable-text.js";
import { FINGERPRINT_WORDS } from "../rules/fingerprint.js";
import { straightenApostrophes } from "../rules/language.js";
import { readRefusal } from "../rules/refusal.js";
import type { CheckedExample, WordHashes } from "../rules/rule.js";
import { FIELD_BIT, UNUSUAL_CHARACTER } from "../rules/text-fields.js";

/**
 * What every rule reads of an example besides its texts, derived once here rather than once a rule: the
 * match texts, the refusal reading and scope, which texts hold unusual characters, the comparable forms,
 * their fingerprints and their word hashes.
 */
export class ExampleView {
  /** Every example's fingerprints, in one array reused from example to example (rules copy what they keep). */
  private readonly fingerprints = new Int32Array(3 * FINGERPRINT_WORDS);
  /** Makes the comparable forms with their fingerprints and word hashes, one pass a text. */
  private readonly texts = new ComparableTexts();
  /** Every example's word hashes, one object reused from example to example. */
  private readonly wordHashes: WordHashes = { words: this.texts.words, length: 0, promptLength: 0 };

  constructor(
    /** The dataset's categories that expect a refusal. */
    private readonly harmCategories: ReadonlySet<string>,
  ) {}

  /**
   * Extends the example in place (it is fresh from the normaliser, so it is not copied) into what the rules
   * read. `forEveryRule`: the per-example rules run on it (else only stateful ones, which read the comparable
   * forms, fingerprints and word hashes); `hashTexts`: some rule on it reads the fingerprints; `hashWords`:
   * some rule on it reads the word hashes.
   */
  prepare(
    example: Example,
    category: string | undefined,
    { forEveryRule, hashTexts, hashWords }: { forEveryRule: boolean; hashTexts: boolean; hashWords: boolean },
  ): CheckedExample {
    const checked = example as CheckedExample;
    // A text without unusual characters is all ASCII, and so is its case-folded copy.
    let promptAscii = false;
    let chosenAscii = false;
    let rejectedAscii = false;
    // The responses are case-folded once, for both their match texts and their comparable forms; the
    // comparable forms fold the rest (ASCII texts as they are encoded, without a copy).
    let chosen: string | undefined;
    let rejected: string | undefined;
    if (forEveryRule) {
      checked.unusualTexts =
        (UNUSUAL_CHARACTER.test(example.prompt) ? 1 : 0) |
        (example.chosen !== undefined && UNUSUAL_CHARACTER.test(example.chosen) ? 2 : 0) |
        (example.rejected !== undefined && UNUSUAL_CHARACTER.test(example.rejected) ? 4 : 0);
      promptAscii = (checked.unusualTexts & FIELD_BIT.prompt) === 0;
      chosenAscii = (checked.unusualTexts & FIELD_BIT.chosen) === 0;
      rejectedAscii = (checked.unusualTexts & FIELD_BIT.rejected) === 0;
      chosen = example.chosen?.toLowerCase();
      rejected = example.rejected?.toLowerCase();
      // Curly apostrophes are not ASCII: an ASCII text has none to straighten.
      checked.chosenMatchText = !chosen ? "" : chosenAscii ? chosen : straightenApostrophes(chosen);
      checked.rejectedMatchText = !rejected ? "" : rejectedAscii ? rejected : straightenApostrophes(rejected);
      checked.chosenReading = chosen ? readRefusal(checked.chosenMatchText, chosenAscii) : "answer";
      checked.refusalScope =
        category !== undefined ? this.harmCategories.has(category) : checked.chosenReading === "refusal";
    }
    const texts = this.texts;
    const fingerprints = hashTexts ? this.fingerprints : undefined;
    texts.resetWords();
    const prompt = texts.form(example.prompt, false, promptAscii, fingerprints, 0, hashWords);
    const promptLength = texts.wordCount;
    let chosenForm: string | undefined;
    if (example.chosen === undefined) {
      if (fingerprints) clearFingerprint(fingerprints, FINGERPRINT_WORDS);
      if (hashWords) texts.addEmptyField();
    } else {
      chosenForm = texts.form(
        chosen ?? example.chosen,
        chosen !== undefined,
        chosenAscii,
        fingerprints,
        FINGERPRINT_WORDS,
        hashWords,
      );
    }
    let rejectedForm: string | undefined;
    if (example.rejected === undefined) {
      if (fingerprints) clearFingerprint(fingerprints, 2 * FINGERPRINT_WORDS);
      if (hashWords) texts.addEmptyField();
    } else {
      rejectedForm = texts.form(
        rejected ?? example.rejected,
        rejected !== undefined,
        rejectedAscii,
        fingerprints,
        2 * FINGERPRINT_WORDS,
        hashWords,
      );
    }
    checked.comparable = { prompt, chosen: chosenForm, rejected: rejectedForm };
    checked.fingerprints = this.fingerprints;
    const wordHashes = this.wordHashes;
    wordHashes.words = texts.words;
    wordHashes.length = texts.wordCount;
    wordHashes.promptLength = promptLength;
    checked.wordHashes = wordHashes;
    return checked;
  }
}
