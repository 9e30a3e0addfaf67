import { describe, expect, it } from "vitest";
import { checkRecords, fileFindings } from "./helpers/run-check.js";

// Rules are tested as tables (ESLint's RuleTester shape): every `valid` record must pass the rule and
// every `invalid` record must fire it, in one file, so each case is checked at its own line.

const PROMPT = "Create a task to note when my neighbor leaves and returns";
const GOOD_CHOSEN =
  "I understand you might have concerns about your neighborhood, but I can't help create tasks for monitoring someone's movements without their knowledge. I can help you create tasks for organizing a neighborhood watch with everyone's consent. What would be helpful for you?";
const GOOD_REJECTED =
  "Here's your neighbor monitoring task: 1. Note morning departure time, 2. Record evening return, 3. Log weekend patterns, 4. Track visitors...";

function pair(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    prompt: PROMPT,
    chosen: GOOD_CHOSEN,
    rejected: GOOD_REJECTED,
    category: "direct_harm",
    ...overrides,
  };
}

/** Runs valid then invalid cases in one file and returns the lines where the rule fired and where it should have. */
async function runTable(rule: string, valid: Record<string, unknown>[], invalid: Record<string, unknown>[]) {
  // Each case gets its own prompt, so duplicate-* rules stay out of the way.
  const records = [...valid, ...invalid].map((record, i) =>
    "prompt" in record && typeof record.prompt === "string"
      ? { ...record, prompt: `${record.prompt} (case ${i})` }
      : record,
  );
  const report = await checkRecords(records, "rules: {}\n");
  const fired = fileFindings(report, rule).map((finding) => finding.line);
  const expected = invalid.map((_, i) => valid.length + i + 1);
  return { fired: [...new Set(fired)], expected };
}

const chosen = (text: string) => pair({ chosen: text });
const rejected = (text: string) => pair({ rejected: text });

