import { GOOD_PAIR } from "./run-check.js";

// The records the baseline's tests accept into a baseline and check again: unit (test/baseline.test.ts)
// and through the bundled CLI (test/e2e/baseline-cli.test.ts).

export const GOOD = GOOD_PAIR;
export const good = (i: number) => ({ ...GOOD, prompt: `${GOOD.prompt} (${i})` });
/** An error (identical-responses) and a warning (chosen-lecturing) on one record. */
export const bad = (i: number) => ({
  ...good(i),
  chosen: `You should know this is wrong. ${GOOD.chosen}`,
  rejected: `You should know this is wrong. ${GOOD.chosen}`,
});

// The records differ by a number only: near-duplicate would name them all.
export const CONFIG =
  "rules:\n  min-size: off\n  category-distribution: off\n  length-bias: off\n  near-duplicate: off\n";
