import path from "node:path";
import { escapePath } from "tinyglobby";
import { CATEGORY_ID, DEFAULT_CATEGORIES } from "../config/config.js";
import { inferSplit } from "../config/discover.js";
import type { ContainerName, ShapeName } from "../model/example.js";
import type { CategoryReport } from "../model/report.js";
import { certainlyMeant, spelling } from "../rules/did-you-mean.js";
import { computeDistribution } from "../rules/distribution.js";
import { MIN_SIZE_PRESETS, type MinSizePreset } from "../rules/min-size.js";

// `dataset-ci init`: what the config should say about the data a repository holds today. A pure function
// of the files as read (init.ts reads them), so that the choices below are tested on real data.
//
// How it chooses, so that a `check` right after init passes on data that meets the seed and fails, with
// exactly the findings of what is off, on data that does not:
// - one dataset a folder, its files matched by one glob an extension (or listed one by one, when a glob
//   would also take a file of that folder that holds no preference data); a folder named for a split
//   (data/train/, data/test/) joins its parent's dataset, so split-leakage compares the splits;
// - `min-size`: the largest of the seed's presets that today's count meets. Under even the smallest
//   (iterative, 20), it is still iterative: a number equal to today's count would pass silently, and the
//   seed says such a dataset is too small;
// - `categories`: when the seed's five categories are all present, the seed's bands, whatever today's
//   shares (a band today's data misses is kept, and its comment says so: widening it would hide the skew);
//   other categories join the taxonomy without a band. Some categories but not the five: the taxonomy
//   alone, no bands (there is no target to hold them to). None: `categories: {}`.

/** One data file as init read it. */
export interface SurveyedFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  /** null when it was not read as data here (an LFS pointer, unreadable). */
  container: ContainerName | null;
  shape: ShapeName | null;
  examples: number;
  /** Examples by their `category` string; examples without one are not counted here. */
  categories: Map<string, number>;
}

export interface PlannedCategory {
  name: string;
  count: number;
  /** Of the examples whose category is in the taxonomy (the share `check` computes). */
  share: number;
  /** The seed's band, when the dataset has the seed's five categories. */
  band?: { min: number; max: number };
  /** When today's share is outside the band: how many to add, or how many over it is. */
  off?: { needed: number; excess: number };
}

export interface PlannedMinSize {
  preset: MinSizePreset;
  /** Today's count is under even this preset's minimum: `check` fails with min-size. */
  under: boolean;
}

export interface PlannedDataset {
  name: string;
  /** The folder, relative to the repository root ("." for the root). */
  folder: string;
  /** Globs of its files, escaped (a file name may hold glob characters). */
  globs: string[];
  files: SurveyedFile[];
  examples: number;
  /** Layout (record shape) → how many files have it. */
  layouts: Map<ShapeName, number>;
  /** Files not read as data here (LFS pointers, unreadable): their examples are not counted. */
  unread: number;
  minSize: PlannedMinSize;
  /** "seed": the seed's five with their bands; "taxonomy": names alone; "none": `categories: {}`. */
  taxonomy: "seed" | "taxonomy" | "none";
  categories: PlannedCategory[];
  /** Examples without a category, while the dataset has bands: `check` lists them (missing-category). */
  uncategorised: number;
  /** Categories whose names are not valid ids: left out of the taxonomy, so `check` lists them. */
  invalidNames: Array<{ name: string; count: number }>;
  /** Misspellings of another category of the data: left out, so `check` lists them with the fix. */
  misspelt: Array<{ name: string; count: number; meant: string }>;
}

/** The extensions dataset-ci reads (discover.ts's DATASET_FILE_GLOB), compressed forms included. */
const DATASET_EXTENSION = /\.(?:jsonl|ndjson|json|csv|parquet)(?:\.(?:gz|zst|xz))?$/;

const SEED_NAMES: ReadonlySet<string> = new Set(DEFAULT_CATEGORIES.map((c) => c.name));

/** The seed's presets, largest minimum first. */
const PRESETS_LARGEST_FIRST = (Object.keys(MIN_SIZE_PRESETS) as MinSizePreset[]).sort(
  (a, b) => MIN_SIZE_PRESETS[b].min - MIN_SIZE_PRESETS[a].min,
);

/**
 * The datasets init writes: one a folder of `files`. `others` are the files with a dataset extension
 * that are not among them (they hold no preference data, or were not named): a folder's glob must not
 * take them.
 */
export function planInit(files: readonly SurveyedFile[], others: readonly string[]): PlannedDataset[] {
  const byFolder = new Map<string, SurveyedFile[]>();
  for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
    const folder = datasetFolder(path.posix.dirname(file.path));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([folder, members]) => planDataset(folder, members, others));
}

/** The folder a file's dataset is named by: its own, or its parent's when its own is named for a split. */
function datasetFolder(folder: string): string {
  if (folder === ".") return folder;
  return inferSplit(path.posix.basename(folder)) !== undefined ? path.posix.dirname(folder) : folder;
}

