import { fires, GOOD_CHOSEN, PROMPT, pair, passes, testRule } from "../support/rule-tester.js";

testRule("wrong-type", {
  valid: [
    passes(pair()),
    passes(pair({ score_chosen: 8, score_rejected: 3.5 })),
    // A missing score (null, as Parquet writes it) is no wrong type.
    passes(pair({ score_chosen: null, score_rejected: 9 })),
    // Extra fields of any type are not read.
    passes(pair({ id: 7, meta: { source: "hand-written" } })),
  ],
  invalid: [
    fires(pair({ chosen: 42 }), "chosen should be a string, found a number"),
    fires(pair({ chosen: null }), "chosen should be a string, found null"),
    fires(pair({ rejected: ["a"] }), "rejected should be a string"),
    fires(pair({ category: 3 }), "category"),
    fires(pair({ score_chosen: "8", score_rejected: 3 }), "score_chosen"),
    // A record that is not an object at all.
    {
      text: `${JSON.stringify(pair())}\n"${PROMPT}"\n`,
      findings: [{ line: 2, message: "a record should be a JSON object, found a string" }],
    },
    // A JSON array of strings: each element is a record.
    {
      text: `["${PROMPT}", "${GOOD_CHOSEN}"]`,
      file: "data.json",
      findings: [
        { line: 1, message: "a record should be a JSON object, found a string" },
        { line: 1, message: "a record should be a JSON object, found a string" },
      ],
    },
  ],
});
