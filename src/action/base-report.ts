import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { check } from "../check/check.js";
import { settingsFromEnvironment } from "../check/environment-settings.js";
import type { Config } from "../config/config.js";
import { assignDatasets, datasetMatcher } from "../config/discover.js";
import type { Report } from "../model/report.js";
import { writeCommitFiles } from "./commit-files.js";
import { ensureCommits } from "./git-history.js";
import { LfsUnavailable } from "./lfs.js";

const run = promisify(execFile);

/**
 * Runs the same checks on the datasets `names` as they are at commit `base`: each of their files is
 * read from git in the workspace (the base fetched first when the checkout is shallow, LFS files through
 * git lfs) into a temporary directory, and checked there with fingerprints. A renamed file is read from
 * its old path into its new one (`renamed`: new → old), so its findings at base and head are matched. The
 * files of `changed` that exist at base report their findings, so a pull request's findings can be
 * matched against them. Throws when git-lfs is needed and absent: a pointer is no base to compare with.
 */
export async function checkAtBase(
  config: Config,
  workspace: string,
  base: string,
  names: ReadonlySet<string>,
  changed: string[],
  renamed: Readonly<Record<string, string>> = {},
): Promise<Report> {
  await ensureCommits(workspace, [base]);
  const touched: Config = { ...config, datasets: config.datasets.filter((d) => names.has(d.info.name)) };
  const isDatasetFile = datasetMatcher(touched);
  const toHead = new Map(Object.entries(renamed).map(([head, old]) => [old, head]));
  const directory = await mkdtemp(path.join(os.tmpdir(), "dataset-ci-base-"));
  try {
    const written = await writeCommitFiles(workspace, base, directory, isDatasetFile, toHead);
    if (written.lfsUnread.length > 0) {
      throw new LfsUnavailable(
        `git-lfs is not installed, and ${written.lfsUnread.length} of its files are in Git LFS`,
      );
    }
    const present = new Set(written.files);
    const named = changed.filter((file) => present.has(file));
    const datasets = await assignDatasets(touched, named, directory, { confineTo: directory });
    // A dataset no changed file of base belongs to still gives its totals.
    for (const spec of touched.datasets) {
      if (datasets.some((d) => d.info.name === spec.info.name)) continue;
      const whole = await assignDatasets({ ...touched, datasets: [spec] }, null, directory);
      for (const dataset of whole) for (const task of dataset.files) task.report = false;
      datasets.push(...whole);
    }
    return await check({
      config: touched,
      datasets,
      fingerprints: true,
      ...settingsFromEnvironment(process.env).settings,
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * Records a pull request added and removed in each dataset whose files are all uncompressed JSON Lines
 * (one record a line, so git's line counts are record counts), by dataset name; other datasets are left
 * out, their net change being all the report can say.
 */
export async function recordsChanged(
  workspace: string,
  range: string,
  filesByDataset: Map<string, string[]>,
  renamed: Readonly<Record<string, string>> = {},
): Promise<Map<string, { added: number; removed: number }>> {
  const counts = new Map<string, { added: number; removed: number }>();
  for (const [name, files] of filesByDataset) {
    if (files.length === 0 || !files.every((file) => file.endsWith(".jsonl"))) continue;
    // git's line counts of a Git LFS file are its pointer's.
    if (await anyInLfs(workspace, files)) continue;
    // A renamed file is counted from its old path: a pure rename adds and removes no record.
    const previous = files.flatMap((file) => (renamed[file] !== undefined ? [renamed[file]] : []));
    const { stdout } = await run(
      "git",
      ["-C", workspace, "diff", "--numstat", "-z", "--find-renames", range, "--", ...files, ...previous],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    let added = 0;
    let removed = 0;
    // "<added>\t<removed>\t<path>\0", or for a rename "<added>\t<removed>\t\0<old>\0<new>\0".
    for (const entry of stdout.split("\0")) {
      const counted = /^(\d+)\t(\d+)\t/.exec(entry);
      if (!counted) continue;
      added += Number(counted[1]);
      removed += Number(counted[2]);
    }
    counts.set(name, { added, removed });
  }
  return counts;
}

/** Whether git's attributes (in the workspace) store any of `files` in Git LFS. */
async function anyInLfs(workspace: string, files: string[]): Promise<boolean> {
  const { stdout } = await run("git", ["-C", workspace, "check-attr", "-z", "filter", "--", ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // "<path>\0filter\0<value>\0" for each file.
  const fields = stdout.split("\0");
  for (let i = 2; i < fields.length; i += 3) if (fields[i] === "lfs") return true;
  return false;
}
