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

/** A share as people write it: 0.1733 → "17.3 %", 0.2 → "20 %". */
export function percent(share: number): string {
  return `${percentNumber(share)} %`;
}

/** A target band: "25–35 %"; "—" when the category has none. */
export function percentBand(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return "—";
  return `${percentNumber(min ?? 0)}–${percentNumber(max ?? 1)} %`;
}

function percentNumber(share: number): string {
  return (share * 100).toFixed(1).replace(/\.0$/, "");
}
