import { combineFingerprints, FINGERPRINT_WORDS, FingerprintTable } from "./fingerprint.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const duplicateExample = defineRule({
  id: "duplicate-example",
  description: "The same prompt, chosen and rejected appeared earlier in the dataset.",
  advice: "Remove the copy: a duplicated pair is counted twice and over-weights what it teaches.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  stateful: true,
  fingerprints: true,
  options: NO_OPTIONS,
  create: (context) => {
    // Fingerprint of the three texts → where it was first seen (file index, line): a few dozen bytes per
    // example, never the text.
    const firstSeen = new FingerprintTable(2);
    const key = new Int32Array(FINGERPRINT_WORDS);
    return {
      example(example) {
        combineFingerprints(example.fingerprints, 0, 3, key, 0);
        const found = firstSeen.findOrAdd(key, 0);
        if (found >= 0) {
          const { values } = firstSeen;
          context.report(example, {
            message: `the same prompt, chosen and rejected as ${context.where(values[found * 2] as number, values[found * 2 + 1] as number)}`,
          });
        } else {
          firstSeen.values[~found * 2] = example.fileIndex;
          firstSeen.values[~found * 2 + 1] = example.line;
        }
      },
    };
  },
});
