import { fires, GOOD_CHOSEN, pair, passes, testRule } from "../support/rule-tester.js";

const MESSAGE = "chosen and rejected are the same text";

testRule("identical-responses", {
  valid: [
    passes(pair()),
    passes(pair({ rejected: `${GOOD_CHOSEN} And more.` })),
    // Punctuation is part of the text.
    passes(pair({ rejected: GOOD_CHOSEN.replace(/\?$/, ".") })),
    // Without rejected (a missing field) there is nothing to compare.
    passes({ prompt: "Plan my week", chosen: GOOD_CHOSEN, category: "direct_harm" }),
    // Two empty responses are empty-response's finding, not two identical ones.
    passes(pair({ chosen: "", rejected: " " })),
  ],
  invalid: [
    fires(pair({ rejected: GOOD_CHOSEN }), MESSAGE),
    // Case and spaces do not make a different response.
    fires(pair({ rejected: `  ${GOOD_CHOSEN.toUpperCase()}  ` }), MESSAGE),
    fires(pair({ rejected: GOOD_CHOSEN.replace(/ /g, "  \n ") }), MESSAGE),
  ],
});
