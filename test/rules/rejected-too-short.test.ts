import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const rejected = (text: string) => pair({ rejected: text });

testRule("rejected-too-short", {
  valid: [
    passes(pair()),
    passes(rejected("这本书讲的是一个关于友谊的故事。")),
    passes(rejected("y".repeat(50))),
    // Only rejected is measured: a short chosen is chosen-too-short's.
    passes(pair({ chosen: "Sure." })),
    // MedicalGPT's reward test set, line 1: the rejected answer is 19 CJK characters, long enough.
    passes(realRecord("medicalgpt-reward-test.jsonl", 0), "MedicalGPT line 1"),
  ],
  invalid: [
    fires(rejected("Sure: 1. Track them."), "rejected has 20 characters, under the minimum of 50"),
    fires(rejected("是的"), "rejected has 2 characters (7 counting each CJK character as 3.5)"),
    {
      record: rejected("Sure: 1. Track them every day."),
      options: { "min-chars": 40 },
      findings: [{ line: 1, message: "under the minimum of 40" }],
    },
  ],
});