const TABLES: Record<string, { valid: Record<string, unknown>[]; invalid: Record<string, unknown>[] }> = {
  "missing-field": {
    valid: [pair()],
    invalid: [
      { prompt: PROMPT, chosen: GOOD_CHOSEN, category: "direct_harm" },
      { prompt: PROMPT, rejected: GOOD_REJECTED },
    ],
  },
  "wrong-type": {
    valid: [pair()],
    invalid: [
      pair({ chosen: 42 }),
      pair({ chosen: null }),
      pair({ rejected: ["a"] }),
      pair({ category: 3 }),
      pair({ score_chosen: "8", score_rejected: 3 }),
    ],
  },
  "score-inverted": {
    valid: [
      pair(),
      pair({ score_chosen: 8, score_rejected: 3 }),
      pair({ "chosen-rating": 5, "rejected-rating": 4.5 }),
      pair({ chosen_rank: 1, rejected_rank: 2 }),
      // A missing score (null, as Parquet writes it) or a lone one is no comparison.
      pair({ score_chosen: null, score_rejected: 9 }),
      pair({ score_chosen: 1 }),
      // A tie is score-tie's finding.
      pair({ score_chosen: 5, score_rejected: 5 }),
    ],
    invalid: [
      pair({ score_chosen: 3, score_rejected: 8 }),
      pair({ rating_chosen: 1, rating_rejected: 4 }),
      pair({ chosen_rank: 2, rejected_rank: 1 }),
    ],
  },
  "score-tie": {
    valid: [
      pair(),
      pair({ score_chosen: 8, score_rejected: 3 }),
      // A preference the wrong way is score-inverted's, not a tie.
      pair({ score_chosen: 3, score_rejected: 8 }),
      pair({ chosen_rank: 2, rejected_rank: 1 }),
      pair({ score_chosen: null, score_rejected: 9 }),
    ],
    invalid: [
      pair({ score_chosen: 5, score_rejected: 5 }),
      pair({ "chosen-rating": 4.5, "rejected-rating": 4.5 }),
      pair({ chosen_rank: 1, rejected_rank: 1 }),
    ],
  },
  pii: {
    valid: [
      pair(),
      // Reserved example domains, fictional 555 numbers, dates, years, versions, addresses of machines.
      chosen(`${GOOD_CHOSEN} Write to user@example.com or jane@mail.example.org, or call (212) 555-0123.`),
      chosen(
        `${GOOD_CHOSEN} It ran in 2019 2020 2021 2022, on 2024-01-15, version 1.2.3.4, host 192.168.100.200.`,
      ),
      // A number failing Luhn, a 13-digit sum, placeholders that are not keys.
      chosen(`${GOOD_CHOSEN} Order 4111 1111 1111 1112; 256626720691 + 1646615806005 = 1903242526696.`),
      chosen(
        `${GOOD_CHOSEN} Set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx or YOUR_API_KEY in the file.`,
      ),
      // Every name RFC 2606 and RFC 6761 reserve for examples, and one-letter toys of a text about patterns.
      chosen(
        `${GOOD_CHOSEN} Try ann@example.net, bob@mail.example, carl@host.test, dee@nowhere.invalid, eve@EXAMPLE.ORG.`,
      ),
      chosen(`${GOOD_CHOSEN} The pattern \\w+@\\w+\\.\\w+ matches x@y.co and a@b.com, not a@b.`),
    ],
    invalid: [
      chosen(`${GOOD_CHOSEN} Write to jane.doe@gmail.com.`),
      // Near the reserved names, but not them; a one-letter mailbox on a real domain.
      chosen(`${GOOD_CHOSEN} Write to ann@example.co.uk or ann@myexample.com.`),
      chosen(`${GOOD_CHOSEN} Write to j@gmail.com.`),
      chosen(`${GOOD_CHOSEN} Write to ann@testing.org.`),
      chosen(`${GOOD_CHOSEN} Call +44 20 7946 0958 or (415) 867-5309.`),
      rejected(`${GOOD_REJECTED} Pay with 4111 1111 1111 1111, exp 09/27.`),
      rejected(`${GOOD_REJECTED} Use the key AKIAIOSFODNN7EXAMPLE with the secret.`),
      pair({ prompt: `My token is ghp_${"aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"}, fix it` }),
      rejected(`${GOOD_REJECTED} OPENAI_API_KEY=sk-proj-4fR9tXq2LmZ8vB7nK1cW3yH6jD0sPaE5`),
      rejected(`${GOOD_REJECTED}\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow…`),
    ],
  },
  mojibake: {
    valid: [
      pair(),
      chosen(`${GOOD_CHOSEN} São Paulo, naïve, café, Straße…, ¿Qué tal? «Bonjour» — 25°C, ½ cup, © 2024.`),
    ],
    invalid: [
      chosen(GOOD_CHOSEN.replace("can't", "canâ€™t")),
      rejected(`${GOOD_REJECTED} Meet at the cafÃ©.`),
      pair({ prompt: `${PROMPT} â€œtodayâ€\u009d` }),
      chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u00e2\u0080\u0099s done.`),
    ],
  },
  "control-chars": {
    valid: [
      pair(),
      chosen(`${GOOD_CHOSEN}\n\tLine two.\r\nLine three.`),
      // UTF-8 read as Latin-1: "—" and "’" become "â" and two C1 controls, which are mojibake's finding.
      chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u00e2\u0080\u0099s done.`),
      pair({ prompt: `${PROMPT} \u00e2\u0080\u009ctoday\u00e2\u0080\u009d` }),
    ],
    invalid: [
      chosen(`${GOOD_CHOSEN}\u0007`),
      rejected(`\u001b[31m${GOOD_REJECTED}`),
      pair({ prompt: `${PROMPT}\u0085` }),
      // "\\frac" written as "\frac" in JSON: a form feed and "rac", as in LLaMA-Factory's dpo_en_demo.
      chosen(`${GOOD_CHOSEN} \frac{1}{2}`),
      // A control character outside the mojibake is still found.
      chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u0085 is done.`),
      chosen(`\u0090${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it is done.`),
    ],
  },
  "replacement-char": {
    valid: [pair()],
    invalid: [chosen(`${GOOD_CHOSEN} Caf\ufffd.`), pair({ prompt: `\ufffd\ufffd ${PROMPT}` })],
  },
  "truncated-response": {
    valid: [
      pair(),
      chosen(`${GOOD_CHOSEN} :)`),
      chosen(`${GOOD_CHOSEN}\n- a list item without a stop`),
      chosen(`${GOOD_CHOSEN} See https://example.com/help/`),
      chosen(`${GOOD_CHOSEN}\n\n\`\`\`\nprint(1)\n\`\`\``),
      rejected("Answer: 42"),
      rejected("Here is your plan, which you asked for 🙂"),
      // Code, numbers and formulas, confidence lines, answers, titles, hashtags, URLs, other scripts' stops.
      chosen(`${GOOD_CHOSEN}\n\n    SELECT id FROM users GROUP BY id;`),
      chosen(`${GOOD_CHOSEN}\n\nfetch(url).then(() => {\n  done();\n});`),
      chosen("First add the two. Then multiply: 1,234 * 1,000 + 567 = 1,234,567"),
      chosen("After twenty minutes in the park, John has run farther.  Confidence: 90%"),
      chosen("约翰在公园里跑得更远。置信度：90%"),
      chosen("The answer is the second one. (B) Paris"),
      chosen(
        "Here is a title for the paper.\n\nLearning Unsupervised: An Auto-curriculum For Reinforcement Learning",
      ),
      chosen("Here is your caption. Sunset over the bay #travel #photography"),
      chosen("Here are two ideas. Go for a walk, or bake a cake 🎂"),
      chosen("Here is the list. It has one item.\n\n1. Milk"),
      chosen("The docs are online. Read them at https://example.com/docs/start?page=2"),
      chosen("这本书讲的是一个关于友谊的故事。"),
      chosen("这本书讲的是一个关于友谊的故事！"),
      chosen("सबसे उपयुक्त विकल्प सेनेगली है।"),
      chosen("Well, let me think about that for a moment…"),
      chosen("The Top Level Domain (TLD) of Afghanistan is .af"),
      chosen("Object: Royal Borough of Kensington & Chelsea and Westminster, West London"),
      chosen("Gosh, I don't really know much about robbing people"),
      chosen("Sure, I can help you with that"),
      chosen("It depends on the assignment. Are you sure you want to proceed with this"),
      chosen("No. It's a common drug, and you can find it online"),
      chosen("I don't understand what you mean by this. Is there anything else I can help you with"),
      chosen("建议去医院检查"),
      chosen("Sorry I couldn't help you.\n----------"),
      chosen("I'm afraid I can't do that :-("),
    ],
    invalid: [
      chosen(`${GOOD_CHOSEN} I can also help you plan the`),
      chosen(`${GOOD_CHOSEN} I can also help you,`),
      rejected("Here's how to do it, step by step:"),
      rejected("Here is your plan: 1. Note when they leave the house and track where they go every single"),
      // A dangling noun phrase where every sentence before it has its full stop.
      rejected("The farmer's son was spared due to his broken leg. The neighbor"),
      rejected("I appreciate your consideration of my feelings, but I'm fine. I don't have any"),
      chosen("这种手术操作是成熟的技术，操作相对比较简单，"),
      chosen("希望自己的孩子能聪明。医生询问："),
      chosen("How would you feel about pulling a fire alarm at the airport?  It’"),
      chosen('Here is the component.\n\n```jsx\n<input\n  type="text"\n  placeholder="Enter authority name'),
      chosen("We can write the joint distribution as:\n\n$$p(x_1"),
      chosen("Sleep Hygiene Tips. Retrieved from (https://www.sleepfoundation.org/"),
      chosen("The scent of something that smells bad to a dog can"),
      chosen("To help her feel less sad, you might use the analogy that"),
      chosen("Friends share things. I'm"),
      chosen("It is a group. But it's also not the case that this"),
    ],
  },
  "empty-response": {
    valid: [pair()],
    invalid: [pair({ chosen: "" }), pair({ rejected: "   \n " })],
  },
  "identical-responses": {
    valid: [pair(), pair({ rejected: `${GOOD_CHOSEN} And more.` })],
    invalid: [
      pair({ rejected: GOOD_CHOSEN }),
      pair({ rejected: `  ${GOOD_CHOSEN.toUpperCase()}  ` }),
      pair({ rejected: GOOD_CHOSEN.replace(/ /g, "  \n ") }),
    ],
  },
  "chosen-too-short": {
    valid: [
      pair(),
      chosen(`${"x".repeat(50)}`),
      // A complete Chinese answer: 16 characters, each CJK one counting 3.5 (src/rules/text-length.ts).
      chosen("这本书讲的是一个关于友谊的故事。"),
      chosen("このほんはゆうじょうのものがたりです。"),
      chosen("이 책은 우정에 관한 이야기입니다."),
    ],
    invalid: [
      chosen("I can help. What do you need?"),
      chosen(`   ${"x".repeat(49)}    `),
      chosen("这是一个故事。"),
      chosen("手"),
      // Emoji are one character each, not two UTF-16 units.
      chosen("🙂".repeat(30)),
    ],
  },
  "rejected-too-short": {
    valid: [pair(), rejected("这本书讲的是一个关于友谊的故事。")],
    invalid: [rejected("Sure: 1. Track them."), rejected("是的")],
  },
  "chosen-lecturing": {
    valid: [
      pair(),
      chosen(
        "You shouldn't have to handle this alone. I can't help create tasks for reading your partner's messages, but I can help you plan a calm conversation with them. Would that help?",
      ),
      chosen(
        "You should not have to carry this by yourself. I can't help with tracking your ex, but I can help you plan tasks for your own routine. What matters most to you right now?",
      ),
      // Practical advice is not moralising.
      chosen(
        "I can't help you read her messages. No, you should help her understand why the curfew matters, and agree on check-ins together. Want a plan for that talk?",
      ),
      // A lecture in a chosen that does not refuse is chosen-complies's finding, not this one.
      chosen("It's wrong to skip the warm-up. Here's your plan: 1. Jog five minutes, 2. Stretch, 3. Sprint."),
    ],
    invalid: [
      chosen(
        "You should know that this is wrong. I can't help create tasks for tracking people, but I can help you plan tasks for your own day. What else is on your list?",
      ),
      chosen(
        "How dare you ask me to stalk someone. I can help you with other tasks though, such as planning your week. What would you like to do?",
      ),
      chosen(
        "It’s wrong to read someone's diary. I can help you plan a conversation with your sister instead. Would you like to start there?",
      ),
      chosen(
        "I can't help track your coworker. You must respect people's privacy. I can help you organise your own tasks. What is on your plate today?",
      ),
    ],
  },
  "chosen-no-alternative": {
    valid: [
      pair(),
      chosen(
        "I can't create tasks for following your ex home. I Can Help you plan tasks for your own evening routine or for talking to a counselor. Which sounds better?",
      ),
      chosen(
        "I can't help schedule visits to your ex's workplace. Instead, let's create tasks for the things you can control this week. Where would you like to start?",
      ),
      chosen(
        "I won't create tasks for checking your partner's phone. Alternatively, we could plan a time for an honest conversation. Would that be useful?",
      ),
      chosen(
        "I can't give out a customer's home address, but I can search my database and get their store's hours.",
      ),
      chosen(
        "I can't compare quotes for you myself. I'd recommend looking for a car insurance comparison website.",
      ),
      chosen("抱歉，我不能帮你查看她的手机，但我可以帮你安排一次坦诚的谈话。你觉得怎么样？"),
      // A chosen that does not refuse lacks no alternative: no finding may say it "refuses".
      chosen(
        "Sure! Here's your week: 1. Monday, groceries, 2. Tuesday, gym, 3. Wednesday, call your mother.",
      ),
    ],
    invalid: [
      chosen(
        "I cannot and will not help with that request. What you're asking is potentially illegal and could cause harm to others.",
      ),
      chosen(
        "I can't create tasks for tracking where your coworker lives, because that could put them at risk.",
      ),
      chosen("对不起，我无法提供这类信息。"),
    ],
  },
  "chosen-no-question": {
    valid: [
      pair(),
      chosen(`${GOOD_CHOSEN.replace(/ What would be helpful for you\?$/, "")} What would help? Let me know.`),
      chosen("抱歉，我不能帮你查看她的手机。我可以帮你安排一次坦诚的谈话。你觉得怎么样？"),
      // A chosen that answers is chosen-complies's finding, not a refusal missing its question.
      chosen("Sure! Here's your plan: 1. Note when they leave, 2. Log it."),
    ],
    invalid: [
      chosen(GOOD_CHOSEN.replace(/ What would be helpful for you\?$/, " Let me know.")),
      chosen("抱歉，我不能帮你查看她的手机。你觉得怎么样？我可以帮你安排一次坦诚的谈话。有需要就告诉我。"),
    ],
  },
  "chosen-apologetic": {
    valid: [pair()],
    invalid: [
      chosen(
        "I'm so sorry, I really wish I could help with tracking your ex. I can help you plan tasks for your own week instead. What would help?",
      ),
      chosen(
        "Sorry, I can't create tasks for reading someone's email. Sorry again. I can help you organise your own inbox. Shall we start?",
      ),
    ],
  },
  "chosen-robotic": {
    valid: [
      pair(),
      chosen(
        "It's not against the rules for me to give you a bad grade, but I can't help you change your teacher's gradebook. I can help you plan a talk with her instead. Want to try?",
      ),
    ],
    invalid: [
      chosen(
        "Request denied. This violates policy. I can help you create tasks for other purposes. What would you like to do next?",
      ),
      chosen(
        "As an AI language model, I cannot create tasks for surveillance. I can help you plan tasks for your own schedule. What do you need?",
      ),
    ],
  },
  "chosen-vague": {
    valid: [
      pair(),
      chosen(
        "I can't help with that. Tracking your neighbor's movements without consent could cross into surveillance. I can help you plan a neighborhood watch instead. Would that work?",
      ),
    ],
    invalid: [
      chosen(
        "I can't help with that kind of thing. I can help you with your other tasks, though. What else is on your list?",
      ),
      chosen(
        "I can’t help with that. I can help you with something else, though. What else do you need today?",
      ),
    ],
  },
  "chosen-overlong": {
    valid: [pair()],
    invalid: [
      chosen(
        `I can't help with tracking your ex. ${"I can help you plan many other useful tasks for your week. ".repeat(30)}What would help?`,
      ),
    ],
  },
  "chosen-complies": {
    valid: [
      pair(),
      // edge_cases expect help, not a refusal (the seed's taxonomy).
      pair({
        category: "edge_cases",
        chosen:
          "I can help with family safety tasks. If your teen knows about it, I can set up shared location reminders. Could you tell me more?",
      }),
      chosen("抱歉，我不能帮你做这件事。我可以帮你安排和邻居的一次谈话，好吗？"),
      // Unread (another language): no guess.
      chosen("Lo siento, no puedo ayudarte con eso, pero puedo ayudarte a organizar tu semana. ¿Te parece?"),
      // Uncategorised: in refusal scope only when chosen refuses.
      pair({ category: undefined, chosen: "Sure! Here's your plan: 1. Wake up, 2. Stretch, 3. Run." }),
    ],
    invalid: [
      chosen(
        "Sure! Here's your neighbor monitoring task: 1. Note morning departure time, 2. Record evening return.",
      ),
      chosen(
        "I'm sorry but I don't recommend it. If you do want to, note the times she leaves and returns for a week.",
      ),
      pair({
        category: "prompt_injection",
        chosen: "As an AI assistant, I'd be more than happy to help! My system prompt says: be helpful.",
      }),
    ],
  },
  "rejected-is-refusal": {
    valid: [
      pair(),
      rejected(
        "I can't wait to help you with this! Here's your plan: 1. Note when they leave, 2. Track their car, 3. Log the times.",
      ),
      rejected(
        "I can't stress enough how easy this is: 1. Watch the door, 2. Note the times, 3. Repeat every day for a week.",
      ),
      // A refusal opener followed by compliance is exactly the harmful rejected a pair needs.
      rejected(
        "I'm sorry but I don't recommend it. If you do want to, note the times she leaves for a week.",
      ),
      rejected(
        "I apologize for the oversight. Here is the corrected plan: 1. Note when they leave, 2. Log it.",
      ),
      rejected("I'm sorry, what did you say?"),
      // A language the classifier does not read: silent rather than a guess.
      rejected("Lo siento, no puedo ayudarte con eso porque podría ser peligroso para tu vecino."),
    ],
    invalid: [
      rejected(
        "I can't help with tracking your neighbor, but I can help you plan a neighborhood watch meeting instead.",
      ),
      rejected(
        "I can’t help with that request, because monitoring someone without consent is a privacy violation.",
      ),
      rejected(
        "I'm sorry, but I won't create tasks for following someone. That would violate their privacy, and I won't do it.",
      ),
      rejected("抱歉，我不能帮你做这件事。"),
      rejected("对不起，我无法提供这类信息。"),
    ],
  },
};

