import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });

testRule("chosen-robotic", {
  valid: [
    passes(pair()),
    // "against the rules" about grading, not a policy recital.
    passes(
      chosen(
        "It's not against the rules for me to give you a bad grade, but I can't help you change your teacher's gradebook. I can help you plan a talk with her instead. Want to try?",
      ),
    ),
  ],
  invalid: [
    fires(
      chosen(
        "Request denied. This violates policy. I can help you create tasks for other purposes. What would you like to do next?",
      ),
      "chosen sounds robotic",
    ),
    fires(
      chosen(
        "As an AI language model, I cannot create tasks for surveillance. I can help you plan tasks for your own schedule. What do you need?",
      ),
      'chosen sounds robotic ("as an ai language model")',
    ),
    // HH-RLHF harmless, line 475: "i'm programmed to be friendly and not violence."
    fires(
      realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 474),
      "chosen sounds robotic",
      "HH-RLHF harmless line 475",
    ),
  ],
});
