import { percent, percentBand } from "../model/share.js";
import { defineRule, NO_OPTIONS } from "./rule.js";

export const categoryDistribution = defineRule({
  id: "category-distribution",
  description: "A category's share of the dataset is outside its target band.",
  advice:
    "Add examples to the categories under their band (the report says how many), so the model sees every kind of harmful request in proportion.",
  defaultSeverity: "error",
  kind: "dataset",
  scope: "dataset",
  gate: true,
  stateful: true,
  options: NO_OPTIONS,
  create: (context) => ({
    end(result) {
      // With no categorised example there is no distribution to judge: missing-category says so.
      if (result.categorised === 0) return;
      for (const category of result.distribution) {
        if (category.ok) continue;
        const band = percentBand(category.min, category.max);
        const fix =
          category.needed > 0
            ? `add ${category.needed} ${category.name} example${category.needed === 1 ? "" : "s"}`
            : `${category.excess} over: remove ${category.excess} or add examples of other categories`;
        context.reportDataset({
          key: category.name,
          message: `${category.name} is ${percent(category.share)} (${category.count} of ${result.categorised}), outside its target ${band}: ${fix}`,
        });
      }
    },
  }),
});