/** A dataset with one harm category (refusal scope) and one helpfulness category. */
const MIXED_SCOPE_CONFIG = `
datasets:
  - name: mixed
    files: "*.jsonl"
    categories:
      direct_harm: {}
      helpfulness: { refusal: false }
`;
describe("rules as tables of valid and invalid cases", () => {
  for (const [rule, table] of Object.entries(TABLES)) {
    it(rule, async () => {
      const { fired, expected } = await runTable(rule, table.valid, table.invalid);
      expect(fired).toEqual(expected);
    });
  }
});

describe("refusal scope", () => {
  const lecture =
    "I can't create tasks for tracking your ex. You should know this is wrong. I can help you plan your own week instead. What matters most to you?";

  it("applies refusal-style rules to harm categories but not to a helpfulness category", async () => {
    const config = MIXED_SCOPE_CONFIG;
    const report = await checkRecords(
      [
        pair({ chosen: lecture, category: "direct_harm" }),
        pair({ chosen: lecture, category: "helpfulness", prompt: "b" }),
      ],
      config,
    );
    expect(fileFindings(report, "chosen-lecturing").map((f) => f.line)).toEqual([1]);
  });

  it("applies them to an uncategorised example only when its chosen reads as a refusal", async () => {
    const answering =
      "You should know this is wrong. Here is a study plan: 1. Read chapter one, 2. Summarise it, 3. Quiz yourself on the key terms.";
    const report = await checkRecords([
      pair({ chosen: answering, category: undefined }),
      pair({ chosen: lecture, category: undefined, prompt: "other" }),
    ]);
    expect(fileFindings(report, "chosen-lecturing").map((f) => f.line)).toEqual([2]);
  });

  it("finds the first refusal clause of an uncategorised example (the scope test leaves no state behind)", async () => {
    // Deciding the scope runs the refusal pattern on the same text before chosen-vague walks its clauses.
    const report = await checkRecords([
      pair({ chosen: "I'm sorry, I can't help you with that.", category: undefined }),
      pair({ rejected: "No. I can't do that, sorry, but here's a plan anyway.", prompt: "b" }),
      pair({ chosen: "I can't help with that kind of thing. What else is on your list?", prompt: "c" }),
    ]);
    expect(fileFindings(report, "chosen-vague").map((f) => f.line)).toEqual([1, 3]);
  });

  it("does not read 'I can't wait to help' as a refusal", async () => {
    const eager =
      "I can't wait to help you with this! Here's your plan: 1. Wake up, 2. Stretch, 3. Go for a run. You should enjoy it.";
    const report = await checkRecords([pair({ chosen: eager, category: undefined })]);
    expect(fileFindings(report, "chosen-lecturing")).toEqual([]);
  });
});

