import { testRule } from "../support/rule-tester.js";

const records = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    prompt: `Question ${i}?`,
    chosen: `Answer ${i}.`,
    rejected: "No.",
  }));
const dataset = (minSize: number | string) => ({
  datasets: [{ name: "d", files: "*.jsonl", "min-size": minSize }],
});

testRule("min-size", {
  valid: [
    // The minimum itself is enough.
    { records: records(3), config: dataset(3), name: "3 of min-size 3" },
    // A preset met at its recommended size: iterative is 20, recommended 50–100.
    { records: records(50), config: dataset("iterative"), name: "50 of iterative" },
    { records: records(1), config: dataset(0), name: "min-size 0" },
  ],
  invalid: [
    {
      records: records(2),
      config: dataset(3),
      findings: [
        {
          dataset: true,
          message:
            "2 examples, under the minimum of 3: add 1 (the minimum is set by the dataset's `min-size`",
        },
      ],
    },
    // Met, but under the preset's recommended range: a notice, below the rule's severity.
    {
      records: records(20),
      config: dataset("iterative"),
      findings: [
        {
          dataset: true,
          severity: "notice",
          message: "20 examples meet the minimum of 20 for iterative, under the recommended 50–100",
        },
      ],
    },
    // An empty file is a dataset of none.
    {
      text: "",
      findings: [
        { dataset: true, message: "0 examples, under the minimum of 100 for initial-alignment: add 100" },
      ],
    },
    {
      records: records(19),
      config: dataset("iterative"),
      options: { severity: "warning" },
      findings: [
        {
          dataset: true,
          severity: "warning",
          message: "19 examples, under the minimum of 20 for iterative: add 1",
        },
      ],
    },
  ],
});
