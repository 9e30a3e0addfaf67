import { GOOD_CHOSEN, GOOD_REJECTED, PROMPT, realRecord, testRule } from "../support/rule-tester.js";

const user = (content: string) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });
const transcript = (...turns: [string, string][]) =>
  turns.map(([h, a]) => `\n\nHuman: ${h}\n\nAssistant: ${a}`).join("");

testRule("context-mismatch", {
  valid: [
    // Conversational pairs whose chosen and rejected repeat the same earlier turns.
    {
      record: {
        chosen: [user(PROMPT), assistant(GOOD_CHOSEN)],
        rejected: [user(PROMPT), assistant(GOOD_REJECTED)],
      },
    },
    {
      record: {
        chosen: transcript(["Hi", "Hello! How can I help?"], [PROMPT, GOOD_CHOSEN]),
        rejected: transcript(["Hi", "Hello! How can I help?"], [PROMPT, GOOD_REJECTED]),
      },
      name: "an hh-rlhf pair sharing its first turns",
    },
    { record: realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 0), name: "HH-RLHF harmless line 1" },
  ],
  invalid: [
    {
      record: {
        chosen: [user(PROMPT), assistant(GOOD_CHOSEN)],
        rejected: [user("Create a task to note when my coworker leaves"), assistant(GOOD_REJECTED)],
      },
      findings: [
        {
          line: 1,
          message:
            "chosen and rejected differ before their last assistant turn (from turn 1), so the pair does not share one prompt",
        },
      ],
    },
    {
      record: {
        chosen: transcript(["Hi", "Hello! How can I help?"], [PROMPT, GOOD_CHOSEN]),
        rejected: transcript(["Hi", "Hey."], [PROMPT, GOOD_REJECTED]),
      },
      findings: [
        {
          line: 1,
          message:
            "the transcripts differ before their last assistant turn (from turn 2), so the pair does not share one prompt",
        },
      ],
      name: "an hh-rlhf pair whose first answers differ",
    },
    // HH-RLHF harmless, line 1255: chosen holds an extra "Human:" turn inside an assistant turn.
    {
      record: realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 1254),
      findings: [{ line: 1, message: "the transcripts differ before their last assistant turn" }],
      name: "HH-RLHF harmless line 1255",
    },
  ],
});