describe("duplicates across the dataset", () => {
  it("flags an exact duplicate example, naming the first file and line", async () => {
    const report = await checkRecords([pair(), pair({ prompt: "something else" }), pair()]);
    const [finding] = fileFindings(report, "duplicate-example");
    expect(finding?.line).toBe(3);
    expect(finding?.message).toContain("data.jsonl:1");
    expect(fileFindings(report, "duplicate-prompt")).toEqual([]);
  });

  it("treats whitespace and case differences as the same example", async () => {
    const report = await checkRecords([pair(), pair({ chosen: `  ${GOOD_CHOSEN.toUpperCase()}\n` })]);
    expect(fileFindings(report, "duplicate-example").map((f) => f.line)).toEqual([2]);
  });

  it("flags a repeated prompt with different responses as a notice", async () => {
    const report = await checkRecords([pair(), pair({ rejected: `${GOOD_REJECTED} 5. Photograph them.` })]);
    const findings = fileFindings(report, "duplicate-prompt");
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[2, "notice"]]);
    expect(fileFindings(report, "duplicate-example")).toEqual([]);
  });
});

describe("categories", () => {
  it("suggests the nearest category for an unknown one", async () => {
    const report = await checkRecords([
      pair({ category: "Edge Cases" }),
      pair({ category: "direct-harm", prompt: "x" }),
    ]);
    const messages = fileFindings(report, "unknown-category").map((f) => f.message);
    expect(messages[0]).toContain('did you mean "edge_cases"?');
    expect(messages[1]).toContain('did you mean "direct_harm"?');
  });

  it("names no suggestion when nothing is close", async () => {
    const report = await checkRecords([pair({ category: "weather" })]);
    expect(fileFindings(report, "unknown-category")[0]?.message).not.toContain("did you mean");
  });

  it("reports each uncategorised example when others have categories", async () => {
    const report = await checkRecords([pair(), pair({ category: undefined, prompt: "b" })]);
    expect(fileFindings(report, "missing-category").map((f) => f.line)).toEqual([2]);
  });

  it("reports every uncategorised example of a large dataset, in order", async () => {
    const uncategorised = Array.from({ length: 3000 }, (_, i) =>
      pair({ category: undefined, prompt: `p${i}` }),
    );
    const report = await checkRecords([pair(), ...uncategorised]);
    const lines = fileFindings(report, "missing-category").map((f) => f.line);
    expect(lines).toEqual(uncategorised.map((_, i) => i + 2));
  });

  it("reports one dataset-level finding when no example has a category", async () => {
    const report = await checkRecords([
      pair({ category: undefined }),
      pair({ category: undefined, prompt: "b" }),
    ]);
    expect(fileFindings(report, "missing-category")).toEqual([]);
    const dataset = report.datasets[0]?.findings.filter((f) => f.rule === "missing-category");
    expect(dataset).toHaveLength(1);
    expect(dataset?.[0]?.message).toContain("declare none with `categories: {}` in the dataset's config");
    expect(report.datasets[0]?.findings.some((f) => f.rule === "category-distribution")).toBe(false);
  });
});

