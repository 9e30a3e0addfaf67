import { pair, testRule } from "../support/rule-tester.js";

const LIMITS = { limits: { "max-line-bytes": 1024 } };
/** A record line of exactly `bytes` bytes. */
const lineOf = (bytes: number) => {
  const base = JSON.stringify(pair({ chosen: "" }));
  return JSON.stringify(pair({ chosen: "x".repeat(bytes - base.length) }));
};

testRule("line-too-long", {
  valid: [
    { text: `${JSON.stringify(pair())}\n` },
    // The cap itself is allowed.
    { text: `${lineOf(1024)}\n`, config: LIMITS, name: "a line of exactly the cap" },
  ],
  invalid: [
    {
      text: `${lineOf(1025)}\n${lineOf(500)}\n`,
      config: LIMITS,
      findings: [
        {
          line: 1,
          message: "the line holds 1025 bytes, over the cap of 1 KiB (limits.max-line-bytes): not read",
        },
      ],
    },
    // The last line, without a newline.
    {
      text: `${lineOf(500)}\n${lineOf(5000)}`,
      config: LIMITS,
      findings: [{ line: 2, message: "the line holds 5000 bytes" }],
    },
    // One element of a JSON array.
    {
      text: `[${lineOf(500)},\n${lineOf(2000)}]`,
      file: "data.json",
      config: LIMITS,
      findings: [{ line: 2, message: "over the cap of 1 KiB" }],
    },
  ],
});
