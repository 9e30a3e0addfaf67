/**
 * The name a user probably meant: the same words in another spelling ("Edge Cases" for edge_cases),
 * or a near typo ("chosen-lectureing"). Undefined when nothing is close.
 */
export function didYouMean(value: string, known: string[]): string | undefined {
  const spelled = spelling(value);
  const exact = known.find((name) => spelling(name) === spelled);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(spelled, spelling(name));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  // A typo changes a few letters; anything further is another word, not a misspelling.
  return bestDistance <= Math.max(2, Math.floor(spelled.length / 4)) ? best : undefined;
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