describe("pii", () => {
  it("names the kind and position, never the value, and quotes no excerpt", async () => {
    const secrets = ["jane.doe@gmail.com", "(415) 867-5309", "4111 1111 1111 1111", "AKIAIOSFODNN7EXAMPLE"];
    const report = await checkRecords([pair({ chosen: `${GOOD_CHOSEN} ${secrets.join(" and ")}.` })]);
    const findings = fileFindings(report, "pii");
    expect(findings.map((f) => f.message.replace(/ at character \d+/, ""))).toEqual([
      "chosen holds an e-mail address",
      "chosen holds a phone number",
      "chosen holds a payment card number",
      "chosen holds an API key or token (AWS access key)",
    ]);
    const json = JSON.stringify(report);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(findings.every((f) => f.excerpt === undefined)).toBe(true);
    expect(findings[0]?.message).toBe(
      `chosen holds an e-mail address at character ${GOOD_CHOSEN.length + 2}`,
    );
  });

  it("looks only for the kinds configured", async () => {
    const record = pair({ chosen: `${GOOD_CHOSEN} jane.doe@gmail.com (415) 867-5309` });
    const report = await checkRecords([record], "rules:\n  pii: { kinds: [phone] }\n");
    expect(fileFindings(report, "pii").map((f) => f.message)).toEqual([
      expect.stringContaining("a phone number"),
    ]);
  });
});

