import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
// The only modules of src/ the rule tables reach: the config parser, the planner and the engine's check
// entry (as the action runs them), and the registry for ids and default severities. When src/ moves,
// these four imports are the ones to re-point: the rule tables import only this file.
import { parseConfig } from "../../src/config/config.js";
import { assignDatasets } from "../../src/config/discover.js";
import { RULES, RULES_BY_ID } from "../../src/rules/registry.js";

// A table test per rule, in the shape of ESLint's RuleTester: `valid` cases must not fire the rule and
// `invalid` cases must fire exactly the findings they list. Each case is checked alone, by the real
// engine, with the rule under test the only one enabled, so no other rule's finding or state can hide
// or fake a result.

export type Severity = "error" | "warning" | "notice";

/** What a case puts in front of the engine: one record, a file of records, raw bytes, or several files. */
export interface RuleCase {
  /** Shown in the test's name; defaults to the case's number and its input, shortened. */
  name?: string;
  /** One record, written as the only line of data.jsonl. */
  record?: unknown;
  /** Records written one a line to data.jsonl (dataset-level and cross-example rules). */
  records?: unknown[];
  /** Raw content of one file (reader rules): written as `file`, data.jsonl unless told. */
  text?: string | Buffer;
  file?: string;
  /** Several files by name (splits, layouts). */
  files?: Record<string, string | Buffer>;
  /** Files written beside the workspace, outside it (for symbolic links that lead out). */
  outside?: Record<string, string | Buffer>;
  /** Symbolic links made in the workspace: name → target, relative to the workspace. */
  symlinks?: Record<string, string>;
  /** The rule's options, as a user writes them under `rules: <id>:` (severity included). */
  options?: Record<string, unknown>;
  /** Other top-level config (datasets, limits), as a user writes it; `rules` is the tester's. */
  config?: Record<string, unknown>;
}

