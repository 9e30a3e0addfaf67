import { GOOD_CHOSEN, GOOD_REJECTED, PROMPT, pair, testRule } from "../support/rule-tester.js";

const jsonl = (records: unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join("");
const KTO = { prompt: PROMPT, completion: GOOD_CHOSEN, label: true };
const SHAREGPT = {
  conversations: [{ from: "human", value: PROMPT }],
  chosen: { from: "gpt", value: GOOD_CHOSEN },
  rejected: { from: "gpt", value: GOOD_REJECTED },
};

testRule("mixed-shapes", {
  valid: [
    { text: jsonl([pair(), pair({ prompt: "b" })]) },
    // One family: string pairs with and without a prompt, conversational pairs, instruction pairs.
    {
      text: jsonl([
        pair(),
        { chosen: GOOD_CHOSEN, rejected: GOOD_REJECTED },
        {
          prompt: [{ role: "user", content: PROMPT }],
          chosen: [{ role: "assistant", content: GOOD_CHOSEN }],
          rejected: [{ role: "assistant", content: GOOD_REJECTED }],
        },
        { instruction: PROMPT, input: "", chosen: GOOD_CHOSEN, rejected: GOOD_REJECTED },
      ]),
      name: "the trl family",
    },
    // Two files of two shapes: each file is one shape.
    { files: { "a.jsonl": jsonl([pair()]), "b.jsonl": jsonl([KTO]) }, name: "a shape per file" },
  ],
  invalid: [
    {
      text: jsonl([pair(), pair({ prompt: "b" }), KTO]),
      findings: [{ line: 3, message: "this record is kto while the file is trl-standard (first at line 3)" }],
    },
    // Reported once, at the first record of another shape.
    {
      text: jsonl([SHAREGPT, pair(), KTO, pair({ prompt: "c" })]),
      findings: [
        { line: 2, message: "this record is trl-standard while the file is sharegpt (first at line 2)" },
      ],
    },
  ],
});
