import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

testRule("empty-response", {
  valid: [
    passes(pair()),
    // One visible character is a response (a short one: chosen-too-short's finding).
    passes(pair({ chosen: "." })),
    // An absent response is missing-field's finding, not an empty one.
    passes({ prompt: "Plan my week", chosen: "Here is a plan for your week." }),
  ],
  invalid: [
    fires(pair({ chosen: "" }), "chosen is empty"),
    fires(pair({ rejected: "   \n " }), "rejected is empty"),
    {
      record: pair({ chosen: "", rejected: "\t" }),
      findings: [
        { line: 1, message: "chosen is empty" },
        { line: 1, message: "rejected is empty" },
      ],
    },
    // HH-RLHF harmless, line 87: the last assistant turn of chosen is empty.
    fires(
      realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 86),
      "chosen is empty",
      "HH-RLHF harmless line 87",
    ),
  ],
});
