import { GOOD_CHOSEN, pair, testRule } from "../support/rule-tester.js";

const line = (record: unknown) => JSON.stringify(record);

testRule("invalid-json", {
  valid: [
    { text: `${line(pair())}\n` },
    // CRLF line ends, a UTF-8 byte order mark, blank lines and no final newline are all JSON Lines.
    { text: `\ufeff${line(pair())}\r\n\r\n${line(pair({ prompt: "b" }))}`, name: "BOM, CRLF, blank line" },
    // A JSON array file, pretty-printed over many lines.
    {
      text: JSON.stringify([pair(), pair({ prompt: "b" })], null, 2),
      file: "data.json",
      name: "a JSON array",
    },
  ],
  invalid: [
    {
      text: `${line(pair())}\n{"prompt": "b", "chosen": "x",\n${line(pair({ prompt: "c" }))}\n`,
      findings: [{ line: 2, message: "not valid JSON: " }],
    },
    // Python's repr instead of JSON: single quotes.
    {
      text: `{'prompt': 'a', 'chosen': 'b', 'rejected': 'c'}\n`,
      findings: [{ line: 1, message: "not valid JSON" }],
    },
    // A trailing comma, and a line cut in the middle of a string.
    {
      text: `{"prompt": "a", "chosen": "b", "rejected": "c",}\n{"prompt": "a", "chosen": "${GOOD_CHOSEN.slice(0, 40)}\n`,
      findings: [
        { line: 1, message: "not valid JSON" },
        { line: 2, message: "not valid JSON" },
      ],
    },
    // A CSV row with a cell more than its header. (An unclosed quote stops the reader: corrupt-file's.)
    {
      text: "prompt,chosen,rejected\nPlan my week,Sure,No\nPlan my day,Sure,No,Maybe\n",
      file: "data.csv",
      findings: [{ line: 3, message: "not a valid CSV row: the row has 4 cells, the header 3" }],
    },
  ],
});
