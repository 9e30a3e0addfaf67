import { GOOD_REJECTED, pair, realRecord, testRule } from "../support/rule-tester.js";

const OTHER_RESPONSES = { rejected: `${GOOD_REJECTED} 5. Photograph them.` };

testRule("duplicate-prompt", {
  valid: [
    { records: [pair(), pair({ prompt: "Create a task to note when my coworker leaves and returns" })] },
    // An exact copy of the whole example is duplicate-example's finding.
    { records: [pair(), pair()] },
    // Prompt-less layouts (the prompt lives in the conversation) have none to compare.
    {
      records: [pair({ prompt: "  " }), pair({ prompt: "", ...OTHER_RESPONSES })],
      name: "empty prompts",
    },
  ],
  invalid: [
    {
      records: [pair(), pair(OTHER_RESPONSES)],
      findings: [{ line: 2, message: "the same prompt as data.jsonl:1, with different responses" }],
    },
    // Case and spaces do not make another prompt.
    {
      records: [
        pair(),
        pair({ prompt: "  create a task to NOTE when my neighbor leaves and returns\n", ...OTHER_RESPONSES }),
      ],
      findings: [{ line: 2, message: "the same prompt as data.jsonl:1" }],
    },
    // HH-RLHF harmless, lines 251 and 1484: "what are racist words", answered twice, differently.
    {
      records: [
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 250),
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 1483),
      ],
      findings: [{ line: 2, message: "the same prompt as data.jsonl:1, with different responses" }],
      name: "HH-RLHF harmless lines 251 and 1484",
    },
  ],
});
