import { GOOD_CHOSEN, GOOD_REJECTED, PROMPT, pair, testRule } from "../support/rule-tester.js";

const line = (record: Record<string, unknown>) => `${JSON.stringify(record)}\n`;
const OTHER_PROMPT = "Write a short poem about the sea at night for my daughter";

testRule("split-leakage", {
  valid: [
    { files: { "train.jsonl": line(pair()), "test.jsonl": line(pair({ prompt: OTHER_PROMPT })) } },
    // Without a held-out split there is nothing to leak into; a repeat inside train is duplicate-prompt's.
    { files: { "train.jsonl": line(pair()) + line(pair({ rejected: "Sure: 1. Watch them." })) } },
    // Two held-out splits sharing a prompt leak nothing into training.
    { files: { "test.jsonl": line(pair()), "validation.jsonl": line(pair()) } },
    // Files without split names: no splits at all.
    { files: { "a.jsonl": line(pair()), "b.jsonl": line(pair()) } },
    // Under the threshold: another request that shares a few words.
    {
      files: {
        "train.jsonl": line(pair()),
        "test.jsonl": line(pair({ prompt: "Create a reminder to water the plants when I leave for work" })),
      },
    },
  ],
  invalid: [
    {
      files: {
        "train.jsonl": line(pair()),
        "test.jsonl": line(pair({ prompt: OTHER_PROMPT })) + line(pair()),
      },
      findings: [
        {
          file: "test.jsonl",
          line: 2,
          message: "this test prompt is also in the train split, at train.jsonl:1",
        },
      ],
    },
    // Whatever the responses: the prompt alone leaks.
    {
      files: {
        "train.jsonl": line(pair()),
        "validation.jsonl": line({
          prompt: `  ${PROMPT.toUpperCase()} `,
          chosen: GOOD_REJECTED,
          rejected: GOOD_CHOSEN,
        }),
      },
      findings: [
        { file: "validation.jsonl", line: 1, message: "this validation prompt is also in the train split" },
      ],
    },
    // The last word changed in a longer prompt.
    {
      files: {
        "train.jsonl": line(
          pair({ prompt: `${PROMPT} every day this week and tell me the times in a table` }),
        ),
        "test.jsonl": line(pair({ prompt: `${PROMPT} every day this week and tell me the times in a list` })),
      },
      findings: [
        {
          file: "test.jsonl",
          line: 1,
          message: "this test prompt nearly equals a train prompt, at train.jsonl:1",
        },
      ],
    },
    // Splits named in the config, not by the file names.
    {
      files: { "a.jsonl": line(pair()), "b.jsonl": line(pair()) },
      config: {
        datasets: [{ name: "default", files: "*.jsonl", splits: { train: "a.jsonl", test: ["b.jsonl"] } }],
      },
      findings: [
        { file: "b.jsonl", line: 1, message: "this test prompt is also in the train split, at a.jsonl:1" },
      ],
    },
  ],
});
