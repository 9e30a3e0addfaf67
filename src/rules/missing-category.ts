import { defineRule, NO_OPTIONS } from "./rule.js";

export const missingCategory = defineRule({
  id: "missing-category",
  description: "An example has no category while its dataset has category targets.",
  advice:
    'Add a "category" with one of the dataset\'s categories, so the distribution check can count the example.',
  defaultSeverity: "warning",
  kind: "example",
  options: NO_OPTIONS,
  create: (context) => {
    const hasTargets = context.dataset.categories.some((c) => c.min !== undefined || c.max !== undefined);
    // Lines are kept (8 bytes each, not the examples) until the end: only then is it known whether the
    // dataset uses categories at all, and one dataset-level finding beats thousands of identical ones.
    const missing: Array<[fileIndex: number, line: number]> = [];
    let categorised = 0;
    return {
      example(example) {
        if (!hasTargets) return;
        if (example.category === undefined) missing.push([example.fileIndex, example.line]);
        else categorised++;
      },
      end() {
        if (missing.length === 0) return;
        if (categorised === 0) {
          context.reportDataset({
            message: `no example has a "category", so the category distribution cannot be checked (${missing.length} examples)`,
          });
          return;
        }
        for (const [fileIndex, line] of missing) {
          context.reportAt(fileIndex, line, { field: "category", message: "the example has no category" });
        }
      },
    };
  },
});
