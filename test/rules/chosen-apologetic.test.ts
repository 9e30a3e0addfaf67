import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });

testRule("chosen-apologetic", {
  valid: [
    passes(pair()),
    // One plain apology is polite, not over-apologising.
    passes(
      chosen(
        "Sorry, I can't create tasks for reading someone's email. I can help you organise your own inbox. Shall we start?",
      ),
    ),
    // Apologies in a chosen that answers are not a refusal's style.
    passes(chosen("Sorry for the wait! Sorry again. Here's your plan: 1. Note the times, 2. Log them.")),
  ],
  invalid: [
    fires(
      chosen(
        "I'm so sorry, I really wish I could help with tracking your ex. I can help you plan tasks for your own week instead. What would help?",
      ),
      "chosen over-apologises",
    ),
    fires(
      chosen(
        "Sorry, I can't create tasks for reading someone's email. Sorry again. I can help you organise your own inbox. Shall we start?",
      ),
      "chosen apologises 2 times",
    ),
    // HH-RLHF harmless, line 1571: "I'm very sorry but I am unable to help you in this matter."
    fires(
      realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 1570),
      "chosen over-apologises",
      "HH-RLHF harmless line 1571",
    ),
  ],
});
