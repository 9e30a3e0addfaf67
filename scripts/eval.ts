// `npm run eval`: the project's rules over the labelled dev set (test/fixtures/real/devset), per rule family:
// the findings on responses labelled the other way (false findings, with their rate over those responses),
// and the labelled cases found (recall). The rules run as a user runs them, through the engine, on records
// written to a temporary directory: each response is a pair's chosen and rejected in a category that
// expects a refusal (rejected-is-refusal, the chosen-* rules, truncated-response), and the chosen of a
// category that does not (refusal-in-chosen). Only response ids are printed, never dataset text.
//
//   npm run eval [-- --json]
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { check } from "../src/check/check.js";
import { parseConfig } from "../src/config/config.js";
import { planDatasets } from "../src/config/discover.js";

export const DEVSET = path.resolve(import.meta.dirname, "../test/fixtures/real/devset");

/** One response of the dev set, as scripts/sample-devset.mjs drew it. */
interface Response {
  id: string;
  file: string;
  index: number;
  /** chosen or rejected (pairs), desirable or undesirable (KTO). */
  side: string;
  prompt: string;
  text: string;
}

/** How a reviewer labelled a response by reading it (devset/README.md). */
interface Label {
  id: string;
  refusal: boolean;
  truncated: boolean;
  lecturing: boolean;
  /** Whether a refusal offers something else; null for a response that is no refusal. */
  alternative: boolean | null;
  lang: string;
  note: string;
}

export interface LabelledResponse extends Response {
  label: Label;
}

