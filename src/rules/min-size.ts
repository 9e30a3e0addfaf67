import { defineRule, NO_OPTIONS } from "./rule.js";

/** The seed's minimum dataset sizes ("Minimum Dataset Size"), by use case. */
export const MIN_SIZE_PRESETS = {
  "initial-alignment": { min: 100, recommended: [200, 300] },
  "domain-specific": { min: 50, recommended: [100, 150] },
  iterative: { min: 20, recommended: [50, 100] },
} as const satisfies Record<string, { min: number; recommended: [number, number] }>;

export type MinSizePreset = keyof typeof MIN_SIZE_PRESETS;

/** How to change the minimum, for the findings: the config key and its presets. */
const HOW_TO_SET = `set by the dataset's \`min-size\`: a number, or a preset (${Object.entries(
  MIN_SIZE_PRESETS,
)
  .map(([preset, size]) => `${preset} ${size.min}`)
  .join(", ")})`;

export const minSize = defineRule({
  id: "min-size",
  description: "The dataset has fewer examples than its minimum (below the recommended range: a notice).",
  advice:
    "Add examples until the dataset reaches its minimum: initial alignment needs 100 (200–300 recommended), domain-specific tuning 50, iterative improvement 20.",
  defaultSeverity: "error",
  kind: "dataset",
  scope: "dataset",
  gate: true,
  stateful: true,
  options: NO_OPTIONS,
  create: (context) => ({
    end(totals) {
      const { min, recommended, preset } = context.dataset.minSize;
      const label = preset ? ` for ${preset}` : "";
      const examples = `${totals.examples} example${totals.examples === 1 ? "" : "s"}`;
      const meet = totals.examples === 1 ? "meets" : "meet";
      if (totals.examples < min) {
        context.reportDataset({
          message: `${examples}, under the minimum of ${min}${label}: add ${min - totals.examples} (the minimum is ${HOW_TO_SET})`,
        });
      } else if (recommended && totals.examples < recommended[0]) {
        context.reportDataset({
          severity: "notice",
          message: `${examples} ${meet} the minimum of ${min}${label}, under the recommended ${recommended[0]}–${recommended[1]} (the minimum is ${HOW_TO_SET})`,
        });
      }
    },
  }),
});
