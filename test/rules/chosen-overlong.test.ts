import { fires, pair, passes, testRule } from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });
const LONG = `I can't help with tracking your ex. ${"I can help you plan many other useful tasks for your week. ".repeat(30)}What would help?`;
const FILLER = "I can help you plan the other tasks of your week with you.".split(" ");
/** A refusal of exactly `words` words, in plain English (the classifier reads only what it knows is English). */
const refusalOf = (words: number) =>
  `I can't help with tracking your ex. ${Array.from({ length: words - 10 }, (_, i) => FILLER[i % FILLER.length]).join(" ")} What would help?`;

testRule("chosen-overlong", {
  valid: [
    passes(pair()),
    // The limit itself is not over it.
    passes(chosen(refusalOf(250)), "a refusal of exactly 250 words"),
    // A long answer is not a long refusal.
    passes(
      chosen(`Sure! Here's your plan. ${"Note the time they leave and the time they return. ".repeat(30)}`),
    ),
    { record: chosen(LONG), options: { words: 400 }, name: "under a raised limit" },
  ],
  invalid: [
    fires(chosen(LONG), "over the limit of 250"),
    fires(chosen(refusalOf(251)), "chosen has 251 words, over the limit of 250"),
    {
      record: pair({ chosen: refusalOf(60) }),
      options: { words: 50, severity: "warning" },
      findings: [{ line: 1, severity: "warning", message: "chosen has 60 words, over the limit of 50" }],
    },
  ],
});
