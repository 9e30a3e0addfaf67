import type { Example } from "../model/example.js";
import { FINGERPRINT_WORDS, fingerprintText } from "../rules/fingerprint.js";
import { comparisonForm, straightenApostrophes } from "../rules/language.js";
import { readRefusal } from "../rules/refusal.js";
import type { CheckedExample } from "../rules/rule.js";
import { FIELD_BIT, UNUSUAL_CHARACTER } from "../rules/text-fields.js";

/**
 * What every rule reads of an example besides its texts, derived once here rather than once a rule: the
 * match texts, the refusal reading and scope, which texts hold unusual characters, the comparable forms
 * and the fingerprints.
 */
export class ExampleView {
  /** Every example's fingerprints, in one array reused from example to example (rules copy what they keep). */
  private readonly fingerprints = new Int32Array(3 * FINGERPRINT_WORDS);

  constructor(
    /** The dataset's categories that expect a refusal. */
    private readonly harmCategories: ReadonlySet<string>,
  ) {}

  /**
   * Extends the example in place (it is fresh from the normaliser, so it is not copied) into what the rules
   * read. `forEveryRule`: the per-example rules run on it (else only stateful ones, which read the comparable
   * forms and fingerprints); `hashTexts`: some rule on it reads the fingerprints.
   */
  prepare(
    example: Example,
    category: string | undefined,
    { forEveryRule, hashTexts }: { forEveryRule: boolean; hashTexts: boolean },
  ): CheckedExample {
    const checked = example as CheckedExample;
    // Each text is case-folded once, for both its match text and its comparable form.
    const chosen = example.chosen?.toLowerCase();
    const rejected = example.rejected?.toLowerCase();
    if (forEveryRule) {
      checked.chosenMatchText = chosen ? straightenApostrophes(chosen) : "";
      checked.rejectedMatchText = rejected ? straightenApostrophes(rejected) : "";
      checked.unusualTexts =
        (UNUSUAL_CHARACTER.test(example.prompt) ? 1 : 0) |
        (example.chosen !== undefined && UNUSUAL_CHARACTER.test(example.chosen) ? 2 : 0) |
        (example.rejected !== undefined && UNUSUAL_CHARACTER.test(example.rejected) ? 4 : 0);
      checked.chosenReading = chosen
        ? readRefusal(checked.chosenMatchText, (checked.unusualTexts & FIELD_BIT.chosen) === 0)
        : "answer";
      checked.refusalScope =
        category !== undefined ? this.harmCategories.has(category) : checked.chosenReading === "refusal";
    }
    checked.comparable = {
      prompt: comparisonForm(example.prompt.toLowerCase()),
      chosen: chosen === undefined ? undefined : comparisonForm(chosen),
      rejected: rejected === undefined ? undefined : comparisonForm(rejected),
    };
    if (hashTexts) {
      fingerprintText(checked.comparable.prompt, this.fingerprints, 0);
      fingerprintText(checked.comparable.chosen, this.fingerprints, FINGERPRINT_WORDS);
      fingerprintText(checked.comparable.rejected, this.fingerprints, 2 * FINGERPRINT_WORDS);
    }
    checked.fingerprints = this.fingerprints;
    return checked;
  }
}
