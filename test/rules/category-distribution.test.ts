import { pair, testRule } from "../support/rule-tester.js";

/** A taxonomy of two categories, each wanting 40–60 % of the categorised examples. */
const TWO = {
  datasets: [
    {
      name: "d",
      files: "*.jsonl",
      categories: { harm: { min: 0.4, max: "60%" }, help: { min: 0.4, max: 0.6, refusal: false } },
    },
  ],
};
const examples = (harm: number, help: number, uncategorised = 0) => [
  ...Array.from({ length: harm }, (_, i) => pair({ prompt: `harm ${i}`, category: "harm" })),
  ...Array.from({ length: help }, (_, i) => pair({ prompt: `help ${i}`, category: "help" })),
  ...Array.from({ length: uncategorised }, (_, i) => pair({ prompt: `none ${i}`, category: undefined })),
];

testRule("category-distribution", {
  valid: [
    { records: examples(1, 1), config: TWO },
    // The band's ends are inside it: 2 of 5 is 40 %, 3 of 5 is 60 %.
    { records: examples(2, 3), config: TWO, name: "40 % and 60 %, the band's ends" },
    // Shares are of the categorised examples: the uncategorised are missing-category's.
    { records: examples(1, 1, 5), config: TWO, name: "uncategorised examples not counted" },
    // No categorised example: nothing to measure (missing-category says so).
    { records: examples(0, 0, 2), config: TWO, name: "none categorised" },
    // A category without a band has no target to miss.
    {
      records: examples(3, 0),
      config: { datasets: [{ name: "d", files: "*.jsonl", categories: { harm: {}, help: {} } }] },
      name: "no bands",
    },
  ],
  invalid: [
    // Removing one harm example leaves 2 of 3 (67 %): two must go, or one help example come.
    {
      records: examples(3, 1),
      config: TWO,
      findings: [
        {
          dataset: true,
          message:
            "harm is 75 % (3 of 4), outside its target 40–60 %: 2 over: remove 2 or add examples of other categories",
        },
        { dataset: true, message: "help is 25 % (1 of 4), outside its target 40–60 %: add 1 help example" },
      ],
    },
    // The seed's five categories, with one category only.
    {
      records: examples(0, 0).concat([pair()]),
      findings: [
        { dataset: true, message: "direct_harm is 100 % (1 of 1), outside its target 25–35 %" },
        { dataset: true, message: "prompt_injection is 0 % (0 of 1), outside its target 15–25 %: add" },
        { dataset: true, message: "social_engineering is 0 %" },
        { dataset: true, message: "gradual_escalation is 0 %" },
        { dataset: true, message: "edge_cases is 0 %" },
      ],
      name: "the seed's taxonomy",
    },
  ],
});
