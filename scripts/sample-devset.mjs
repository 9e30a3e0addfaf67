// Draws the labelled dev set's responses from the real fixtures (test/fixtures/real), deterministically, so
// that a response's id names where it came from. The texts are copied as the rules read them: the last
// assistant turn of each side, with the last user turn before it as `prompt` (context for the reader). Labels are written by reading, into devset/labels.jsonl (see its README).
// Usage: node scripts/sample-devset.mjs > test/fixtures/real/devset/responses.jsonl
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const REAL = path.resolve(import.meta.dirname, "../test/fixtures/real");

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(count, total, seed) {
  const next = random(seed);
  const chosen = new Set();
  while (chosen.size < Math.min(count, total)) chosen.add(Math.floor(next() * total));
  return [...chosen].sort((a, b) => a - b);
}

const lastAssistant = (transcript) => {
  const at = transcript.lastIndexOf("\n\nAssistant:");
  return at < 0 ? transcript : transcript.slice(at + "\n\nAssistant:".length).trim();
};

const lastHuman = (transcript) => {
  const end = transcript.lastIndexOf("\n\nAssistant:");
  const start = transcript.lastIndexOf("\n\nHuman:", end);
  return start < 0 ? "" : transcript.slice(start + "\n\nHuman:".length, end).trim();
};

const sources = [
  {
    file: "hh-rlhf-harmless-base-test.jsonl.gz",
    records: () =>
      gunzipSync(readFileSync(path.join(REAL, "hh-rlhf-harmless-base-test.jsonl.gz")))
        .toString("utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    count: 190,
    prompt: (r) => lastHuman(r.chosen),
    sides: (r) => ({ chosen: lastAssistant(r.chosen), rejected: lastAssistant(r.rejected) }),
  },
  {
    file: "llamafactory-dpo_en_demo.json",
    records: () => JSON.parse(readFileSync(path.join(REAL, "llamafactory-dpo_en_demo.json"), "utf8")),
    count: 60,
    prompt: (r) => r.conversations.at(-1).value,
    sides: (r) => ({ chosen: r.chosen.value, rejected: r.rejected.value }),
  },
  {
    file: "llamafactory-kto_en_demo.json",
    records: () => JSON.parse(readFileSync(path.join(REAL, "llamafactory-kto_en_demo.json"), "utf8")),
    count: 60,
    prompt: (r) => r.messages.at(-2)?.content ?? "",
    sides: (r) => ({ [r.label ? "desirable" : "undesirable"]: r.messages.at(-1).content }),
  },
  {
    file: "medicalgpt-reward-test.jsonl",
    records: () =>
      readFileSync(path.join(REAL, "medicalgpt-reward-test.jsonl"), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    count: 50,
    prompt: (r) => r.question,
    sides: (r) => ({ chosen: r.response_chosen, rejected: r.response_rejected }),
  },
];

for (const [n, source] of sources.entries()) {
  const records = source.records();
  for (const index of pick(source.count, records.length, 20261202 + n)) {
    for (const [side, text] of Object.entries(source.sides(records[index]))) {
      process.stdout.write(
        `${JSON.stringify({ id: `${source.file}#${index}:${side}`, file: source.file, index, side, prompt: source.prompt(records[index]), text })}\n`,
      );
    }
  }
}
