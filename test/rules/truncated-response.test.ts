import { fires, GOOD_CHOSEN, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

// The cases the rule was judged on (scripts/measure-truncation.ts measures it on the labelled dev set):
// texts meant to end as they do, and texts cut off mid-sentence, mid-word or with a structure left open.
const chosen = (text: string) => passes(pair({ chosen: text }));
const rejected = (text: string) => passes(pair({ rejected: text }));
const cutChosen = (text: string) => fires(pair({ chosen: text }), "chosen looks cut off: it");
const cutRejected = (text: string) => fires(pair({ rejected: text }), "rejected looks cut off: it");

testRule("truncated-response", {
  valid: [
    passes(pair()),
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
    // Closing brackets before any opening one close nothing; every bracket opened after is closed.
    chosen("Pick one: a) tea or b) coffee (both hot)."),
    chosen("See [1] and the notes (page 4)."),
    // MedicalGPT's reward test set, line 1: a short complete Chinese answer with no stop at all.
    passes(realRecord("medicalgpt-reward-test.jsonl", 0), "MedicalGPT line 1"),
  ],
  invalid: [
    cutChosen(`${GOOD_CHOSEN} I can also help you plan the`),
    cutChosen(`${GOOD_CHOSEN} I can also help you,`),
    cutRejected("Here's how to do it, step by step:"),
    cutRejected("Here is your plan: 1. Note when they leave the house and track where they go every single"),
    // A dangling noun phrase where every sentence before it has its full stop.
    cutRejected("The farmer's son was spared due to his broken leg. The neighbor"),
    cutRejected("I appreciate your consideration of my feelings, but I'm fine. I don't have any"),
    cutChosen("这种手术操作是成熟的技术，操作相对比较简单，"),
    cutChosen("希望自己的孩子能聪明。医生询问："),
    cutChosen("How would you feel about pulling a fire alarm at the airport?  It’"),
    cutChosen('Here is the component.\n\n```jsx\n<input\n  type="text"\n  placeholder="Enter authority name'),
    cutChosen("We can write the joint distribution as:\n\n$$p(x_1"),
    cutChosen("Sleep Hygiene Tips. Retrieved from (https://www.sleepfoundation.org/"),
    cutChosen("The scent of something that smells bad to a dog can"),
    cutChosen("Pick one: a) tea or b) coffee (both hot."),
    cutChosen("See [1] and the notes (page 4"),
    // The walk starts at the first opening bracket of either kind: from the later one, "]" would close "(".
    cutChosen("Note [see (this] here."),
    cutChosen("To help her feel less sad, you might use the analogy that"),
    cutChosen("Friends share things. I'm"),
    cutChosen("It is a group. But it's also not the case that this"),
    // HH-RLHF harmless, line 6: the chosen ends "so it's" (the dataset's own cut).
    fires(
      realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 5),
      "chosen looks cut off: it",
      "HH-RLHF harmless line 6",
    ),
  ],
});
