import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });

testRule("chosen-too-short", {
  valid: [
    passes(pair()),
    // The minimum itself is enough.
    passes(chosen("x".repeat(50))),
    // A complete Chinese answer: 16 characters, each CJK one counting 3.5 (src/rules/text-length.ts).
    passes(chosen("这本书讲的是一个关于友谊的故事。")),
    passes(chosen("このほんはゆうじょうのものがたりです。")),
    passes(chosen("이 책은 우정에 관한 이야기입니다.")),
    {
      record: chosen("I can help. What do you need?"),
      options: { "min-chars": 20 },
      name: "a lowered minimum",
    },
    // An empty chosen is empty-response's finding.
    passes(chosen("")),
  ],
  invalid: [
    fires(chosen("I can help. What do you need?"), "chosen has 29 characters, under the minimum of 50"),
    // Spaces around the text do not count.
    fires(chosen(`   ${"x".repeat(49)}    `), "chosen has 49 characters, under the minimum of 50"),
    fires(
      chosen("这是一个故事。"),
      "chosen has 7 characters (24.5 counting each CJK character as 3.5), under the minimum of 50",
    ),
    fires(chosen("手"), "chosen has 1 character (3.5 counting each CJK character as 3.5)"),
    // Emoji are one character each, not two UTF-16 units.
    fires(chosen("🙂".repeat(30)), "chosen has 30 characters"),
    {
      record: chosen("x".repeat(50)),
      options: { "min-chars": 51, severity: "error" },
      findings: [
        { line: 1, severity: "error", message: "chosen has 50 characters, under the minimum of 51" },
      ],
    },
    // MedicalGPT's reward test set, line 1: the chosen answer is a six-character diagnosis.
    fires(
      realRecord("medicalgpt-reward-test.jsonl", 0),
      "chosen has 6 characters (21 counting",
      "MedicalGPT line 1",
    ),
  ],
});