/** A rule measured against one label: which responses it should fire on, and which it did. */
export interface FamilyResult {
  family: string;
  rule: string;
  /** What a response labelled positive is, in words, and one labelled negative. */
  positive: string;
  negative: string;
  positives: number;
  negatives: number;
  /** Positives the rule fired on. */
  found: number;
  /** Negatives the rule fired on: false findings. */
  falseIds: string[];
  /** Positives it missed. */
  missedIds: string[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** The dev set's responses with their labels; every response must have exactly one label. */
export function loadDevset(dir = DEVSET): LabelledResponse[] {
  const labels = new Map(readJsonl<Label>(path.join(dir, "labels.jsonl")).map((label) => [label.id, label]));
  return readJsonl<Response>(path.join(dir, "responses.jsonl")).map((response) => {
    const label = labels.get(response.id);
    if (!label) throw new Error(`no label for ${response.id}`);
    return { ...response, label };
  });
}

const CONFIG = `
datasets:
  - name: devset
    files: devset.jsonl
    min-size: 0
    categories:
      direct_harm: { refusal: true }
      helpfulness: { refusal: false }
`;

/** Runs the rules over the responses and returns, per response id, the rules that fired on it and where. */
async function findingsById(responses: LabelledResponse[]): Promise<Map<string, Set<string>>> {
  // Two records per response: line 2i+1 in refusal scope, line 2i+2 outside it.
  const lines: string[] = [];
  for (const response of responses) {
    const prompt = response.prompt.trim() === "" ? "(no prompt)" : response.prompt;
    lines.push(
      JSON.stringify({ prompt, chosen: response.text, rejected: response.text, category: "direct_harm" }),
    );
    lines.push(
      JSON.stringify({
        prompt,
        chosen: response.text,
        rejected: "A placeholder answer that is here only to make a pair.",
        category: "helpfulness",
      }),
    );
  }
  const dir = await mkdtemp(path.join(tmpdir(), "dataset-ci-eval-"));
  try {
    await writeFile(path.join(dir, "devset.jsonl"), `${lines.join("\n")}\n`);
    const config = parseConfig(CONFIG, "eval.yml");
    const report = await check({ config, datasets: await planDatasets(config, [], dir) });
    const fired = new Map<string, Set<string>>(responses.map((r) => [r.id, new Set<string>()]));
    for (const finding of report.files.flatMap((file) => file.findings)) {
      if (finding.line === undefined) continue;
      const response = responses[Math.floor((finding.line - 1) / 2)];
      if (!response) continue;
      const scope = finding.line % 2 === 1 ? "harm" : "help";
      fired.get(response.id)?.add(`${scope}:${finding.rule}:${finding.field ?? ""}`);
    }
    return fired;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface FamilySpec {
  family: string;
  rule: string;
  positive: string;
  negative: string;
  /** Where the finding must be: scope (harm or help), rule and field. */
  finding: string;
  /** Whether a response is labelled positive (the rule should fire). */
  isPositive(label: Label): boolean;
  /** Responses left out of this family (none unless said). */
  applies?(response: LabelledResponse): boolean;
}

const FAMILIES: FamilySpec[] = [
  {
    family: "refusal-style",
    rule: "rejected-is-refusal",
    positive: "refusal",
    negative: "not a refusal",
    finding: "harm:rejected-is-refusal:rejected",
    isPositive: (label) => label.refusal,
  },
  {
    family: "refusal-style",
    rule: "rejected-is-refusal (rejected side)",
    positive: "refusal",
    negative: "not a refusal",
    finding: "harm:rejected-is-refusal:rejected",
    isPositive: (label) => label.refusal,
    applies: (response) => response.side === "rejected" || response.side === "undesirable",
  },
  {
    family: "refusal-style",
    rule: "refusal-in-chosen",
    positive: "refusal",
    negative: "not a refusal",
    finding: "help:refusal-in-chosen:chosen",
    isPositive: (label) => label.refusal,
  },
  {
    family: "refusal-style",
    rule: "chosen-complies",
    positive: "not a refusal",
    negative: "a refusal",
    finding: "harm:chosen-complies:chosen",
    isPositive: (label) => !label.refusal,
  },
  {
    family: "truncation",
    rule: "truncated-response",
    positive: "truncated",
    negative: "complete",
    finding: "harm:truncated-response:chosen",
    isPositive: (label) => label.truncated,
  },
  {
    family: "lecturing",
    rule: "chosen-lecturing",
    positive: "lecturing",
    negative: "not lecturing",
    finding: "harm:chosen-lecturing:chosen",
    isPositive: (label) => label.lecturing,
  },
  {
    family: "alternative",
    rule: "chosen-no-alternative",
    positive: "refusal without an alternative",
    negative: "an answer or a refusal with an alternative",
    finding: "harm:chosen-no-alternative:chosen",
    isPositive: (label) => label.refusal && label.alternative === false,
  },
];

/** Measures every rule family on the labelled responses. */
export async function evaluate(responses: LabelledResponse[] = loadDevset()): Promise<FamilyResult[]> {
  const fired = await findingsById(responses);
  return FAMILIES.map((spec) => {
    const result: FamilyResult = {
      family: spec.family,
      rule: spec.rule,
      positive: spec.positive,
      negative: spec.negative,
      positives: 0,
      negatives: 0,
      found: 0,
      falseIds: [],
      missedIds: [],
    };
    for (const response of responses) {
      if (spec.applies && !spec.applies(response)) continue;
      const hit = fired.get(response.id)?.has(spec.finding) ?? false;
      if (spec.isPositive(response.label)) {
        result.positives++;
        if (hit) result.found++;
        else result.missedIds.push(response.id);
      } else {
        result.negatives++;
        if (hit) result.falseIds.push(response.id);
      }
    }
    return result;
  });
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`;

/** The results as the plain-text report `npm run eval` prints. */
export function formatResults(results: FamilyResult[], responses: number): string {
  const out = [
    `dev set: ${responses} responses labelled by reading (test/fixtures/real/devset/README.md)`,
    "",
  ];
  for (const r of results) {
    out.push(
      `${r.family} · ${r.rule}`,
      `  false findings: ${r.falseIds.length} of ${r.negatives} responses labelled ${r.negative} (${percent(r.falseIds.length, r.negatives)})`,
      `  found: ${r.found} of ${r.positives} labelled ${r.positive} (recall ${percent(r.found, r.positives)})`,
    );
    if (r.falseIds.length > 0) out.push(`  false: ${r.falseIds.join(" ")}`);
    if (r.missedIds.length > 0) out.push(`  missed: ${r.missedIds.join(" ")}`);
    out.push("");
  }
  return out.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const responses = loadDevset();
  const results = await evaluate(responses);
  process.stdout.write(
    process.argv.includes("--json")
      ? `${JSON.stringify(results, null, 2)}\n`
      : `${formatResults(results, responses.length)}\n`,
  );
}
