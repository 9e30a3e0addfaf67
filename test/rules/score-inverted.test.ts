import { fires, pair, passes, realRecord, testRule } from "../support/rule-tester.js";

// MedicalGPT's reward test set keeps no scores: its first record is a plain pair.
const medical = realRecord("medicalgpt-reward-test.jsonl", 0);

testRule("score-inverted", {
  valid: [
    passes(pair()),
    passes(pair({ score_chosen: 8, score_rejected: 3 })),
    passes(pair({ "chosen-rating": 5, "rejected-rating": 4.5 })),
    passes(pair({ chosen_rank: 1, rejected_rank: 2 })),
    // A missing score (null, as Parquet writes it) or a lone one is no comparison.
    passes(pair({ score_chosen: null, score_rejected: 9 })),
    passes(pair({ score_chosen: 1 })),
    // A tie is score-tie's finding.
    passes(pair({ score_chosen: 5, score_rejected: 5 })),
    passes(medical, "a MedicalGPT reward record"),
  ],
  invalid: [
    fires(
      pair({ score_chosen: 3, score_rejected: 8 }),
      "score_chosen 3 is below score_rejected 8: chosen should score higher",
    ),
    fires(pair({ rating_chosen: 1, rating_rejected: 4 }), "rating_chosen 1 is below rating_rejected 4"),
    fires(
      pair({ chosen_rank: 2, rejected_rank: 1 }),
      "chosen_rank 2 is above rejected_rank 1: chosen should rank first (lower)",
    ),
    // Fractions one step apart.
    fires(pair({ score_chosen: 4.4, score_rejected: 4.5 }), "score_chosen 4.4 is below score_rejected 4.5"),
  ],
});
