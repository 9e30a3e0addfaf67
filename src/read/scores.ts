import type { PairScores } from "../model/example.js";
import { describeType, type JsonObject, type RecordProblem } from "./messages.js";

// A pair's scores (ratings, ranks), read the same way whatever the record's layout.

/**
 * The key pairs real datasets score their responses with: UltraFeedback-binarized's `score_chosen`,
 * Argilla's `chosen-rating` / `chosen_rating`, distilabel's `rating_chosen`, and ranks (lower is better).
 */
const SCORE_KEYS: ReadonlyArray<readonly [chosen: string, rejected: string, higherIsBetter: boolean]> = [
  ["score_chosen", "score_rejected", true],
  ["chosen_score", "rejected_score", true],
  ["chosen_rating", "rejected_rating", true],
  ["chosen-rating", "rejected-rating", true],
  ["rating_chosen", "rating_rejected", true],
  ["chosen_rank", "rejected_rank", false],
  ["rank_chosen", "rank_rejected", false],
];

const SCORE_KEY_NAMES: ReadonlySet<string> = new Set(
  SCORE_KEYS.flatMap((keys) => keys.slice(0, 2) as string[]),
);

/** Whether a field holds a response's score, rating or rank (readers of untyped formats make it a number). */
export function isScoreKey(key: string): boolean {
  return SCORE_KEY_NAMES.has(key);
}

/** The first pair of score keys the record has both of; a score that is not a number is wrong-type. */
export function readScores(record: JsonObject, problems: RecordProblem[]): PairScores | undefined {
  for (const [chosenKey, rejectedKey, higherIsBetter] of SCORE_KEYS) {
    if (!(chosenKey in record) || !(rejectedKey in record)) continue;
    const chosen = record[chosenKey];
    const rejected = record[rejectedKey];
    // null is how Parquet and pandas write a missing score: no score, not a wrong one.
    if (chosen === null || rejected === null) return undefined;
    let valid = true;
    for (const [key, value] of [
      [chosenKey, chosen],
      [rejectedKey, rejected],
    ] as const) {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        problems.push({
          rule: "wrong-type",
          field: key,
          message: `${key} should be a number, found ${typeof value === "number" ? String(value) : describeType(value)}`,
        });
        valid = false;
      }
    }
    if (!valid) return undefined;
    return {
      chosen: chosen as number,
      rejected: rejected as number,
      fields: [chosenKey, rejectedKey],
      higherIsBetter,
    };
  }
  return undefined;
}
