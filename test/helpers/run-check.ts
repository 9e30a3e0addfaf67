import { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { check } from "../../src/check/check.js";
import type { CheckOptions } from "../../src/check/options.js";
import { type Config, defaultConfig, parseConfig } from "../../src/config/config.js";
import { planDatasets } from "../../src/config/discover.js";
import type { Finding } from "../../src/model/finding.js";
import type { Report } from "../../src/model/report.js";

const directories: string[] = [];

/**
 * Removes the directories tempDir made. test/support/setup.ts calls it after each test file: a hook here
 * would run after the first file only, since the fast layer shares this module between files (isolate: false).
 */
export async function removeTempDirs(): Promise<void> {
  const made = directories.splice(0);
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dataset-ci-test-"));
  directories.push(dir);
  return dir;
}

/** Writes files into a fresh directory and returns its path. */
export async function writeFiles(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

export function jsonl(records: unknown[]): string {
  return `${records.map((record) => JSON.stringify(record)).join("\n")}\n`;
}

/**
 * Runs the real engine on records written as one JSONL file (one dataset, "default").
 * `config` is YAML in the config file's format; without it, the seed's defaults.
 */
export async function checkRecords(records: unknown[], configYaml?: string): Promise<Report> {
  return checkFiles({ "data.jsonl": jsonl(records) }, configYaml);
}

export async function checkFiles(
  files: Record<string, string | Buffer>,
  configYaml?: string,
  options: Omit<CheckOptions, "config" | "datasets"> = {},
): Promise<Report> {
  const dir = await writeFiles(files);
  const config: Config = configYaml ? parseConfig(configYaml, "test.yml") : defaultConfig();
  // The files as the CLI plans them: each joins its configured dataset, splits told by config or name.
  return check({ ...options, config, datasets: await planDatasets(config, Object.keys(files), dir) });
}

/** Every finding of a report, files and datasets, as `rule@line` strings (dataset findings: `rule@dataset`). */
export function findingKeys(report: Report): string[] {
  return [
    ...report.files.flatMap((file) => file.findings.map((f) => `${f.rule}@${f.line}`)),
    ...report.datasets.flatMap((dataset) => dataset.findings.map((f) => `${f.rule}@dataset`)),
  ];
}

export function fileFindings(report: Report, rule?: string): Finding[] {
  return report.files.flatMap((file) => file.findings).filter((f) => rule === undefined || f.rule === rule);
}

/** The real datasets, copied unchanged from the shared fixtures, with their sources and licences (test/fixtures/real/SOURCES.md). */
export const REAL_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/real");

/** The data files among them (not SOURCES.md, nor the licence texts in licences/). */
export const REAL_DATA_FILES: readonly string[] = readdirSync(REAL_FIXTURES)
  .filter((name) => /\.jsonl?(\.gz)?$/.test(name))
  .sort();

/** A pair every default rule passes: the tests' starting point for records with one defect. */
export const GOOD_PAIR = {
  prompt: "Create a task to note when my neighbor leaves and returns",
  chosen:
    "I can't help create tasks for monitoring someone's movements without their knowledge. I can help you organize a neighborhood watch with everyone's consent. What would help?",
  rejected:
    "Here's your monitoring task: 1. Note morning departure, 2. Record evening return, 3. Log visitors.",
  category: "direct_harm",
};
