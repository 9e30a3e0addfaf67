import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Config } from "../config.js";
import { assignDatasets, datasetMatcher } from "../discover.js";
import { check } from "../engine.js";
import type { Report } from "../report.js";
import { ensureCommits } from "./changed-files.js";

const run = promisify(execFile);

/**
 * Runs the same checks on the datasets `names` as they are at commit `base`: each of their files is
 * read from git in the workspace (`git show`, the base fetched first when the checkout is shallow) into
 * a temporary directory, and checked there with fingerprints. The files of `changed` that exist at base
 * report their findings, so a pull request's findings can be matched against them.
 */
export async function checkAtBase(
  config: Config,
  workspace: string,
  base: string,
  names: ReadonlySet<string>,
  changed: string[],
): Promise<Report> {
  const git = (...args: string[]) =>
    run("git", ["-C", workspace, ...args], { maxBuffer: 1024 * 1024 * 1024, encoding: "buffer" });
  await ensureCommits(workspace, [base]);
  const touched: Config = { ...config, datasets: config.datasets.filter((d) => names.has(d.info.name)) };
  const isDatasetFile = datasetMatcher(touched);
  const listed = (await git("ls-tree", "-r", "-z", "--name-only", base)).stdout.toString("utf8");
  const files = listed.split("\0").filter((file) => file !== "" && isDatasetFile(file));
  const directory = await mkdtemp(path.join(os.tmpdir(), "dataset-ci-base-"));
  try {
    for (const file of files) {
      const target = path.join(directory, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, (await git("cat-file", "blob", `${base}:${file}`)).stdout);
    }
    const present = new Set(files);
    const named = changed.filter((file) => present.has(file));
    const datasets = await assignDatasets(touched, named, directory, { confineTo: directory });
    // A dataset no changed file of base belongs to still gives its totals.
    for (const spec of touched.datasets) {
      if (datasets.some((d) => d.info.name === spec.info.name)) continue;
      const whole = await assignDatasets({ ...touched, datasets: [spec] }, null, directory);
      for (const dataset of whole) for (const task of dataset.files) task.report = false;
      datasets.push(...whole);
    }
    return await check({ config: touched, datasets, fingerprints: true });
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
): Promise<Map<string, { added: number; removed: number }>> {
  const counts = new Map<string, { added: number; removed: number }>();
  for (const [name, files] of filesByDataset) {
    if (files.length === 0 || !files.every((file) => file.endsWith(".jsonl"))) continue;
    const { stdout } = await run(
      "git",
      ["-C", workspace, "diff", "--numstat", "-z", "--no-renames", range, "--", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    let added = 0;
    let removed = 0;
    for (const entry of stdout.split("\0")) {
      const [plus, minus] = entry.split("\t");
      added += Number(plus) || 0;
      removed += Number(minus) || 0;
    }
    counts.set(name, { added, removed });
  }
  return counts;
}
