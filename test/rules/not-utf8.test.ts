import { pair, testRule } from "../support/rule-tester.js";

const LINE = `${JSON.stringify(pair())}\n`;

testRule("not-utf8", {
  valid: [
    { text: LINE },
    // A UTF-8 byte order mark is UTF-8.
    { text: `\ufeff${LINE}`, name: "UTF-8 with a BOM" },
    // Bytes that are not UTF-8 but hold no NUL (a Windows-1252 "é"): read, each such byte a U+FFFD
    // (replacement-char's finding), not this rule's.
    {
      text: Buffer.concat([
        Buffer.from('{"prompt": "Caf'),
        Buffer.from([0xe9]),
        Buffer.from('", "chosen": "Yes, a long enough answer here.", "rejected": "No."}\n'),
      ]),
      name: "a Windows-1252 byte",
    },
  ],
  invalid: [
    {
      text: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, "utf16le")]),
      findings: [
        {
          line: 1,
          message: "the file is UTF-16 LE (it starts with that byte order mark), not UTF-8: not read",
        },
      ],
    },
    {
      text: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LINE, "utf16le").swap16()]),
      findings: [{ line: 1, message: "UTF-16 BE" }],
    },
    // UTF-16 without a byte order mark: its NUL bytes show it.
    {
      text: Buffer.from(LINE, "utf16le"),
      findings: [{ line: 1, message: "the file is binary, not text: a NUL byte at byte 2" }],
    },
    // A NUL on the third line is reported there.
    { text: `${LINE}${LINE}{"prompt": "a\u0000"}\n`, findings: [{ line: 3, message: "a NUL byte at byte" }] },
  ],
});
