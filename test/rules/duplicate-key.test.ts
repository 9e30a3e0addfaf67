import { GOOD_CHOSEN, GOOD_REJECTED, PROMPT, pair, testRule } from "../support/rule-tester.js";

testRule("duplicate-key", {
  valid: [
    { text: `${JSON.stringify(pair())}\n` },
    // The same key in two different objects of one record is no repeat.
    {
      text: `${JSON.stringify({ prompt: [{ role: "user", content: PROMPT }], chosen: [{ role: "assistant", content: GOOD_CHOSEN }], rejected: [{ role: "assistant", content: GOOD_REJECTED }] })}\n`,
      name: "role and content in each message",
    },
    // Only a record's own keys are compared (formats/duplicate-keys.ts): a repeat inside a nested message
    // is not reported.
    {
      text: `{"prompt": [{"role": "user", "content": "a", "content": "b"}], "chosen": [{"role": "assistant", "content": "x"}], "rejected": [{"role": "assistant", "content": "y"}]}\n`,
      name: "a repeat inside a message",
    },
    // A key's text inside a string value is not a key.
    {
      text: `${JSON.stringify(pair({ chosen: `${GOOD_CHOSEN} "chosen": "chosen"` }))}\n`,
      name: "a key inside a string",
    },
  ],
  invalid: [
    {
      text: `{"prompt": "${PROMPT}", "chosen": "${GOOD_CHOSEN}", "rejected": "${GOOD_REJECTED}", "chosen": "Sure, here is how."}\n`,
      findings: [
        {
          line: 1,
          message:
            'the record gives "chosen" more than once: JSON.parse keeps the last, other tools may keep the first',
        },
      ],
    },
    {
      text: `${JSON.stringify(pair())}\n{"prompt": "a", "prompt": "b", "chosen": "x", "rejected": "y", "rejected": "z"}\n`,
      findings: [{ line: 2, message: 'the record gives "prompt", "rejected" more than once' }],
    },
    // A CSV header naming a column twice.
    {
      text: "prompt,chosen,rejected,chosen\nPlan my week,Sure,No,Yes\n",
      file: "data.csv",
      findings: [{ line: 1, message: "chosen" }],
    },
  ],
});
