import { GOOD_CHOSEN, GOOD_REJECTED, pair, realRecord, testRule } from "../support/rule-tester.js";

testRule("duplicate-example", {
  valid: [
    { records: [pair(), pair({ prompt: "Create a task to note when my coworker leaves and returns" })] },
    // The same prompt with other responses is duplicate-prompt's finding.
    { records: [pair(), pair({ rejected: `${GOOD_REJECTED} 5. Photograph them.` })] },
    // The same texts with chosen and rejected swapped is a different (contradicting) pair, not a copy.
    { records: [pair(), pair({ chosen: GOOD_REJECTED, rejected: GOOD_CHOSEN })] },
  ],
  invalid: [
    {
      records: [pair(), pair({ prompt: "something else" }), pair()],
      findings: [{ line: 3, message: "the same prompt, chosen and rejected as data.jsonl:1" }],
    },
    // Whitespace and case differences are the same example; the category is not part of it.
    {
      records: [pair(), pair({ chosen: `  ${GOOD_CHOSEN.toUpperCase()}\n`, category: "edge_cases" })],
      findings: [{ line: 2, message: "as data.jsonl:1" }],
    },
    // Every copy points at the first.
    {
      records: [pair(), pair(), pair()],
      findings: [
        { line: 2, message: "as data.jsonl:1" },
        { line: 3, message: "as data.jsonl:1" },
      ],
    },
    // Across the files of one dataset.
    {
      files: { "a.jsonl": `${JSON.stringify(pair())}\n`, "b.jsonl": `${JSON.stringify(pair())}\n` },
      findings: [{ file: "b.jsonl", line: 1, message: "as a.jsonl:1" }],
    },
    // LLaMA-Factory's dpo_en_demo, elements 14 and 158: the same record twice.
    {
      records: [
        realRecord("llamafactory-dpo_en_demo.json", 13),
        realRecord("llamafactory-dpo_en_demo.json", 157),
      ],
      findings: [{ line: 2, message: "the same prompt, chosen and rejected as data.jsonl:1" }],
      name: "dpo_en_demo elements 14 and 158",
    },
  ],
});
