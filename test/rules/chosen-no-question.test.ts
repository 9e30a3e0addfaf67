import { fires, GOOD_CHOSEN, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });
const MESSAGE = "chosen ends without an engagement question";
const WITHOUT_QUESTION = GOOD_CHOSEN.replace(/ What would be helpful for you\?$/, "");

testRule("chosen-no-question", {
  valid: [
    passes(pair()),
    // The question need not be the last sentence.
    passes(chosen(`${WITHOUT_QUESTION} What would help? Let me know.`)),
    passes(chosen("抱歉，我不能帮你查看她的手机。我可以帮你安排一次坦诚的谈话。你觉得怎么样？")),
    // A chosen that answers is chosen-complies's finding, not a refusal missing its question.
    passes(chosen("Sure! Here's your plan: 1. Note when they leave, 2. Log it.")),
  ],
  invalid: [
    fires(chosen(`${WITHOUT_QUESTION} Let me know.`), MESSAGE),
    fires(chosen(WITHOUT_QUESTION), MESSAGE),
    fires(
      chosen("抱歉，我不能帮你查看她的手机。你觉得怎么样？我可以帮你安排一次坦诚的谈话。有需要就告诉我。"),
      MESSAGE,
    ),
    // HH-RLHF harmless, line 235: "I'm sorry, I cannot help you with that. I don't know who that is."
    fires(realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 234), MESSAGE, "HH-RLHF harmless line 235"),
  ],
});
