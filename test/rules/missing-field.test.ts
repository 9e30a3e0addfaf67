import {
  fires,
  GOOD_CHOSEN,
  GOOD_REJECTED,
  PROMPT,
  pair,
  passes,
  realRecord,
  testRule,
} from "../support/rule-tester.js";

testRule("missing-field", {
  valid: [
    passes(pair()),
    // The implicit-prompt layout has no prompt by design.
    passes({ chosen: GOOD_CHOSEN, rejected: GOOD_REJECTED }),
    // A conversational pair whose responses follow the shared prompt.
    passes({
      prompt: [{ role: "user", content: PROMPT }],
      chosen: [{ role: "assistant", content: GOOD_CHOSEN }],
      rejected: [{ role: "assistant", content: GOOD_REJECTED }],
    }),
    passes(realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 0), "HH-RLHF harmless line 1"),
  ],
  invalid: [
    fires({ prompt: PROMPT, chosen: GOOD_CHOSEN, category: "direct_harm" }, 'the record has no "rejected"'),
    fires({ prompt: PROMPT, rejected: GOOD_REJECTED }, 'the record has no "chosen"'),
    // A message without its content: the message is the finding, not also the response it leaves empty.
    {
      record: {
        prompt: [{ role: "user", content: PROMPT }],
        chosen: [{ role: "assistant" }],
        rejected: [{ role: "assistant", content: GOOD_REJECTED }],
      },
      findings: [{ line: 1, message: 'chosen[0] has no "content"' }],
    },
    // A side that holds only the prompt's turns: no response at all.
    {
      record: {
        prompt: [{ role: "user", content: PROMPT }],
        chosen: [],
        rejected: [{ role: "assistant", content: GOOD_REJECTED }],
      },
      findings: [{ line: 1, message: "chosen has no response after the shared prompt" }],
    },
  ],
});
