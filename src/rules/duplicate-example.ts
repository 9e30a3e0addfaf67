import { fingerprint } from "./fingerprint.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const duplicateExample = defineRule({
  id: "duplicate-example",
  description: "The same prompt, chosen and rejected appeared earlier in the dataset.",
  advice: "Remove the copy: a duplicated pair is counted twice and over-weights what it teaches.",
  defaultSeverity: "warning",
  kind: "example",
  options: NO_OPTIONS,
  create: (context) => {
    // Fingerprint → where it was first seen; a few dozen bytes per example, never the text.
    const firstSeen = new Map<string, { fileIndex: number; line: number }>();
    return {
      example(example) {
        const { prompt, chosen, rejected } = example.comparable;
        const key = fingerprint(prompt, chosen, rejected);
        const first = firstSeen.get(key);
        if (first) {
          context.report(example, {
            message: `the same prompt, chosen and rejected as ${context.where(first.fileIndex, first.line)}`,
          });
        } else {
          firstSeen.set(key, { fileIndex: example.fileIndex, line: example.line });
        }
      },
    };
  },
});