function planDataset(folder: string, files: SurveyedFile[], others: readonly string[]): PlannedDataset {
  const examples = files.reduce((n, f) => n + f.examples, 0);
  const layouts = new Map<ShapeName, number>();
  for (const file of files) {
    if (file.shape) layouts.set(file.shape, (layouts.get(file.shape) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const [name, count] of file.categories) counts.set(name, (counts.get(name) ?? 0) + count);
  }
  const misspelt = misspellings(counts);
  const valid = [...counts.entries()].filter(([name]) => CATEGORY_ID.test(name) && !misspelt.has(name));
  const invalidNames = [...counts.entries()]
    .filter(([name]) => !CATEGORY_ID.test(name) && !misspelt.has(name))
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || compare(a.name, b.name));
  const categorised = valid.reduce((n, [, count]) => n + count, 0);
  const hasSeedFive = DEFAULT_CATEGORIES.every((c) => valid.some(([name]) => name === c.name));
  const taxonomy = hasSeedFive ? "seed" : valid.length > 0 ? "taxonomy" : "none";

  let categories: PlannedCategory[];
  if (taxonomy === "seed") {
    const targets = [
      ...DEFAULT_CATEGORIES.map((c) => ({ ...c })),
      ...valid
        .filter(([name]) => !SEED_NAMES.has(name))
        .sort(([a], [b]) => compare(a, b))
        .map(([name]) => ({ name, refusal: true })),
    ];
    // The same arithmetic `check` does, so the comments say what its findings will.
    const distribution = computeDistribution(targets, {
      examples,
      categorised,
      categoryCounts: new Map(valid),
    });
    categories = distribution.map((c) => plannedFromReport(c));
  } else {
    categories = valid
      .sort(([a, countA], [b, countB]) => countB - countA || compare(a, b))
      .map(([name, count]) => ({ name, count, share: count / categorised }));
  }
  const withCategory = [...counts.values()].reduce((n, count) => n + count, 0);
  return {
    name: folder === "." ? "default" : folder,
    folder,
    globs: [...new Set(files.map((f) => path.posix.dirname(f.path)))].flatMap((own) =>
      globsFor(
        own,
        files.filter((f) => path.posix.dirname(f.path) === own),
        others.filter((other) => path.posix.dirname(other) === own),
      ),
    ),
    files,
    examples,
    layouts,
    unread: files.filter((f) => f.container === null).length,
    minSize: chooseMinSize(examples),
    taxonomy,
    categories,
    uncategorised: taxonomy === "seed" ? examples - withCategory : 0,
    invalidNames,
    misspelt: [...misspelt.entries()]
      .map(([name, meant]) => ({ name, count: counts.get(name) ?? 0, meant }))
      .sort((a, b) => b.count - a.count || compare(a.name, b.name)),
  };
}

/**
 * Categories that are another category of the data misspelt: the name meant, by the misspelling. Two
 * kinds only, as names one letter apart are often distinct ids (level1, level2): the same words in
 * another spelling ("Edge Cases", "edge-cases" beside edge_cases), and a typo of one of the seed's names
 * the data uses ("social_enginering" beside social_engineering). The name meant must be a valid id and
 * more frequent (or as frequent and the seed's); a spelling the data uses alone is its own name, and stays.
 */
function misspellings(counts: ReadonlyMap<string, number>): Map<string, string> {
  const misspelt = new Map<string, string>();
  for (const [name, count] of counts) {
    // The seed's names are the spelling meant, never a misspelling.
    if (SEED_NAMES.has(name)) continue;
    const commoner = [...counts.entries()]
      .filter(
        ([other, otherCount]) =>
          other !== name &&
          CATEGORY_ID.test(other) &&
          (otherCount > count || (otherCount === count && SEED_NAMES.has(other))),
      )
      .map(([other]) => other);
    const meant = certainlyMeant(name, commoner);
    if (meant === undefined) continue;
    if (spelling(meant) === spelling(name) || SEED_NAMES.has(meant)) {
      misspelt.set(name, meant);
    }
  }
  return misspelt;
}

function plannedFromReport(c: CategoryReport): PlannedCategory {
  const band = c.min !== undefined && c.max !== undefined ? { band: { min: c.min, max: c.max } } : {};
  const off = c.ok ? {} : { off: { needed: c.needed, excess: c.excess } };
  return { name: c.name, count: c.count, share: c.share, ...band, ...off };
}

/** The largest of the seed's presets today's count meets; the smallest when it meets none. */
export function chooseMinSize(examples: number): PlannedMinSize {
  const met = PRESETS_LARGEST_FIRST.find((preset) => examples >= MIN_SIZE_PRESETS[preset].min);
  const smallest = PRESETS_LARGEST_FIRST[PRESETS_LARGEST_FIRST.length - 1] as MinSizePreset;
  return met ? { preset: met, under: false } : { preset: smallest, under: true };
}

/** One glob an extension of the folder's files, unless it would take one of `others`: then each file. */
function globsFor(folder: string, files: SurveyedFile[], others: readonly string[]): string[] {
  const prefix = folder === "." ? "" : `${escapePath(folder)}/`;
  const extensions = new Set<string>();
  for (const file of files) {
    const extension = DATASET_EXTENSION.exec(file.path)?.[0];
    // A file named by hand with another extension: only its own name matches it.
    if (extension === undefined) return files.map((f) => escapePath(f.path));
    extensions.add(extension);
  }
  const clash = others.some((other) => {
    const extension = DATASET_EXTENSION.exec(other)?.[0];
    return extension !== undefined && extensions.has(extension);
  });
  if (clash) return files.map((f) => escapePath(f.path));
  return [...extensions].sort(compare).map((extension) => `${prefix}*${extension}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
