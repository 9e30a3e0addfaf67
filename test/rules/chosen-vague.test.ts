import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });
const MESSAGE = "chosen refuses without saying what it refuses";

testRule("chosen-vague", {
  valid: [
    passes(pair()),
    passes(
      chosen(
        "I can't help with that. Tracking your neighbor's movements without consent could cross into surveillance. I can help you plan a neighborhood watch instead. Would that work?",
      ),
    ),
    // Naming the prompt's subject ("neighbor") is saying what it refuses.
    passes(chosen("I can't help with that, it's about your neighbor's privacy. What else do you need?")),
  ],
  invalid: [
    fires(
      chosen(
        "I can't help with that kind of thing. I can help you with your other tasks, though. What else is on your list?",
      ),
      MESSAGE,
    ),
    // A curly apostrophe reads as a straight one.
    fires(
      chosen(
        "I can’t help with that. I can help you with something else, though. What else do you need today?",
      ),
      MESSAGE,
    ),
    // Uncategorised: the refusal that puts it in scope is found again as the first vague clause.
    fires(pair({ chosen: "I'm sorry, I can't help you with that.", category: undefined }), MESSAGE),
    // HH-RLHF harmless, line 235: "I'm sorry, I cannot help you with that. I don't know who that is."
    fires(realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 234), MESSAGE, "HH-RLHF harmless line 235"),
  ],
});
