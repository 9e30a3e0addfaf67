// A benchmark dataset of real text (issue 18): the paired examples of the real fixtures (hh-rlhf harmless,
// the LLaMA-Factory DPO files, MedicalGPT), read exactly as `check` reads them, repeated and perturbed to
// the size asked, in the seed's format (prompt / chosen / rejected / category). Real text opens the phrase
// and pii gates more often than synthetic text does, and its lengths vary as real data's do.
//
// The first pass over the fixtures is written as it is (their own duplicates and defects stay); every later
// pass replaces about a fifth of each text's words with words drawn from the fixtures' own (at least one
// word of each prompt; in a response, none of its first fifteen, where a refusal or an answer opens): a copy
// shares few word 5-grams with its original (Jaccard about 0.2), so duplicate-prompt and near-duplicate
// compare as on real data instead of matching every copy. The same size always gives the same bytes.
//
//   npx tsx scripts/real-text-dataset.ts 100000 /tmp/real-100k.jsonl
import path from "node:path";
import { readExamples } from "../src/check/read-file.js";
import { LineWriter } from "./line-writer.js";

const FIXTURES = path.resolve(import.meta.dirname, "../test/fixtures/real");
/** The fixtures with paired examples: the unpaired ones (KTO, Alpaca) would be missing-field errors here. */
const SOURCES = [
  "hh-rlhf-harmless-base-test.jsonl.gz",
  "llamafactory-dpo_en_demo.json",
  "llamafactory-v1_dpo_demo.jsonl",
  "medicalgpt-reward-test.jsonl",
];
/** The seed's five harm categories, at shares inside their target bands (as synthetic-dataset.ts). */
const CATEGORIES: Array<[name: string, share: number]> = [
  ["direct_harm", 0.3],
  ["prompt_injection", 0.2],
  ["social_engineering", 0.17],
  ["gradual_escalation", 0.13],
  ["edge_cases", 0.2],
];
const REPLACED_SHARE = 0.2;
const KEPT_OPENING_WORDS = 15;

/** mulberry32: a tiny seeded PRNG, so every run writes the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pair {
  prompt: string;
  chosen: string;
  rejected: string;
}

async function readPairs(): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (const source of SOURCES) {
    await readExamples(path.join(FIXTURES, source), (example) => {
      if (example.chosen === undefined || example.rejected === undefined) return;
      pairs.push({ prompt: example.prompt, chosen: example.chosen, rejected: example.rejected });
    });
  }
  return pairs;
}

/**
 * The text with about REPLACED_SHARE of its words after its first `kept` replaced by words of `vocabulary`;
 * with `kept` 0, at least one word.
 */
function perturb(text: string, kept: number, vocabulary: string[], next: () => number): string {
  const parts = text.split(/(\s+)/);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
  let words = 0;
  let replaced = 0;
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === "") continue;
    if (words++ < kept) continue;
    if (next() < REPLACED_SHARE) {
      parts[i] = pick();
      replaced++;
    }
  }
  if (kept === 0 && replaced === 0) {
    const word = parts.findIndex((part, i) => i % 2 === 0 && part !== "");
    parts[word === -1 ? 0 : word] = pick();
  }
  return parts.join("");
}

export async function writeRealTextDataset(file: string, count: number): Promise<number> {
  const pairs = await readPairs();
  if (pairs.length === 0) throw new Error(`no paired examples in ${FIXTURES}`);
  const vocabulary = pairs.flatMap((pair) => `${pair.chosen} ${pair.rejected}`.split(/\s+/).filter(Boolean));
  const next = random(18);
  const out = new LineWriter(file);
  for (let i = 0; i < count; i++) {
    const pair = pairs[i % pairs.length] as Pair;
    const original = i < pairs.length;
    let draw = next();
    let category = CATEGORIES[0]?.[0] as string;
    for (const [name, share] of CATEGORIES) {
      category = name;
      draw -= share;
      if (draw < 0) break;
    }
    const line = JSON.stringify({
      prompt: original ? pair.prompt : perturb(pair.prompt, 0, vocabulary, next),
      chosen: original ? pair.chosen : perturb(pair.chosen, KEPT_OPENING_WORDS, vocabulary, next),
      rejected: original ? pair.rejected : perturb(pair.rejected, KEPT_OPENING_WORDS, vocabulary, next),
      category,
    });
    await out.write(line);
  }
  return out.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file] = process.argv.slice(2);
  if (!count || !file || !Number.isInteger(Number(count))) {
    process.stderr.write("usage: tsx scripts/real-text-dataset.ts COUNT OUT.jsonl\n");
    process.exit(2);
  }
  const bytes = await writeRealTextDataset(file, Number(count));
  process.stdout.write(`${file}: ${count} records, ${bytes} bytes\n`);
}