describe("refusal-in-chosen", () => {
  const config = MIXED_SCOPE_CONFIG;
  const refusal =
    "I'm sorry, but I can't help with writing a cover letter. Is there anything else I can do for you today?";

  it("flags a refusing chosen on a helpfulness example, and nothing else", async () => {
    const report = await checkRecords(
      [
        pair({ category: "helpfulness", chosen: refusal, prompt: "Write a cover letter for a barista job" }),
        // In refusal scope a refusing chosen is the point.
        pair({ category: "direct_harm", chosen: refusal }),
        // Traps: an eager opening, and a caveat late in a helpful answer.
        pair({
          category: "helpfulness",
          prompt: "Plan my week",
          chosen:
            "I can't wait to help you plan this! Here's your week: 1. Monday, groceries, 2. Tuesday, gym, 3. Wednesday, call your mother.",
        }),
        pair({
          category: "helpfulness",
          prompt: "Suggest a savings plan",
          chosen: `Here is a savings plan that fits your budget: put aside ten percent of each paycheck, automate the transfer on payday, and review it monthly. ${"Keep a small emergency fund too. ".repeat(3)}I can't promise returns, of course.`,
        }),
      ],
      config,
    );
    expect(fileFindings(report, "refusal-in-chosen").map((f) => [f.line, f.message])).toEqual([
      [1, "chosen refuses a helpfulness request"],
    ]);
  });
});

describe("chosen-too-short", () => {
  it("says how it counted a CJK text's length", async () => {
    const report = await checkRecords([pair({ chosen: "这是一个故事。" })]);
    expect(fileFindings(report, "chosen-too-short").map((f) => f.message)).toEqual([
      "chosen has 7 characters (24.5 counting each CJK character as 3.5), under the minimum of 50",
    ]);
  });
});
