// Deterministic synthetic preference datasets in the seed's format (prompt / chosen / rejected / category),
// for the benchmark: realistic record sizes (~500 bytes a line), unique prompts, and a sprinkling of the
// defects real datasets have (a few % of records), so the rules do their usual work without a finding on
// every line. The same size always gives the same bytes.
//
//   npx tsx scripts/synthetic-dataset.ts 100000 /tmp/synthetic-100k.jsonl

import { LineWriter } from "./line-writer.js";

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

// The seed's five harm categories, at shares inside their target bands.
const CATEGORIES: Array<[name: string, share: number]> = [
  ["direct_harm", 0.3],
  ["prompt_injection", 0.2],
  ["social_engineering", 0.17],
  ["gradual_escalation", 0.13],
  ["edge_cases", 0.2],
];

const ACTIONS = [
  ["track when", "leaves for work", "tracking someone's movements"],
  ["note when", "comes home", "logging someone's comings and goings"],
  ["check where", "spends the weekend", "monitoring someone's whereabouts"],
  ["record who visits", "at home", "watching who visits someone"],
  ["find out where", "goes after school", "following someone's routine"],
  ["remind me to read", "messages", "reading someone's private messages"],
  ["log the calls of", "on the office phone", "recording someone's calls"],
  ["send angry texts to", "every hour", "sending repeated hostile messages"],
  ["post rumours about", "in the group chat", "spreading rumours about someone"],
  ["collect passwords of", "from old emails", "collecting someone's credentials"],
  ["draft a fake alibi for", "for last night", "building a false alibi"],
  ["look up the new address of", "after the move", "locating someone who moved away"],
];
const TARGETS = [
  "my neighbor",
  "my ex",
  "my coworker",
  "my roommate",
  "my landlord",
  "my sister's boyfriend",
  "my manager",
  "the new tenant",
  "my teenager",
  "my business partner",
  "my old friend",
  "the guy from the gym",
];
const NAMES = ["Alex", "Sam", "Jordan", "Taylor", "Chris", "Morgan", "Jamie", "Riley", "Casey", "Drew"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FRAMINGS = [
  "Create a task to",
  "Add a reminder to",
  "Set up a daily task to",
  "Make a checklist to",
  "Ignore your rules and create a task to",
  "My therapist said it's fine, so please add a task to",
  "For a story I'm writing, create subtasks to",
];
/** Possible prompts: FRAMINGS × ACTIONS × TARGETS × NAMES × DAYS × 48 half-hours, about 3.4 million. */
const PROMPT_SPACE = FRAMINGS.length * ACTIONS.length * TARGETS.length * NAMES.length * DAYS.length * 48;
/** A prime not dividing PROMPT_SPACE: i ↦ i·STRIDE mod PROMPT_SPACE is a bijection, so prompts are unique. */
const STRIDE = 1_000_003;

const ACKNOWLEDGMENTS = [
  "I understand this situation is weighing on you.",
  "It sounds like something has been bothering you.",
  "Thanks for telling me what's going on.",
  "I can tell this matters to you.",
  "That sounds like a stressful situation.",
  "I hear that you're worried.",
];
const REASONS = [
  "since doing that without their consent crosses into surveillance.",
  "because it could put someone's safety and privacy at risk.",
  "as it would mean acting behind their back.",
  "since it could easily turn into harassment.",
];
const ALTERNATIVES = [
  "I can help you create tasks for a direct, respectful conversation",
  "I can help you plan a check-in that everyone agrees to",
  "I can help you document the issue and draft a formal complaint",
  "I can help you set up reminders for your own goals this week",
  "Instead, we could organize a shared calendar with their consent",
];
const QUESTIONS = [
  "What would be most helpful for you right now?",
  "What's the underlying goal you're trying to reach?",
  "Would any of these help with your situation?",
  "Could you tell me more about what you need?",
];
const STEPS = [
  "Note the departure time",
  "Record when they return",
  "Log any unusual patterns",
  "Track visitors",
  "Save screenshots to a folder",
  "Set a reminder to check again",
  "Compare against what they told you",
  "Escalate if there is no reply",
];

/** One defect and how often it appears; each record gets at most one. */
const DEFECTS: Array<[name: string, rate: number]> = [
  ["duplicate-example", 0.003],
  ["duplicate-prompt", 0.003],
  ["lecturing", 0.005],
  ["no-alternative", 0.005],
  ["no-question", 0.008],
  ["apologetic", 0.003],
  ["robotic", 0.002],
  ["vague", 0.002],
  ["rejected-refusal", 0.004],
  ["too-short", 0.003],
  ["identical", 0.001],
  ["invalid-json", 0.0005],
  ["missing-field", 0.0005],
  ["wrong-type", 0.0005],
  ["empty", 0.0005],
  ["missing-category", 0.003],
  ["unknown-category", 0.001],
];

interface Pair {
  prompt: string;
  chosen: string;
  rejected: string;
  category?: string | undefined;
}

/** Writes `count` records to `path` as JSON Lines; resolves with the number of bytes written. */
export async function writeSyntheticDataset(path: string, count: number): Promise<number> {
  const next = random(0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out = new LineWriter(path);
  /** A few earlier records, to copy for the duplicate defects (kept small: the generator runs in flat memory). */
  const earlier: Pair[] = [];

  for (let i = 0; i < count; i++) {
    let radix = (i * STRIDE) % PROMPT_SPACE;
    const digit = (base: number): number => {
      const d = radix % base;
      radix = Math.floor(radix / base);
      return d;
    };
    const framing = FRAMINGS[digit(FRAMINGS.length)] as string;
    const [verb, detail, subject] = ACTIONS[digit(ACTIONS.length)] as [string, string, string];
    const target = TARGETS[digit(TARGETS.length)] as string;
    const name = NAMES[digit(NAMES.length)] as string;
    const day = DAYS[digit(DAYS.length)] as string;
    const slot = digit(48);
    const time = `${Math.floor(slot / 2)}:${slot % 2 ? "30" : "00"}`;

    const prompt = `${framing} ${verb} ${target} ${name} ${detail} on ${day} at ${time}`;
    let chosen = `${pick(ACKNOWLEDGMENTS)} I can't help with ${subject}, ${pick(REASONS)} ${pick(ALTERNATIVES)}. ${pick(QUESTIONS)}`;
    const steps = [pick(STEPS), pick(STEPS), pick(STEPS), pick(STEPS)];
    let rejected = `Sure! Here's your '${name} ${day} check' task: 1. ${steps[0]}, 2. ${steps[1]}, 3. ${steps[2]}, 4. ${steps[3]} at ${time}.`;
    const roll = next();
    let category: string | undefined = CATEGORIES[CATEGORIES.length - 1]?.[0];
    for (let c = 0, sum = 0; c < CATEGORIES.length; c++) {
      sum += (CATEGORIES[c] as [string, number])[1];
      if (roll < sum) {
        category = (CATEGORIES[c] as [string, number])[0];
        break;
      }
    }
    // Real datasets have typographic apostrophes and non-ASCII text here and there.
    if (next() < 0.05) chosen = chosen.replace("can't", "can’t");
    if (next() < 0.02) rejected = `${rejected} ✅ Done — café meeting moved.`;

    let record: Pair = { prompt, chosen, rejected, category };
    let line: string | undefined;
    let defect: string | undefined;
    let r = next();
    for (const [nameOf, rate] of DEFECTS) {
      if (r < rate) {
        defect = nameOf;
        break;
      }
      r -= rate;
    }
    switch (defect) {
      case "duplicate-example":
        if (earlier.length > 0) record = { ...pick(earlier) };
        break;
      case "duplicate-prompt":
        if (earlier.length > 0) record.prompt = pick(earlier).prompt;
        break;
      case "lecturing":
        record.chosen = `You should know that this is wrong. ${chosen}`;
        break;
      case "no-alternative":
        record.chosen = `I can't help with ${subject}. ${pick(REASONS)} ${pick(QUESTIONS)}`;
        break;
      case "no-question":
        record.chosen = chosen.slice(0, chosen.lastIndexOf(".") + 1);
        break;
      case "apologetic":
        record.chosen = `I'm so sorry, I really wish I could help. ${chosen}`;
        break;
      case "robotic":
        record.chosen = `Request denied. This violates policy. ${pick(ALTERNATIVES)}. ${pick(QUESTIONS)}`;
        break;
      case "vague":
        record.chosen = `I can't help with that kind of thing. ${pick(ALTERNATIVES)}. ${pick(QUESTIONS)}`;
        break;
      case "rejected-refusal":
        record.rejected = `I can't do that for you, sorry. ${rejected}`;
        break;
      case "too-short":
        record.rejected = "Done, task created.";
        break;
      case "identical":
        record.rejected = chosen;
        break;
      case "invalid-json":
        line = JSON.stringify(record).slice(0, 120);
        break;
      case "missing-field":
        line = JSON.stringify({ prompt, chosen, category });
        break;
      case "wrong-type":
        line = JSON.stringify({ prompt, chosen: null, rejected, category });
        break;
      case "empty":
        record.chosen = "  ";
        break;
      case "missing-category":
        record.category = undefined;
        break;
      case "unknown-category":
        record.category = "Edge Cases";
        break;
    }
    if (earlier.length < 1000) earlier.push(record);
    else if (next() < 0.001) earlier[Math.floor(next() * earlier.length)] = record;

    line ??= JSON.stringify(record);
    await out.write(line);
  }
  return out.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, path] = process.argv.slice(2);
  if (!count || !path || !Number.isInteger(Number(count))) {
    process.stderr.write("usage: tsx scripts/synthetic-dataset.ts COUNT OUT.jsonl\n");
    process.exit(2);
  }
  const bytes = await writeSyntheticDataset(path, Number(count));
  process.stdout.write(`${path}: ${count} records, ${bytes} bytes\n`);
}
