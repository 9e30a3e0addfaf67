// The benchmark's floor: what it costs Node just to stream a JSON Lines file and JSON.parse every line.
// Nothing else: no checks, no output beyond a count. dataset-ci's check is measured against it.
//
//   node scripts/bench-floor.mjs FILE.jsonl
import { createReadStream } from "node:fs";

const NEWLINE = 0x0a;
let records = 0;
let invalid = 0;
let carry = null;

function parse(bytes) {
  if (bytes.length === 0) return;
  try {
    JSON.parse(bytes.toString("utf8"));
    records++;
  } catch {
    invalid++;
  }
}

for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  let start = 0;
  for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
    parse(carry ? Buffer.concat([carry, chunk.subarray(start, end)]) : chunk.subarray(start, end));
    carry = null;
    start = end + 1;
  }
  if (start < chunk.length)
    carry = carry ? Buffer.concat([carry, chunk.subarray(start)]) : chunk.subarray(start);
}
if (carry) parse(carry);
process.stdout.write(`${records} records, ${invalid} invalid\n`);
