import { GOOD_CHOSEN, GOOD_REJECTED, PROMPT, pair, realRecord, testRule } from "../support/rule-tester.js";

testRule("unread-prompt-field", {
  valid: [
    { record: pair() },
    // A field that repeats the prompt's text adds nothing unread.
    { record: pair({ system: "", instruction: PROMPT }), name: "the prompt repeated under another key" },
    // Not prompt-named: metadata.
    { record: pair({ source: "hand-written", id: 7 }) },
    // Alpaca pairs read instruction, input and system.
    {
      record: {
        instruction: PROMPT,
        input: "My street is quiet.",
        system: "Be kind.",
        chosen: GOOD_CHOSEN,
        rejected: GOOD_REJECTED,
      },
    },
    { record: realRecord("medicalgpt-reward-test.jsonl", 0), name: "MedicalGPT line 1 (question pairs)" },
  ],
  invalid: [
    // The implicit-prompt layout reads only chosen and rejected: the question is never seen.
    {
      record: { query: PROMPT, chosen: GOOD_CHOSEN, rejected: GOOD_REJECTED },
      findings: [
        {
          line: 1,
          message:
            '"query" holds prompt text that the trl-standard-implicit layout does not read: a trainer reading the record as trl-standard-implicit never sees it',
        },
      ],
    },
    {
      record: pair({ system: "You are a careful assistant.", context: "The user lives in a flat." }),
      findings: [
        {
          line: 1,
          message: '"system", "context" hold prompt text that the trl-standard layout does not read',
        },
      ],
    },
    // History as a list of turns.
    {
      record: pair({ history: [["Hi", "Hello!"]] }),
      findings: [{ line: 1, message: '"history" holds prompt text' }],
    },
  ],
});
