import { DEFAULT_CATEGORIES, DEFAULT_CONFIG_PATH } from "../config/config.js";
import { percent } from "../model/share.js";
import { VERSION } from "../model/version.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { MIN_SIZE_PRESETS } from "../rules/min-size.js";
import type { PlannedCategory, PlannedDataset } from "./init-plan.js";

// The two files `dataset-ci init` writes, as text: the config, with a comment saying what each key does
// and what today's data looks like against it, and the workflow that runs the action on it.

/**
 * The action's repository, as the README's workflow names it: no tag is published yet, so init writes
 * this placeholder with the package's version, and the workflow's comment says to pin a commit SHA.
 */
export const ACTION_REPOSITORY = "OWNER/dataset-ci";
/** The tag the workflow pins: the version of the dataset-ci that wrote it. */
export const ACTION_REF = `v${VERSION}`;

/** The schema, as an editor fetches it when the package is not installed in the repository. */
export const SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_REF}/schema/dataset-ci.schema.json`;

/** How many misspelt or invalid category names a comment names; the rest are counted. */
const INVALID_NAMES_LISTED = 5;

/** A share as the config takes it: 0.2 → "20%" (the reports' `percent` writes "20 %" for people). */
function configShare(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

/** A YAML double-quoted scalar: JSON's escapes, plus the characters YAML will not take raw. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Words YAML reads as something other than a string key. */
const YAML_RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A mapping key: plain when YAML reads it back as that string, quoted otherwise. */
export function yamlKey(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) && !YAML_RESERVED.test(text) ? text : yamlString(text);
}

/** Text from the repository (a folder, a category) in a comment: one line, bounded. */
function commentText(text: string, max = 120): string {
  return terminalSafe(text, max);
}

function examples(count: number): string {
  return `${count.toLocaleString("en-US")} example${count === 1 ? "" : "s"}`;
}

/**
 * The config for the planned datasets. `schema`: the `$schema` the editor comment points at (a path
 * relative to the config's folder, or a URL).
 */
export function renderConfig(datasets: readonly PlannedDataset[], schema: string): string {
  const lines = [
    "# dataset-ci configuration, written by `dataset-ci init` from the data the repository held then.",
    "# `dataset-ci check` (and the action) read it from here; every key is described in dataset-ci's",
    "# docs/config.md, and an editor with the YAML language server validates it against the schema:",
    `# yaml-language-server: $schema=${commentText(schema, 1000)}`,
    "",
    "# The lowest severity that fails the check: error, warning, notice or never.",
    "fail-on: error",
    "# One dataset a folder (a folder named for a split, such as train/ or test/, joins its parent's).",
    "# A file joins the first dataset whose globs match it.",
    "datasets:",
  ];
  for (const dataset of datasets) lines.push(...renderDataset(dataset));
  lines.push(
    "# Per rule: a severity (error, warning, notice, off), or { severity, …options }; `dataset-ci rules`",
    "# lists them with their defaults. For example:",
    "# rules:",
    "#   chosen-no-question: off",
    "#   chosen-overlong: { severity: warning, words: 200 }",
  );
  return `${lines.join("\n")}\n`;
}

function renderDataset(dataset: PlannedDataset): string[] {
  const fileCount = `${dataset.files.length} file${dataset.files.length === 1 ? "" : "s"}`;
  const layouts = [...dataset.layouts.entries()]
    .map(([layout, files]) => (dataset.layouts.size > 1 ? `${layout} (${files})` : layout))
    .join(", ");
  const lines = [
    `  # ${commentText(dataset.folder === "." ? "the repository's root folder" : dataset.folder)}: ${examples(dataset.examples)} in ${fileCount}; layout${dataset.layouts.size === 1 ? "" : "s"}: ${layouts || "none read here"}`,
    `  - name: ${yamlString(dataset.name)} # how reports name it`,
    `    files: [${dataset.globs.map(yamlString).join(", ")}] # globs from the repository root`,
  ];
  if (dataset.unread > 0) {
    lines.push(
      `    # ${dataset.unread} file${dataset.unread === 1 ? " was" : "s were"} not read as data here (an LFS pointer?): not counted below.`,
    );
  }
  lines.push(...renderMinSize(dataset), ...renderCategories(dataset));
  return lines;
}

function renderMinSize(dataset: PlannedDataset): string[] {
  const presets = Object.entries(MIN_SIZE_PRESETS)
    .map(([name, size]) => `${name} ${size.min}`)
    .join(", ");
  const { preset, under } = dataset.minSize;
  const minimum = MIN_SIZE_PRESETS[preset];
  const today = under
    ? `${examples(dataset.examples)} today, under even the smallest preset: check fails (min-size) until ${minimum.min - dataset.examples} more are added.`
    : `${examples(dataset.examples)} today: ${preset} is the largest preset they meet (it recommends ${minimum.recommended[0]}–${minimum.recommended[1]}).`;
  return [
    "    # The fewest examples the dataset may have: a number, or the seed's use case",
    `    # (${presets}): change it to yours.`,
    `    # ${today}`,
    `    min-size: ${preset}`,
  ];
}

