import { fires, pair, passes, testRule } from "../support/rule-tester.js";

testRule("score-tie", {
  valid: [
    passes(pair()),
    passes(pair({ score_chosen: 8, score_rejected: 3 })),
    // A preference the wrong way is score-inverted's finding, not a tie.
    passes(pair({ score_chosen: 3, score_rejected: 8 })),
    passes(pair({ chosen_rank: 2, rejected_rank: 1 })),
    // A missing score (null, as Parquet writes it) or a lone one is no comparison.
    passes(pair({ score_chosen: null, score_rejected: 9 })),
    passes(pair({ score_chosen: 5 })),
  ],
  invalid: [
    fires(pair({ score_chosen: 5, score_rejected: 5 }), "score_chosen 5 equals score_rejected 5"),
    fires(
      pair({ "chosen-rating": 4.5, "rejected-rating": 4.5 }),
      "chosen-rating 4.5 equals rejected-rating 4.5",
    ),
    fires(pair({ chosen_rank: 1, rejected_rank: 1 }), "the scores prefer neither response"),
  ],
});
