import { defineRule, NO_OPTIONS } from "./rule.js";

export const missingCategory = defineRule({
  id: "missing-category",
  description: "An example has no category while its dataset has category targets.",
  advice:
    'Add a "category" with one of the dataset\'s categories, so the distribution check can count the example.',
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  stateful: true,
  options: NO_OPTIONS,
  create: (context) => {
    const hasTargets = context.dataset.categories.some((c) => c.min !== undefined || c.max !== undefined);
    // Where the uncategorised examples are is kept until the end (8 bytes each, in one growing Int32Array of
    // file index and line pairs, not the examples): only then is it known whether the dataset uses categories
    // at all, and one dataset-level finding beats thousands of identical ones. In a dataset with no categories
    // (hh-rlhf's 160k pairs) that is every example.
    let missing = new Int32Array(1024);
    let count = 0;
    let categorised = 0;
    return {
      example(example) {
        if (!hasTargets) return;
        if (example.category !== undefined) {
          categorised++;
          return;
        }
        if (2 * count === missing.length) {
          const grown = new Int32Array(2 * missing.length);
          grown.set(missing);
          missing = grown;
        }
        missing[2 * count] = example.fileIndex;
        missing[2 * count + 1] = example.line;
        count++;
      },
      end() {
        if (count === 0) return;
        if (categorised === 0) {
          context.reportDataset({
            message: `no example has a "category", so the category distribution cannot be checked (${count} examples): add categories, or declare none with \`categories: {}\` in the dataset's config`,
          });
          return;
        }
        for (let i = 0; i < count; i++) {
          context.reportAt(missing[2 * i] as number, missing[2 * i + 1] as number, {
            field: "category",
            message: "the example has no category",
          });
        }
      },
    };
  },
});
