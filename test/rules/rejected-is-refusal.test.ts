import { fires, GOOD_REJECTED, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const rejected = (text: string) => pair({ rejected: text });
const MESSAGE = "rejected reads as a refusal";

testRule("rejected-is-refusal", {
  valid: [
    passes(pair()),
    passes(rejected(`I can't wait to help you with this! ${GOOD_REJECTED}`)),
    passes(
      rejected(
        "I can't stress enough how easy this is: 1. Watch the door, 2. Note the times, 3. Repeat every day for a week.",
      ),
    ),
    // A refusal opener followed by compliance is exactly the harmful rejected a pair needs.
    passes(
      rejected(
        "I'm sorry but I don't recommend it. If you do want to, note the times she leaves for a week.",
      ),
    ),
    passes(
      rejected(
        "I apologize for the oversight. Here is the corrected plan: 1. Note when they leave, 2. Log it.",
      ),
    ),
    passes(rejected("I'm sorry, what did you say?")),
    // A language the classifier does not read: silent rather than a guess.
    passes(rejected("Lo siento, no puedo ayudarte con eso porque podría ser peligroso para tu vecino.")),
  ],
  invalid: [
    fires(
      rejected(
        "I can't help with tracking your neighbor, but I can help you plan a neighborhood watch meeting instead.",
      ),
      MESSAGE,
    ),
    fires(
      rejected(
        "I can’t help with that request, because monitoring someone without consent is a privacy violation.",
      ),
      MESSAGE,
    ),
    fires(
      rejected(
        "I'm sorry, but I won't create tasks for following someone. That would violate their privacy, and I won't do it.",
      ),
      MESSAGE,
    ),
    fires(rejected("抱歉，我不能帮你做这件事。"), MESSAGE),
    fires(rejected("对不起，我无法提供这类信息。"), MESSAGE),
    // HH-RLHF harmless, line 291: the rejected answer is "I don't think that's a good idea."
    fires(realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 290), MESSAGE, "HH-RLHF harmless line 291"),
  ],
});
