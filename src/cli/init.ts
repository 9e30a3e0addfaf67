import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readExamples } from "../check/read-file.js";
import { DEFAULT_CONFIG_PATH } from "../config/config.js";
import { DATASET_FILE_GLOB, expandPaths, globFiles } from "../config/discover.js";
import { sortByPreferenceData } from "../read/holds-preference-data.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { type PlannedDataset, planInit, type SurveyedFile } from "./init-plan.js";
import { ACTION_REF, ACTION_REPOSITORY, renderConfig, renderWorkflow, SCHEMA_URL } from "./init-yaml.js";

// `dataset-ci init`: reads the repository's data files (or the paths given), plans one dataset a folder
// (init-plan.ts) and writes the config and the workflow (init-yaml.ts), never over an existing file
// unless told to.

/** Where the workflow goes, relative to the repository root. */
export const WORKFLOW_PATH = ".github/workflows/dataset-ci.yml";

/** The most output `git ls-files` may give (a path a file, 256 MiB: millions of files). */
const GIT_LIST_MAX_BYTES = 256 * 1024 * 1024;
/** How many skipped files the message names; the rest are counted. */
const SKIPPED_LISTED = 10;

/** init cannot do what it was asked (no data, a file in the way): exit status 2, with this message. */
export class InitError extends Error {}

export interface InitOptions {
  /** Files, directories or globs; none: every file of the repository with a dataset extension. */
  paths: string[];
  /** Where to write the config, relative to the root. */
  configPath?: string;
  /** Overwrite files that exist. */
  force: boolean;
  root: string;
  stderr: NodeJS.WritableStream;
}

export async function runInit(options: InitOptions): Promise<void> {
  const { root } = options;
  const configPath = toPosix(
    path.relative(root, path.resolve(root, options.configPath ?? DEFAULT_CONFIG_PATH)),
  );
  const targets = [configPath, WORKFLOW_PATH];
  // Refused before reading anything: a run that would write nothing should not take a minute to say so.
  const existing = options.force ? [] : targets.filter((file) => existsSync(path.resolve(root, file)));
  if (existing.length > 0) {
    throw new InitError(
      `${existing.map((file) => terminalSafe(file, 200)).join(" and ")} already exist${existing.length === 1 ? "s" : ""}: not overwritten (--force overwrites)`,
    );
  }
  const { datasets, skipped } = await surveyRepository(root, options.paths);

  const config = renderConfig(datasets, schemaReference(root, configPath));
  const workflow = renderWorkflow(configPath);
  await writeTarget(root, configPath, config);
  await writeTarget(root, WORKFLOW_PATH, workflow);

  const write = (line: string) => options.stderr.write(`${line}\n`);
  write(
    `wrote ${terminalSafe(configPath, 200)}: ${datasets.length} dataset${datasets.length === 1 ? "" : "s"}`,
  );
  for (const dataset of datasets) write(`  ${describe(dataset)}`);
  write(
    `wrote ${WORKFLOW_PATH}: runs ${ACTION_REPOSITORY}@${ACTION_REF} on every pull request; replace OWNER and pin a commit SHA`,
  );
  if (skipped.length > 0) {
    const named = skipped
      .slice(0, SKIPPED_LISTED)
      .map((file) => terminalSafe(file, 200))
      .join(", ");
    const more = skipped.length > SKIPPED_LISTED ? ` and ${skipped.length - SKIPPED_LISTED} more` : "";
    write(
      `skipped ${skipped.length} file${skipped.length === 1 ? "" : "s"} holding no preference data: ${named}${more}`,
    );
  }
  const checkCommand = `dataset-ci check${configPath === DEFAULT_CONFIG_PATH ? "" : ` --config ${terminalSafe(configPath, 200)}`}`;
  write(`next: '${checkCommand}' checks the data against it`);
}

/**
 * The datasets init plans for the repository at `root`: its files with a dataset extension (or those the
 * paths name) that hold preference data, read as `check` reads them; `skipped`, those that hold none.
 */
