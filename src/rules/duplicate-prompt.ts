import { excerptAt } from "./excerpt.js";
import { combineFingerprints, FINGERPRINT_WORDS, FingerprintTable } from "./fingerprint.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

/** Per prompt: the file index and line where it was first seen, then the fingerprint of its responses. */
const VALUE_WORDS = 2 + FINGERPRINT_WORDS;

export const duplicatePrompt = defineRule({
  id: "duplicate-prompt",
  description: "The same prompt appeared earlier with different responses.",
  advice:
    "Check that both pairs teach the same preference; if they contradict each other, keep one. Several pairs per prompt are fine when they agree.",
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
  stateful: true,
  fingerprints: true,
  // KTO data has many completions per prompt by design.
  pair: true,
  options: NO_OPTIONS,
  create: (context) => {
    const firstSeen = new FingerprintTable(VALUE_WORDS);
    const responses = new Int32Array(FINGERPRINT_WORDS);
    return {
      example(example) {
        if (example.prompt.trim() === "") return; // implicit-prompt shapes have none to compare
        // The prompt's fingerprint comes first in the example's, chosen's and rejected's after it.
        combineFingerprints(example.fingerprints, FINGERPRINT_WORDS, 2, responses, 0);
        const found = firstSeen.findOrAdd(example.fingerprints, 0);
        const { values } = firstSeen;
        if (found < 0) {
          const at = ~found * VALUE_WORDS;
          values[at] = example.fileIndex;
          values[at + 1] = example.line;
          values.set(responses, at + 2);
          return;
        }
        const at = found * VALUE_WORDS;
        // Exact copies are duplicate-example's finding, not this rule's.
        if (responses.every((word, i) => values[at + 2 + i] === word)) return;
        context.report(example, {
          field: "prompt",
          message: `the same prompt as ${context.where(values[at] as number, values[at + 1] as number)}, with different responses`,
          excerpt: excerptAt(example.prompt),
        });
      },
    };
  },
});
