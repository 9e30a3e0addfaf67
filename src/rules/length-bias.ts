import { z } from "zod";
import { percent } from "../model/share.js";
import { defineRule } from "./rule.js";

export const lengthBias = defineRule({
  id: "length-bias",
  description:
    "Chosen is longer than rejected (in characters) in more than `max-longer-share` of the pairs (default 75 %), or the median length ratio chosen/rejected is outside `min-ratio`–`max-ratio` (0.67–1.5); from `min-pairs` pairs (20).",
  advice:
    "Reward models and DPO learn length as readily as quality: balance the dataset with pairs whose chosen response is the shorter one, or trim padded chosen responses.",
  defaultSeverity: "notice",
  kind: "dataset",
  scope: "dataset",
  stateful: true,
  pair: true,
  options: z
    .object({
      "max-longer-share": z.number().min(0).max(1).default(0.75),
      "min-ratio": z.number().positive().default(0.67),
      "max-ratio": z.number().positive().default(1.5),
      "min-pairs": z.number().int().min(1).default(20),
    })
    .strict(),
  create: (context) => {
    const options = context.options;
    // One float per pair (4 bytes), never the texts: the median needs every ratio.
    let ratios = new Float32Array(1024);
    let pairs = 0;
    let chosenLonger = 0;
    return {
      example(example) {
        const { chosen, rejected } = example.comparable;
        if (chosen === undefined || rejected === undefined) return;
        if (pairs === ratios.length) {
          const grown = new Float32Array(ratios.length * 2);
          grown.set(ratios);
          ratios = grown;
        }
        ratios[pairs++] = chosen.length / Math.max(1, rejected.length);
        if (chosen.length > rejected.length) chosenLonger++;
      },
      end() {
        if (pairs < options["min-pairs"]) return;
        const share = chosenLonger / pairs;
        const median = medianOf(ratios.subarray(0, pairs));
        const tooOftenLonger = share > options["max-longer-share"];
        const ratioOutside = median < options["min-ratio"] || median > options["max-ratio"];
        if (!tooOftenLonger && !ratioOutside) return;
        context.reportDataset({
          message: `chosen is longer in ${percent(share)} of ${pairs} pairs (limit ${percent(options["max-longer-share"])}); median length ratio chosen/rejected ${median.toFixed(2)} (band ${options["min-ratio"]}–${options["max-ratio"]})`,
        });
      },
    };
  },
});

function medianOf(values: Float32Array): number {
  const sorted = Float32Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
