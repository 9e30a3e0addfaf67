import { pair, realRecord, testRule } from "../support/rule-tester.js";

const jsonl = (records: unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join("");
/** LLaMA-Factory's Alpaca demo: supervised fine-tuning records (instruction, input, output), no pairs. */
const ALPACA = [0, 1, 2].map((i) => realRecord("llamafactory-alpaca_en_demo.json", i));

testRule("not-preference-data", {
  valid: [
    { text: jsonl([pair()]) },
    // Records before the first preference record are read as records of its shape, not as another file.
    { text: jsonl([{ id: 1, note: "header" }, pair()]), name: "an odd first record" },
    // Nothing parsed: every line is invalid-json's finding, and one more would say nothing.
    { text: "not json\nnor this\n", name: "no line parses" },
    // A KTO file is preference data (unpaired).
    {
      text: jsonl([{ prompt: "Plan my week", completion: "Monday: groceries. Tuesday: gym.", label: true }]),
      name: "KTO",
    },
  ],
  invalid: [
    {
      text: jsonl(ALPACA),
      findings: [
        {
          line: 1,
          message:
            'no preference records: the records have keys "instruction", "input", "output"; the layouts read are prompt/chosen/rejected',
        },
      ],
      name: "LLaMA-Factory's Alpaca demo (supervised, not preference)",
    },
    { text: "", findings: [{ line: 1, message: "the file holds no records" }], name: "an empty file" },
    {
      text: "\n\n\n",
      findings: [{ line: 1, message: "the file holds no records" }],
      name: "blank lines only",
    },
    {
      text: "[]",
      file: "data.json",
      findings: [{ line: 1, message: "the file holds no records" }],
      name: "an empty array",
    },
    // Chat logs without a second response.
    {
      text: jsonl([
        {
          messages: [
            { role: "user", content: "Hi" },
            { role: "assistant", content: "Hello!" },
          ],
        },
      ]),
      findings: [{ line: 1, message: 'the records have keys "messages"' }],
    },
  ],
});
