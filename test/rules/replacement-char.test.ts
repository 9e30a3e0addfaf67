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
  ],
});
