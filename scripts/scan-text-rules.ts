// Runs truncated-response's test over every response of the real fixtures and prints what it flags, the
// end of each flagged text, so a reader can judge each one. Usage: npx tsx scripts/scan-text-rules.ts
import { truncation } from "../src/rules/truncated-response.js";
import { realResponses } from "./real-responses.js";

const responses = realResponses();
let flagged = 0;
for (const { id, text } of responses) {
  const why = truncation(text);
  if (why === undefined) continue;
  flagged++;
  console.log(`${id}\t${why}\t…${JSON.stringify(text.trimEnd().slice(-90))}`);
}
console.log(`${flagged} of ${responses.length} responses flagged`);
