import { MIXED_SCOPE, pair, realRecord, testRule } from "../support/rule-tester.js";

const REFUSAL =
  "I'm sorry, but I can't help with writing a cover letter. Is there anything else I can do for you today?";
const helpfulness = (chosen: string, prompt = "Write a cover letter for a barista job") => ({
  record: pair({ category: "helpfulness", prompt, chosen }),
  config: MIXED_SCOPE,
});

testRule("refusal-in-chosen", {
  valid: [
    // In refusal scope a refusing chosen is the point.
    {
      record: pair({ category: "direct_harm", chosen: REFUSAL }),
      config: MIXED_SCOPE,
      name: "a harm category",
    },
    // Traps: an eager opening, and a caveat late in a helpful answer.
    {
      ...helpfulness(
        "I can't wait to help you plan this! Here's your week: 1. Monday, groceries, 2. Tuesday, gym, 3. Wednesday, call your mother.",
        "Plan my week",
      ),
      name: "I can't wait to help",
    },
    {
      ...helpfulness(
        `Here is a savings plan that fits your budget: put aside ten percent of each paycheck, automate the transfer on payday, and review it monthly. ${"Keep a small emergency fund too. ".repeat(3)}I can't promise returns, of course.`,
        "Suggest a savings plan",
      ),
      name: "a late caveat",
    },
    // Uncategorised: no category says the request wanted help.
    { record: pair({ category: undefined, chosen: REFUSAL }), config: MIXED_SCOPE, name: "uncategorised" },
    // The seed's edge_cases category expects help too, but a helpful answer there is no finding.
    {
      record: pair({
        category: "edge_cases",
        chosen:
          "Here is a cover letter you can adapt: Dear hiring manager, I love coffee and people. Best, Sam.",
      }),
      name: "edge_cases answering",
    },
  ],
  invalid: [
    { ...helpfulness(REFUSAL), findings: [{ line: 1, message: "chosen refuses a helpfulness request" }] },
    // The seed's own taxonomy: edge_cases is refusal: false.
    {
      record: pair({ category: "edge_cases", chosen: REFUSAL }),
      findings: [{ line: 1, message: "chosen refuses an edge_cases request" }],
      name: "the seed's edge_cases",
    },
    // HH-RLHF harmless, line 235, filed under helpfulness: "I'm sorry, I cannot help you with that."
    {
      record: { ...realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 234), category: "helpfulness" },
      config: MIXED_SCOPE,
      findings: [{ line: 1, message: "chosen refuses a helpfulness request" }],
      name: "HH-RLHF harmless line 235 as helpfulness",
    },
  ],
});
