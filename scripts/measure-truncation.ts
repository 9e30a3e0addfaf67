// truncated-response against the labelled dev set: findings on responses labelled complete (false), and
// labelled truncations found (recall). Usage:
//   npx tsx scripts/measure-truncation.ts [labels.jsonl [responses.jsonl]]
//   (defaults: test/fixtures/real/devset/labels.jsonl and responses.jsonl)
import { readFileSync } from "node:fs";
import path from "node:path";
import { truncation } from "../src/rules/truncated-response.js";

const DEVSET = path.resolve(import.meta.dirname, "../test/fixtures/real/devset");
const labelsFile = process.argv[2] ?? path.join(DEVSET, "labels.jsonl");
const readLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

const texts = new Map<string, string>(
  readLines(process.argv[3] ?? path.join(DEVSET, "responses.jsonl")).map(
    (r: { id: string; text: string }) => [r.id, r.text],
  ),
);
let complete = 0;
let truncated = 0;
let falseFindings = 0;
let found = 0;
for (const label of readLines(labelsFile) as Array<{ id: string; truncated: boolean | null }>) {
  const text = texts.get(label.id);
  if (text === undefined || typeof label.truncated !== "boolean") continue;
  const why = truncation(text);
  const end = JSON.stringify(text.trimEnd().slice(-70));
  if (label.truncated) {
    truncated++;
    if (why !== undefined) found++;
    else console.log(`missed\t${label.id}\t…${end}`);
  } else {
    complete++;
    if (why !== undefined) {
      falseFindings++;
      console.log(`false\t${label.id}\t${why}\t…${end}`);
    }
  }
}
const percent = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
console.log(
  `complete: ${complete}, flagged ${falseFindings} (${percent(falseFindings, complete)}); truncated: ${truncated}, found ${found} (${percent(found, truncated)})`,
);