function renderCategories(dataset: PlannedDataset): string[] {
  const lines: string[] = [];
  if (dataset.taxonomy === "seed") {
    lines.push(
      "    # The taxonomy, and each category's target share of the categorised examples (inclusive): the seed's",
      "    # five categories are all here, so their bands are the seed's target distribution, kept as the seed",
      "    # sets them even where today's data is outside (its comment says so). Other categories: no band.",
      "    categories:",
    );
  } else if (dataset.taxonomy === "taxonomy") {
    lines.push(
      "    # The taxonomy: the categories the data uses. The seed's five categories are not all here, so no",
      "    # category has a target band (add `{ min: 20%, max: 30% }` to one to hold it to a share).",
      "    categories:",
    );
  } else {
    lines.push(
      '    # No example has a "category": no taxonomy, so no distribution check. Add categories to the',
      "    # data and list them here (or delete this line for the seed's five) to check the mix.",
      "    categories: {}",
    );
  }
  const categorised = dataset.categories.reduce((n, c) => n + c.count, 0);
  for (const category of dataset.categories) lines.push(renderCategory(category, categorised));
  if (dataset.uncategorised > 0) {
    lines.push(
      `    # ${examples(dataset.uncategorised)} ${dataset.uncategorised === 1 ? "has" : "have"} no category: check lists each (missing-category).`,
    );
  }
  if (dataset.misspelt.length > 0) {
    const listed = dataset.misspelt
      .slice(0, INVALID_NAMES_LISTED)
      .map((c) => `${commentText(JSON.stringify(c.name), 60)} (${c.count}) for ${c.meant}`)
      .join(", ");
    const more =
      dataset.misspelt.length > INVALID_NAMES_LISTED
        ? ` and ${dataset.misspelt.length - INVALID_NAMES_LISTED} more`
        : "";
    lines.push(`    # Not listed, as misspellings (check lists each, unknown-category): ${listed}${more}.`);
  }
  if (dataset.invalidNames.length > 0) {
    const listed = dataset.invalidNames
      .slice(0, INVALID_NAMES_LISTED)
      .map((c) => `${commentText(JSON.stringify(c.name), 60)} (${c.count})`)
      .join(", ");
    const more =
      dataset.invalidNames.length > INVALID_NAMES_LISTED
        ? ` and ${dataset.invalidNames.length - INVALID_NAMES_LISTED} more`
        : "";
    lines.push(
      `    # Not listed, as ids are letters, digits, _ . - only: ${listed}${more}. Rename them in the data.`,
    );
  }
  return lines;
}

function renderCategory(category: PlannedCategory, categorised: number): string {
  const today = `${percent(category.share)} today (${category.count} of ${categorised})`;
  const key = `      ${yamlKey(category.name)}:`;
  if (!category.band) {
    // The seed's names expect what the seed says; any other name expects a refusal unless told.
    const refusal = DEFAULT_CATEGORIES.some((c) => c.name === category.name)
      ? ""
      : "; expects a refusal: add `refusal: false` if its requests expect help";
    return `${key} {} # ${today}${refusal}`;
  }
  const band = `{ min: ${configShare(category.band.min)}, max: ${configShare(category.band.max)} }`;
  if (!category.off) return `${key} ${band} # ${today}`;
  // As the check's finding says it.
  const fix =
    category.off.needed > 0
      ? `add ${category.off.needed} ${category.name} example${category.off.needed === 1 ? "" : "s"}`
      : `${category.off.excess} over: remove ${category.off.excess} or add examples of other categories`;
  return `${key} ${band} # ${today}: OUTSIDE the seed's band, check fails (category-distribution): ${fix}`;
}

/**
 * The workflow that runs the action on every pull request, as the README's "In a workflow" gives it:
 * the same triggers, permissions and checkout of the pull request's head.
 */
export function renderWorkflow(configPath: string = DEFAULT_CONFIG_PATH): string {
  return `# Written by \`dataset-ci init\`: checks the datasets of ${configPath} on every pull request.
# Make "dataset-ci" a required status check: it runs on every pull request (no \`paths:\` filter, which
# would leave a required check pending forever) and passes when no dataset file changed.
name: dataset-ci
on:
  pull_request:
  merge_group:          # a merge queue's commit is checked like a push
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read        # check out the repository
  pull-requests: write  # list the pull request's files, keep its comment up to date, review changed lines
  # checks: write       # only with check-run: true
jobs:
  dataset-ci:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          # The pull request's head, as its diff numbers lines (the default is GitHub's merge commit);
          # empty on other events, which check out the commit they are for.
          ref: \${{ github.event.pull_request.head.sha }}
          lfs: true  # LFS-tracked datasets are checked as data, not pointers
      # ${ACTION_REF} is the version of dataset-ci that wrote this file. Pin the action to a full commit SHA
      # (uses: ${ACTION_REPOSITORY}@<40-hex SHA> # ${ACTION_REF}): a tag can be moved, a SHA cannot.
      - uses: ${ACTION_REPOSITORY}@${ACTION_REF}
        with:
          config: ${yamlString(configPath)}
`;
}