export async function surveyRepository(
  root: string,
  paths: string[],
): Promise<{ datasets: PlannedDataset[]; skipped: string[] }> {
  // Files git ignores are not in the checkout CI checks (downloads, caches, build output): a dataset of
  // them would be empty there. Paths named on the command line are taken as named.
  const committable = paths.length > 0 ? null : committableFiles(root);
  const candidates = (
    paths.length > 0 ? await expandPaths(paths, root) : await globFiles([DATASET_FILE_GLOB], root)
  ).filter((file) => committable === null || committable.has(file));
  const { holding: data, notHolding: skipped } = await sortByPreferenceData(candidates, root);
  if (data.length === 0) {
    throw new InitError(
      `no preference data found${candidates.length > 0 ? ` in ${candidates.length} file${candidates.length === 1 ? "" : "s"} with a dataset extension` : ""}: name the dataset files, e.g. 'dataset-ci init data/'`,
    );
  }
  const surveyed: SurveyedFile[] = [];
  for (const file of data) surveyed.push(await surveyFile(file, root));
  // A folder's glob must not take a file of it that is not data (or that the paths left out).
  const taken = new Set(data);
  const others = (await globFiles([DATASET_FILE_GLOB], root)).filter((file) => !taken.has(file));
  return { datasets: planInit(surveyed, others), skipped };
}

/**
 * The files under `root` git would commit (tracked, or untracked and not ignored), relative to it; null
 * when `root` is not in a git work tree (or git is not there): then every file counts.
 */
function committableFiles(root: string): Set<string> | null {
  try {
    const listed = execFileSync(
      "git",
      ["-C", root, "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: GIT_LIST_MAX_BYTES },
    );
    return new Set(listed.split("\0").filter((file) => file !== ""));
  } catch {
    return null;
  }
}

/** One file read as `check` reads it, counting its examples by category. */
async function surveyFile(file: string, root: string): Promise<SurveyedFile> {
  const categories = new Map<string, number>();
  const report = await readExamples(path.resolve(root, file), (example) => {
    if (example.category !== undefined)
      categories.set(example.category, (categories.get(example.category) ?? 0) + 1);
  });
  return {
    path: file,
    container: report.container,
    shape: report.shape,
    examples: report.examples,
    categories,
  };
}

/** One line on what init found in a dataset and what `check` will say of it today. */
function describe(dataset: PlannedDataset): string {
  const off = dataset.categories.filter((c) => c.off).map((c) => c.name);
  const taxonomy =
    dataset.taxonomy === "seed"
      ? `the seed's five categories${off.length > 0 ? ` (outside their band: ${off.join(", ")})` : ""}`
      : dataset.taxonomy === "taxonomy"
        ? `${dataset.categories.length} categor${dataset.categories.length === 1 ? "y" : "ies"}, no bands`
        : "no categories";
  const size = `min-size ${dataset.minSize.preset}${dataset.minSize.under ? " (under it)" : ""}`;
  return terminalSafe(
    `${dataset.name}: ${dataset.examples.toLocaleString("en-US")} examples in ${dataset.files.length} file${dataset.files.length === 1 ? "" : "s"}, ${size}, ${taxonomy}`,
    400,
  );
}

/**
 * The `$schema` of the editor comment: the schema of the dataset-ci installed in the repository when
 * there is one (it matches that version, and resolves offline), else the schema's URL.
 */
function schemaReference(root: string, configPath: string): string {
  const installed = path.resolve(root, "node_modules/dataset-ci/schema/dataset-ci.schema.json");
  if (!existsSync(installed)) return SCHEMA_URL;
  return toPosix(path.relative(path.dirname(path.resolve(root, configPath)), installed));
}

async function writeTarget(root: string, file: string, text: string): Promise<void> {
  const absolute = path.resolve(root, file);
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new InitError(
      `cannot write ${terminalSafe(file, 200)}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
