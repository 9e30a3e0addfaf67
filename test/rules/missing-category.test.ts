import { pair, realRecord, testRule } from "../support/rule-tester.js";

const uncategorised = (prompt: string) => pair({ category: undefined, prompt });

testRule("missing-category", {
  valid: [
    { records: [pair(), pair({ category: "edge_cases", prompt: "b" })] },
    // Categories without target bands: nothing to measure, so a missing one costs nothing.
    {
      records: [pair(), uncategorised("b")],
      config: {
        datasets: [{ name: "d", files: "*.jsonl", categories: { direct_harm: {}, edge_cases: {} } }],
      },
      name: "no targets",
    },
    {
      records: [uncategorised("a")],
      config: { datasets: [{ name: "d", files: "*.jsonl", categories: {} }] },
      name: "categories: {}",
    },
  ],
  invalid: [
    // Each uncategorised example when others have categories, in order.
    {
      records: [pair(), uncategorised("b"), pair({ prompt: "c" }), uncategorised("d")],
      findings: [
        { line: 2, message: "the example has no category" },
        { line: 4, message: "the example has no category" },
      ],
    },
    // One finding for the dataset when no example has a category: HH-RLHF's records have none.
    {
      records: [
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 0),
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 1),
      ],
      findings: [
        {
          dataset: true,
          message:
            'no example has a "category", so the category distribution cannot be checked (2 examples): add categories, or declare none with `categories: {}` in the dataset\'s config',
        },
      ],
      name: "HH-RLHF harmless lines 1-2",
    },
  ],
});
