/**
 * The name a user probably meant: the same words in another spelling ("Edge Cases" for edge_cases),
 * or a near typo ("chosen-lectureing"). Undefined when nothing is close.
 */
export function didYouMean(value: string, known: string[]): string | undefined {
  return nearest(value, known)?.name;
}

/**
 * didYouMean's answer when no other name is as near: certain enough to be fixed in one click, where a
 * tie ("harm" between harms and harma) is only a hint.
 */
export function certainlyMeant(value: string, known: string[]): string | undefined {
  const best = nearest(value, known);
  if (best === undefined) return undefined;
  const runnerUp = nearest(
    value,
    known.filter((name) => name !== best.name),
  );
  return runnerUp === undefined || runnerUp.distance > best.distance ? best.name : undefined;
}

function nearest(value: string, known: string[]): { name: string; distance: number } | undefined {
  const spelled = spelling(value);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    // The same words in another spelling are nearer than any typo.
    const distance = spelling(name) === spelled ? -1 : editDistance(spelled, spelling(name));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  // A typo changes a few letters and keeps most; anything further is another word, not a misspelling.
  if (best === undefined || bestDistance > Math.max(2, Math.floor(spelled.length / 4))) return undefined;
  if (bestDistance >= 0 && !sharesHalf(spelled, spelling(best))) return undefined;
  return { name: best, distance: bestDistance };
}

/**
 * Whether a guess keeps more than half the letters of what was typed: for a short word an edit distance of
 * 2 can replace it whole ("--ci" is 2 edits from "--to"), which is another word, not a typo.
 */
function sharesHalf(given: string, guess: string): boolean {
  const left = [...guess];
  let shared = 0;
  for (const char of given) {
    const at = left.indexOf(char);
    if (at === -1) continue;
    left.splice(at, 1);
    shared++;
  }
  return shared * 2 > given.length;
}

/** "Edge Cases", "edge-cases" and "EDGE_CASES" all spell edge_cases. */
export function spelling(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
