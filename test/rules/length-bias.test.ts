import { testRule } from "../support/rule-tester.js";

/** `count` pairs whose chosen is `ratio` times as long as their rejected (each about 40 characters). */
const pairs = (count: number, ratio: number, start = 0) =>
  Array.from({ length: count }, (_, i) => ({
    prompt: `Question number ${start + i}?`,
    chosen: "c".repeat(Math.round(40 * ratio)),
    rejected: "r".repeat(40),
  }));

testRule("length-bias", {
  valid: [
    // Equal lengths: chosen longer in no pair, median ratio 1.
    { records: pairs(20, 1) },
    // Chosen longer in 75 % of pairs (the limit), by a ratio inside the band.
    { records: [...pairs(15, 1.2), ...pairs(5, 0.9, 15)], name: "75 % longer, ratio 1.2" },
    // Too few pairs to judge.
    { records: pairs(19, 3), name: "19 pairs" },
    { records: pairs(4, 3), options: { "max-ratio": 4, "max-longer-share": 1 }, name: "limits raised" },
  ],
  invalid: [
    {
      records: pairs(20, 2),
      findings: [
        {
          dataset: true,
          message:
            "chosen is longer in 100 % of 20 pairs (limit 75 %); median length ratio chosen/rejected 2.00 (band 0.67–1.5)",
        },
      ],
    },
    // Chosen never longer, but much shorter: the ratio alone.
    {
      records: pairs(20, 0.5),
      findings: [
        {
          dataset: true,
          message:
            "chosen is longer in 0 % of 20 pairs (limit 75 %); median length ratio chosen/rejected 0.50",
        },
      ],
    },
    // Longer in too many pairs by a small margin: the share alone.
    {
      records: [...pairs(16, 1.1), ...pairs(4, 0.9, 16)],
      findings: [{ dataset: true, message: "chosen is longer in 80 % of 20 pairs" }],
    },
    {
      records: pairs(4, 2),
      options: { "min-pairs": 4 },
      findings: [{ dataset: true, message: "chosen is longer in 100 % of 4 pairs" }],
    },
  ],
});
