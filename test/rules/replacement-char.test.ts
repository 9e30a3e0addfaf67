import { fires, GOOD_CHOSEN, PROMPT, pair, passes, testRule } from "../support/rule-tester.js";

testRule("replacement-char", {
  valid: [
    passes(pair()),
    // Other non-ASCII text is not a replacement character.
    passes(pair({ chosen: `${GOOD_CHOSEN} Café, 抱歉, 🙂.` })),
  ],
  invalid: [
    fires(
      pair({ chosen: `${GOOD_CHOSEN} Caf\ufffd.` }),
      `chosen holds the replacement character U+FFFD at character ${GOOD_CHOSEN.length + 5} (1 time)`,
    ),
    fires(
      pair({ prompt: `\ufffd\ufffd ${PROMPT}` }),
      "prompt holds the replacement character U+FFFD at character 1 (2 times)",
    ),
    {
      record: pair({
        chosen: `\ufffd${GOOD_CHOSEN}`,
        rejected: "Sure \ufffd here is the plan: note every time they leave.",
      }),
      findings: [
        { line: 1, message: "chosen holds the replacement character" },
        { line: 1, message: "rejected holds the replacement character U+FFFD at character 6" },
      ],
    },
    // A Windows-1252 "é" in a UTF-8 file: the reader decodes the byte as U+FFFD (not-utf8 looks only for
    // byte order marks and NUL bytes).
    {
      text: Buffer.concat([
        Buffer.from(`{"prompt": "${PROMPT} at the caf`),
        Buffer.from([0xe9]),
        Buffer.from(`", "chosen": "${GOOD_CHOSEN}", "rejected": "No.", "category": "direct_harm"}\n`),
      ]),
      findings: [
        {
          line: 1,
          message: `prompt holds the replacement character U+FFFD at character ${PROMPT.length + 12} (1 time)`,
        },
      ],
      name: "a Windows-1252 byte",
    },
  ],
});
