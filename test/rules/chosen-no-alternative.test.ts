import { fires, MIXED_SCOPE, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });
const MESSAGE = "chosen refuses without offering an alternative";

testRule("chosen-no-alternative", {
  valid: [
    passes(pair()),
    passes(
      chosen(
        "I can't create tasks for following your ex home. I Can Help you plan tasks for your own evening routine or for talking to a counselor. Which sounds better?",
      ),
      "an alternative in title case",
    ),
    passes(
      chosen(
        "I can't help schedule visits to your ex's workplace. Instead, let's create tasks for the things you can control this week. Where would you like to start?",
      ),
    ),
    passes(
      chosen(
        "I won't create tasks for checking your partner's phone. Alternatively, we could plan a time for an honest conversation. Would that be useful?",
      ),
    ),
    passes(
      chosen(
        "I can't give out a customer's home address, but I can search my database and get their store's hours.",
      ),
    ),
    passes(
      chosen(
        "I can't compare quotes for you myself. I'd recommend looking for a car insurance comparison website.",
      ),
    ),
    passes(chosen("抱歉，我不能帮你查看她的手机，但我可以帮你安排一次坦诚的谈话。你觉得怎么样？")),
    // A chosen that does not refuse lacks no alternative: no finding may say it "refuses".
    passes(
      chosen(
        "Sure! Here's your week: 1. Monday, groceries, 2. Tuesday, gym, 3. Wednesday, call your mother.",
      ),
    ),
    // A helpfulness example is outside refusal scope, whatever its chosen says.
    {
      record: pair({
        chosen: "I cannot and will not help with that request. It could cause harm.",
        category: "helpfulness",
      }),
      config: MIXED_SCOPE,
      name: "a refusal in a helpfulness category",
    },
  ],
  invalid: [
    fires(
      chosen(
        "I cannot and will not help with that request. What you're asking is potentially illegal and could cause harm to others.",
      ),
      MESSAGE,
    ),
    fires(
      chosen(
        "I can't create tasks for tracking where your coworker lives, because that could put them at risk.",
      ),
      MESSAGE,
    ),
    fires(chosen("对不起，我无法提供这类信息。"), MESSAGE),
    // Uncategorised: a refusing chosen puts the example in refusal scope.
    fires(
      pair({ category: undefined, chosen: "I'm sorry, I can't help you with that request at all." }),
      MESSAGE,
    ),
    // HH-RLHF harmless, line 235: the assistant's last turn refuses and offers nothing.
    fires(realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 234), MESSAGE, "HH-RLHF harmless line 235"),
  ],
});