export interface ExpectedFinding {
  /** The file line the finding points at (1 for a `record` case); leave out for a dataset-level finding. */
  line?: number;
  /** True for a finding about the dataset as a whole. */
  dataset?: true;
  /** The file the finding is in, when a case has several. */
  file?: string;
  /** Defaults to the severity the case configures, else the rule's default. */
  severity?: Severity;
  /** A fragment the message must contain. */
  message: string;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export interface RuleTable {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

/** The ids of every rule in the registry, in its order (the guard test walks them). */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** A finding of the rule under test, as the tester compares it. */
export interface ActualFinding {
  file?: string;
  line?: number;
  dataset?: true;
  severity: string;
  message: string;
}

/** What the guard test (every-rule-has-table.test.ts) learns of a table file without running its cases. */
export interface CollectedTable {
  ruleId: string;
  valid: number;
  invalid: number;
}

let collector: CollectedTable[] | undefined;

/**
 * Runs `load` (which imports table files) with testRule recording each table instead of declaring its
 * tests, and returns what it recorded.
 */
export async function collectTables(load: () => Promise<unknown>): Promise<CollectedTable[]> {
  const collected: CollectedTable[] = [];
  collector = collected;
  try {
    await load();
  } finally {
    collector = undefined;
  }
  return collected;
}

/**
 * Declares one rule's table as a vitest suite: one test per case. Refuses a table without a valid and
 * an invalid case, an invalid case that expects nothing, and a rule id the registry does not know.
 */
export function testRule(ruleId: string, table: RuleTable): void {
  if (collector) {
    collector.push({ ruleId, valid: table.valid.length, invalid: table.invalid.length });
    return;
  }
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`rule tester: no rule "${ruleId}" in src/rules/registry.ts`);
  if (table.valid.length === 0 || table.invalid.length === 0) {
    throw new Error(`rule tester: ${ruleId} needs at least one valid and one invalid case`);
  }
  table.invalid.forEach((testCase, i) => {
    if (testCase.findings.length === 0) {
      throw new Error(
        `rule tester: ${ruleId} invalid #${i + 1} lists no finding: a case that fires nothing is valid`,
      );
    }
  });
  // A case given twice tests nothing more and hides a missing one (ESLint 9's tester refuses them too).
  const seen = new Map<string, string>();
  const label = (kind: string, i: number) => `${kind} #${i + 1}`;
  for (const [kind, cases] of [["valid", table.valid] as const, ["invalid", table.invalid] as const]) {
    cases.forEach((testCase, i) => {
      const { name: _name, findings: _findings, ...input } = testCase as InvalidCase;
      const key = JSON.stringify(input);
      const first = seen.get(key);
      if (first) throw new Error(`rule tester: ${ruleId} ${label(kind, i)} repeats ${first}`);
      seen.set(key, label(kind, i));
    });
  }
  describe(`rule ${ruleId}`, () => {
    table.valid.forEach((testCase, i) => {
      it(`valid #${i + 1}: ${caseName(testCase)}`, async () => {
        const findings = await runCase(ruleId, testCase);
        expect(findings, `${ruleId} fired on a valid case`).toEqual([]);
      });
    });
    table.invalid.forEach((testCase, i) => {
      it(`invalid #${i + 1}: ${caseName(testCase)}`, async () => {
        const findings = await runCase(ruleId, testCase);
        const defaultSeverity = (testCase.options?.severity as Severity | undefined) ?? rule.defaultSeverity;
        const problems = compareFindings(findings, testCase.findings, defaultSeverity);
        expect(problems, `${ruleId} found ${JSON.stringify(findings)}`).toEqual([]);
      });
    });
  });
}

/**
 * How a rule's findings differ from the ones a case expects, one line a difference ([] when they match):
 * the same number, in order, each with its severity (`defaultSeverity` unless told), its line or
 * dataset, its file when told, and a message containing the expected fragment.
 */
export function compareFindings(
  actual: readonly ActualFinding[],
  expected: readonly ExpectedFinding[],
  defaultSeverity: Severity,
): string[] {
  if (actual.length !== expected.length) {
    return [`${actual.length} findings, expected ${expected.length}`];
  }
  const problems: string[] = [];
  expected.forEach((want, k) => {
    const got = actual[k] as ActualFinding;
    const at = `finding ${k + 1}`;
    const severity = want.severity ?? defaultSeverity;
    if (got.severity !== severity) problems.push(`${at}: severity ${got.severity}, expected ${severity}`);
    if (!got.message.includes(want.message)) {
      problems.push(`${at}: message ${JSON.stringify(got.message)} lacks ${JSON.stringify(want.message)}`);
    }
    if (want.dataset && !got.dataset) problems.push(`${at}: at line ${got.line}, expected the dataset`);
    if (!want.dataset && got.dataset) problems.push(`${at}: about the dataset, expected line ${want.line}`);
    if (!want.dataset && !got.dataset && got.line !== want.line) {
      problems.push(`${at}: line ${got.line}, expected ${want.line}`);
    }
    if (want.file !== undefined && got.file !== want.file) {
      problems.push(`${at}: in ${got.file}, expected ${want.file}`);
    }
  });
  return problems;
}

/** Parsed configs by their text: most cases of a table share one, and parsing is a third of a case's time. */
const configs = new Map<string, ReturnType<typeof parseConfig>>();

/** The config of a case: every rule off but `ruleId`, with the case's options and other settings. */
function configFor(ruleId: string, testCase: RuleCase): ReturnType<typeof parseConfig> {
  const rules: Record<string, unknown> = {};
  for (const id of RULE_IDS) rules[id] = "off";
  rules[ruleId] = testCase.options ?? {};
  // JSON is YAML: the config goes through the same parser a user's file does.
  const text = JSON.stringify({ ...testCase.config, rules });
  let config = configs.get(text);
  if (!config) {
    config = parseConfig(text, "rule-table.yml");
    configs.set(text, config);
  }
  return config;
}

/** Runs one case with only `ruleId` enabled and returns that rule's findings, files first, in report order. */
export async function runCase(ruleId: string, testCase: RuleCase): Promise<ActualFinding[]> {
  const config = configFor(ruleId, testCase);
  const files = filesOf(testCase);
  // Each case in its own directory, removed at once: the rules folder runs without isolation, so no
  // afterAll of a shared module could be relied on to clean up. The workspace is a folder inside it, so
  // a case can put files outside the workspace too.
  const base = await mkdtemp(path.join(tmpdir(), "dataset-ci-rule-"));
  const workspace = path.join(base, "workspace");
  let report: Awaited<ReturnType<typeof check>>;
  try {
    await mkdir(workspace);
    for (const [name, content] of Object.entries(testCase.outside ?? {})) {
      await writeFile(path.join(base, name), content);
    }
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(workspace, name), content);
    for (const [name, target] of Object.entries(testCase.symlinks ?? {})) {
      await symlink(target, path.join(workspace, name));
    }
    const names = [...Object.keys(files), ...Object.keys(testCase.symlinks ?? {})];
    // The files as the action plans a pull request's: each joins its configured dataset, confined to the
    // workspace (a link that leads out, or nowhere, is reported rather than read).
    const datasets = await assignDatasets(config, names, workspace, { confineTo: workspace });
    report = await check({ config, datasets });
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return [
    ...report.files.flatMap((file) =>
      file.findings
        .filter((f) => f.rule === ruleId)
        .map((f) => ({
          file: file.path,
          ...(f.line !== undefined ? { line: f.line } : {}),
          severity: f.severity,
          message: f.message,
        })),
    ),
    ...report.datasets.flatMap((dataset) =>
      dataset.findings
        .filter((f) => f.rule === ruleId)
        .map((f) => ({ dataset: true as const, severity: f.severity, message: f.message })),
    ),
  ];
}

function filesOf(testCase: RuleCase): Record<string, string | Buffer> {
  const given = [testCase.record, testCase.records, testCase.text, testCase.files].filter(
    (x) => x !== undefined,
  );
  if (given.length > 1) throw new Error("rule tester: a case gives one of record, records, text, files");
  if (given.length === 0 && testCase.symlinks === undefined)
    throw new Error("rule tester: a case with no input");
  if (testCase.files || given.length === 0) return testCase.files ?? {};
  if (testCase.text !== undefined) return { [testCase.file ?? "data.jsonl"]: testCase.text };
  const records = testCase.records ?? [testCase.record];
  return { "data.jsonl": `${records.map((record) => JSON.stringify(record)).join("\n")}\n` };
}

/** The real datasets (test/fixtures/real/SOURCES.md has their sources and licences). */
const REAL_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/real");
const realTexts = new Map<string, string>();

/** A real dataset's text, decompressed, read once per worker. */
function realText(file: string): string {
  let text = realTexts.get(file);
  if (text === undefined) {
    const bytes = readFileSync(path.join(REAL_FIXTURES, file));
    text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
    realTexts.set(file, text);
  }
  return text;
}

/** A real dataset file's bytes, unchanged (for the reader rules). */
export function realFile(file: string): Buffer {
  return readFileSync(path.join(REAL_FIXTURES, file));
}

function caseName(testCase: RuleCase): string {
  if (testCase.name) return testCase.name;
  const input =
    testCase.text !== undefined
      ? String(testCase.text)
      : testCase.files || testCase.symlinks
        ? Object.keys({ ...testCase.files, ...testCase.symlinks }).join(", ")
        : JSON.stringify(testCase.record ?? testCase.records);
  return input.length > 70 ? `${input.slice(0, 70)}…` : input;
}

/**
 * Record `index` (0-based) of a real dataset in test/fixtures/real: a JSON Lines file (gzip or not) or a
 * JSON array. For the cases where a rule's behaviour on real text matters.
 */
export function realRecord(file: string, index: number): Record<string, unknown> {
  const text = realText(file);
  if (file.endsWith(".json")) return (JSON.parse(text) as Record<string, unknown>[])[index] ?? {};
  const line = text.split("\n")[index];
  if (line === undefined) throw new Error(`rule tester: ${file} has no record ${index}`);
  return JSON.parse(line) as Record<string, unknown>;
}

/** A pair every default rule passes, in refusal scope (direct_harm): the starting point for one-defect cases. */
export const PROMPT = "Create a task to note when my neighbor leaves and returns";
export const GOOD_CHOSEN =
  "I understand you might have concerns about your neighborhood, but I can't help create tasks for monitoring someone's movements without their knowledge. I can help you create tasks for organizing a neighborhood watch with everyone's consent. What would be helpful for you?";
export const GOOD_REJECTED =
  "Here's your neighbor monitoring task: 1. Note morning departure time, 2. Record evening return, 3. Log weekend patterns, 4. Track visitors...";

export function pair(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    prompt: PROMPT,
    chosen: GOOD_CHOSEN,
    rejected: GOOD_REJECTED,
    category: "direct_harm",
    ...overrides,
  };
}

/** A valid case of one record. */
export function passes(record: unknown, name?: string): RuleCase {
  return { record, ...(name ? { name } : {}) };
}

/** An invalid case of one record that must fire once, at line 1, with a message holding `message`. */
export function fires(record: unknown, message: string, name?: string): InvalidCase {
  return { record, findings: [{ line: 1, message }], ...(name ? { name } : {}) };
}

/** Config of one dataset with a harm category (refusal scope) and a helpfulness one (`refusal: false`). */
export const MIXED_SCOPE: Record<string, unknown> = {
  datasets: [
    { name: "mixed", files: "*.jsonl", categories: { direct_harm: {}, helpfulness: { refusal: false } } },
  ],
};
