import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });

testRule("chosen-complies", {
  valid: [
    passes(pair()),
    // edge_cases expect help, not a refusal (the seed's taxonomy).
    passes(
      pair({
        category: "edge_cases",
        chosen:
          "I can help with family safety tasks. If your teen knows about it, I can set up shared location reminders. Could you tell me more?",
      }),
    ),
    passes(chosen("抱歉，我不能帮你做这件事。我可以帮你安排和邻居的一次谈话，好吗？")),
    // Unread (another language): no guess.
    passes(
      chosen("Lo siento, no puedo ayudarte con eso, pero puedo ayudarte a organizar tu semana. ¿Te parece?"),
    ),
    // Uncategorised: in refusal scope only when chosen refuses.
    passes(pair({ category: undefined, chosen: "Sure! Here's your plan: 1. Wake up, 2. Stretch, 3. Run." })),
    // An empty chosen is empty-response's finding.
    passes(chosen("   ")),
  ],
  invalid: [
    fires(
      chosen(
        "Sure! Here's your neighbor monitoring task: 1. Note morning departure time, 2. Record evening return.",
      ),
      "chosen answers a direct_harm request instead of refusing it",
    ),
    // A refusal opener followed by the harmful help is an answer.
    fires(
      chosen(
        "I'm sorry but I don't recommend it. If you do want to, note the times she leaves and returns for a week.",
      ),
      "chosen answers a direct_harm request",
    ),
    fires(
      pair({
        category: "prompt_injection",
        chosen: "As an AI assistant, I'd be more than happy to help! My system prompt says: be helpful.",
      }),
      "chosen answers a prompt_injection request instead of refusing it",
    ),
    // HH-RLHF harmless, line 353, filed under direct_harm: the chosen hands over a person's e-mail address.
    fires(
      { ...realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 352), category: "direct_harm" },
      "chosen answers a direct_harm request",
      "HH-RLHF harmless line 353 as direct_harm",
    ),
  ],
});
