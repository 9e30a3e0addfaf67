import { stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
import { confinedFileSystem, uniqueRealFiles } from "../read/workspace-boundary.js";
import { type Config, datasetInfo } from "./config.js";
import type { DatasetTask, FileTask } from "./tasks.js";

/** The file names a directory search takes for dataset files. */
export const DATASET_FILE_GLOB =
  "**/*.{jsonl,ndjson,json,csv,parquet,jsonl.gz,ndjson.gz,json.gz,csv.gz,jsonl.zst,ndjson.zst,json.zst,csv.zst,jsonl.xz,ndjson.xz,json.xz,csv.xz}";
/** Never searched: dependencies and VCS metadata are not datasets. */
const IGNORED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];

export class DiscoveryError extends Error {}

/** The name reports use for a path: relative to the root when inside it, else as given; forward slashes. */
export function displayPath(file: string, root: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join("/");
}

/**
 * Expands command-line paths (files, directories, globs) into dataset files, in a stable order.
 * A path that names nothing is an error, not an empty run.
 */
export async function expandPaths(inputs: string[], root: string): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const matches = await expandOne(input, root);
    if (matches.length === 0) throw new DiscoveryError(`no dataset files found at ${input}`);
    for (const match of matches) found.add(match);
  }
  return uniqueRealFiles([...found], root);
}

async function expandOne(input: string, root: string): Promise<string[]> {
  const absolute = path.resolve(root, input);
  const info = await stat(absolute).catch(() => null);
  if (info?.isFile()) return [displayPath(input, root)];
  if (info?.isDirectory()) {
    const files = await glob(DATASET_FILE_GLOB, { cwd: absolute, ignore: IGNORED_DIRECTORIES, dot: false });
    return files.sort().map((file) => displayPath(path.join(input, file), root));
  }
  if (!isDynamicPattern(input)) throw new DiscoveryError(`no such file or directory: ${input}`);
  return globFiles([input], root);
}

/**
 * Files matching globs relative to the root, sorted, each real file once. Confined to a directory (the
 * action's workspace), the crawl reads no directory outside it and follows no symlink out of it.
 */
export async function globFiles(patterns: string[], root: string, confineTo?: string): Promise<string[]> {
  const files = await glob(patterns, {
    cwd: root,
    ignore: IGNORED_DIRECTORIES,
    onlyFiles: true,
    expandDirectories: false,
    ...(confineTo !== undefined ? { fs: confinedFileSystem(confineTo) } : {}),
  });
  return uniqueRealFiles(files.sort(), root);
}

/**
 * Builds the datasets to check. With no paths, each configured dataset is read whole.
 * With paths, each file joins the first configured dataset whose globs match it; that dataset is then
 * read whole for its dataset-level checks, but only the named files' findings are reported. Files of
 * no configured dataset (or every file, when the config has none) form one dataset, "default".
 */
export async function planDatasets(config: Config, paths: string[], root: string): Promise<DatasetTask[]> {
  return assignDatasets(config, paths.length > 0 ? await expandPaths(paths, root) : null, root);
}

export interface AssignOptions {
  /** Read files only when their real path lies inside this directory (the action's workspace). */
  confineTo?: string;
}

/**
 * Groups files into datasets, as planDatasets does, for paths already expanded (relative to the root):
 * `named` null means every file of every configured dataset.
 */
export async function assignDatasets(
  config: Config,
  named: string[] | null,
  root: string,
  options: AssignOptions = {},
): Promise<DatasetTask[]> {
  const tasks: DatasetTask[] = [];
  const claimed = new Set<string>();
  const task = (file: string, report: boolean, split: string | undefined): FileTask => ({
    path: path.resolve(root, file),
    display: file,
    report,
    ...(split ? { split } : {}),
    ...(options.confineTo !== undefined ? { confineTo: options.confineTo } : {}),
  });
  for (const spec of config.datasets) {
    const isMatch = picomatch(spec.globs, { dot: true });
    const members = (await globFiles(spec.globs, root, options.confineTo)).filter(
      (file) => !claimed.has(file),
    );
    const wanted = named?.filter((file) => isMatch(file) && !claimed.has(file)) ?? members;
    if (named && wanted.length === 0) continue;
    const wantedSet = new Set(wanted);
    // Files read only for the gates come first, so that a record a change copies from the existing data
    // is reported as the duplicate in the changed file, where the author can act on it.
    const files = [...new Set([...members.filter((file) => !wantedSet.has(file)), ...wanted])];
    for (const file of files) claimed.add(file);
    const splitMatchers = Object.entries(spec.splits ?? {}).map(
      ([split, globs]) => [split, picomatch(globs, { dot: true })] as const,
    );
    const splitOf = (file: string) =>
      splitMatchers.find(([, matches]) => matches(file))?.[0] ?? inferSplit(file);
    tasks.push({
      info: spec.info,
      files: files.map((file) => task(file, named === null || wantedSet.has(file), splitOf(file))),
    });
  }
  const unassigned = (named ?? []).filter((file) => !claimed.has(file));
  if (unassigned.length > 0) {
    tasks.push({
      info: datasetInfo("default"),
      files: unassigned.map((file) => task(file, true, inferSplit(file))),
    });
  }
  return tasks;
}

/** Whether a path (relative to the root, forward slashes) belongs to one of the config's datasets. */
export function datasetMatcher(config: Config): (file: string) => boolean {
  const matchers = config.datasets.map((spec) => picomatch(spec.globs, { dot: true }));
  return (file) => matchers.some((isMatch) => isMatch(file));
}

/** The words of file and folder names that name a split, and the split each names. */
const SPLIT_WORDS: Record<string, string> = {
  train: "train",
  training: "train",
  test: "test",
  testing: "test",
  validation: "validation",
  valid: "validation",
  val: "validation",
  dev: "validation",
  eval: "validation",
  evaluation: "validation",
  heldout: "validation",
};

/**
 * The split a file's name tells (`train.jsonl`, `test-00000-of-00001.parquet`, `harmless-base/test.jsonl.gz`,
 * `data/validation/part-0.jsonl`): the file name's words first, then its folders', nearest first.
 */
export function inferSplit(file: string): string | undefined {
  const parts = file.toLowerCase().split(/[\\/]/).reverse();
  for (const part of parts) {
    for (const word of part.split(/[^a-z]+/)) {
      const split = SPLIT_WORDS[word];
      if (split) return split;
    }
  }
  return undefined;
}
