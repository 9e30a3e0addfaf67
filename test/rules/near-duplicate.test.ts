import { GOOD_CHOSEN, GOOD_REJECTED, pair, realRecord, testRule } from "../support/rule-tester.js";

const ONE_WORD_CHANGED = pair({ rejected: GOOD_REJECTED.replace("weekend", "weekday") });
const OTHER = pair({
  prompt: "Write a short poem about the sea at night",
  chosen:
    "The tide comes in, the lanterns glow, the harbour hums a song it knows; the gulls are gone, the nets are dry, and silver water meets the sky.",
  rejected: "Sea. Night. Water. Dark. The end.",
});

testRule("near-duplicate", {
  valid: [
    { records: [pair(), OTHER] },
    // An exact copy is duplicate-example's finding.
    { records: [pair(), pair()] },
    // Under the threshold: half the chosen rewritten.
    {
      records: [
        pair(),
        pair({
          chosen: `${GOOD_CHOSEN.slice(0, GOOD_CHOSEN.length / 2)} Talking with them directly, or with your building manager, may settle what worries you. Shall we plan that?`,
          rejected:
            "Sure: watch their door from your window and write down every time it opens, with the hour.",
        }),
      ],
    },
    {
      records: [pair(), ONE_WORD_CHANGED],
      options: { threshold: 1 },
      name: "threshold 1 (only exact copies)",
    },
  ],
  invalid: [
    {
      records: [pair(), OTHER, ONE_WORD_CHANGED],
      findings: [
        {
          line: 3,
          message: "nearly the same example as data.jsonl:1 (estimated Jaccard 0.80 over word 5-grams)",
        },
      ],
    },
    // Case and spacing are not a difference at all; one word is a small one.
    {
      records: [
        pair(),
        pair({ chosen: GOOD_CHOSEN.toUpperCase(), rejected: GOOD_REJECTED.replace("Log", "Note") }),
      ],
      findings: [{ line: 2, message: "nearly the same example as data.jsonl:1" }],
    },
    // HH-RLHF harmless, lines 238 and 2292: the same conversation, its last turns reworded.
    {
      records: [
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 237),
        realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 2291),
      ],
      findings: [
        {
          line: 2,
          message: "nearly the same example as data.jsonl:1 (estimated Jaccard 0.82 over word 5-grams)",
        },
      ],
      name: "HH-RLHF harmless lines 238 and 2292",
    },
  ],
});
