import { fires, MIXED_SCOPE, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });
const LECTURE =
  "I can't create tasks for tracking your ex. You should know this is wrong. I can help you plan your own week instead. What matters most to you?";

testRule("chosen-lecturing", {
  valid: [
    passes(pair()),
    passes(
      chosen(
        "You shouldn't have to handle this alone. I can't help create tasks for reading your partner's messages, but I can help you plan a calm conversation with them. Would that help?",
      ),
    ),
    passes(
      chosen(
        "You should not have to carry this by yourself. I can't help with tracking your ex, but I can help you plan tasks for your own routine. What matters most to you right now?",
      ),
    ),
    // Practical advice is not moralising.
    passes(
      chosen(
        "I can't help you read her messages. No, you should help her understand why the curfew matters, and agree on check-ins together. Want a plan for that talk?",
      ),
    ),
    // A lecture in a chosen that does not refuse is chosen-complies's finding, not this one.
    passes(
      chosen("It's wrong to skip the warm-up. Here's your plan: 1. Jog five minutes, 2. Stretch, 3. Sprint."),
    ),
    // Outside refusal scope: a helpfulness category.
    {
      record: pair({ chosen: LECTURE, category: "helpfulness" }),
      config: MIXED_SCOPE,
      name: "a helpfulness example",
    },
    // Uncategorised and answering: not in refusal scope. "I can't wait to help" is no refusal.
    passes(
      pair({
        category: undefined,
        chosen:
          "I can't wait to help you with this! Here's your plan: 1. Wake up, 2. Stretch, 3. Go for a run. You should enjoy it.",
      }),
    ),
  ],
  invalid: [
    fires(
      chosen(
        "You should know that this is wrong. I can't help create tasks for tracking people, but I can help you plan tasks for your own day. What else is on your list?",
      ),
      'chosen lectures the user ("you should know that")',
    ),
    fires(
      chosen(
        "How dare you ask me to stalk someone. I can help you with other tasks though, such as planning your week. What would you like to do?",
      ),
      'chosen lectures the user ("how dare")',
    ),
    fires(
      chosen(
        "It’s wrong to read someone's diary. I can help you plan a conversation with your sister instead. Would you like to start there?",
      ),
      "chosen lectures the user",
    ),
    fires(
      chosen(
        "I can't help track your coworker. You must respect people's privacy. I can help you organise your own tasks. What is on your plate today?",
      ),
      "chosen lectures the user",
    ),
    {
      record: pair({ chosen: LECTURE, category: "direct_harm" }),
      config: MIXED_SCOPE,
      findings: [{ line: 1, message: "chosen lectures the user" }],
    },
    fires(
      pair({ chosen: LECTURE, category: undefined }),
      "chosen lectures the user",
      "uncategorised, refusing",
    ),
    // HH-RLHF harmless, line 1651: "sabotaging them would make you a bad person".
    fires(
      realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 1650),
      "chosen lectures the user",
      "HH-RLHF harmless line 1651",
    ),
  ],
});
