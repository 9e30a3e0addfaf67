import { fires, GOOD_CHOSEN, GOOD_REJECTED, pair, passes, testRule } from "../support/rule-tester.js";

testRule("lone-surrogate", {
  valid: [
    passes(pair()),
    // A surrogate pair is one emoji, not a lone half.
    passes(pair({ chosen: `${GOOD_CHOSEN} 🙂` })),
    // As JSON escapes, a whole pair too.
    {
      text: `{"prompt":"Hi there, how are you","chosen":"${GOOD_CHOSEN} \\ud83d\\ude42","rejected":"${GOOD_REJECTED}","category":"direct_harm"}\n`,
      name: "an escaped pair",
    },
  ],
  invalid: [
    fires(
      pair({ chosen: `${GOOD_CHOSEN} \ud83d` }),
      `chosen holds the lone surrogate U+D83D at character ${GOOD_CHOSEN.length + 2}`,
    ),
    // A low half alone, at the start.
    fires(
      pair({ rejected: `\ude42${GOOD_REJECTED}` }),
      "rejected holds the lone surrogate U+DE42 at character 1",
    ),
    // The halves in the wrong order are two lone halves: the first is reported.
    fires(
      pair({ chosen: `\ude42\ud83d ${GOOD_CHOSEN}` }),
      "chosen holds the lone surrogate U+DE42 at character 1",
    ),
  ],
});
