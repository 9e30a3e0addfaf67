import { gzipSync } from "node:zlib";
import { pair, testRule } from "../support/rule-tester.js";

const JSONL = `${JSON.stringify(pair())}\n${JSON.stringify(pair({ prompt: "b" }))}\n`;
const GZIP = gzipSync(JSONL);

testRule("corrupt-file", {
  valid: [
    { text: GZIP, file: "data.jsonl.gz", name: "a whole gzip file" },
    { text: JSONL },
    // A broken line is invalid-json's finding, not a corrupt file.
    { text: `${JSONL}{"prompt": \n` },
  ],
  invalid: [
    // A gzip cut short (an interrupted upload).
    {
      text: GZIP.subarray(0, GZIP.length - 12),
      file: "data.jsonl.gz",
      findings: [{ line: 1, message: "reading stopped after" }],
      name: "a truncated gzip",
    },
    // Gzip's magic number and then noise.
    {
      text: Buffer.concat([GZIP.subarray(0, 10), Buffer.from("not deflate data at all, just text")]),
      file: "data.jsonl.gz",
      findings: [{ line: 1, message: "cannot read the file" }],
      name: "a gzip header over noise",
    },
    // A link to nowhere, and a loop of links.
    {
      symlinks: { "data.jsonl": "missing.jsonl" },
      findings: [{ line: 1, message: "cannot read the file: " }],
    },
    {
      symlinks: { "a.jsonl": "b.jsonl", "b.jsonl": "a.jsonl" },
      findings: [
        { file: "a.jsonl", line: 1, message: "cannot read the file: " },
        { file: "b.jsonl", line: 1, message: "cannot read the file: " },
      ],
    },
    // A CSV quote never closed stops the reader.
    {
      text: 'prompt,chosen,rejected\nPlan my week,Sure,No\n"Plan my day,Sure,No\n',
      file: "data.csv",
      findings: [{ line: 1, message: "reading stopped after 1 records: CSV_QUOTE_NOT_CLOSED" }],
    },
  ],
});
