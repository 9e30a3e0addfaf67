import { excerptAt } from "./excerpt.js";
import { fingerprint } from "./fingerprint.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const duplicatePrompt = defineRule({
  id: "duplicate-prompt",
  description: "The same prompt appeared earlier with different responses.",
  advice:
    "Check that both pairs teach the same preference; if they contradict each other, keep one. Several pairs per prompt are fine when they agree.",
  defaultSeverity: "notice",
  kind: "example",
  // KTO data has many completions per prompt by design.
  pair: true,
  options: NO_OPTIONS,
  create: (context) => {
    const firstSeen = new Map<string, { fileIndex: number; line: number; responses: string }>();
    return {
      example(example) {
        if (example.prompt.trim() === "") return; // implicit-prompt shapes have none to compare
        const key = fingerprint(example.comparable.prompt);
        const responses = fingerprint(example.comparable.chosen, example.comparable.rejected);
        const first = firstSeen.get(key);
        if (!first) {
          firstSeen.set(key, { fileIndex: example.fileIndex, line: example.line, responses });
        } else if (first.responses !== responses) {
          context.report(example, {
            field: "prompt",
            message: `the same prompt as ${context.where(first.fileIndex, first.line)}, with different responses`,
            excerpt: excerptAt(example.prompt),
          });
        }
        // Exact copies are duplicate-example's finding, not this rule's.
      },
    };
  },
});
