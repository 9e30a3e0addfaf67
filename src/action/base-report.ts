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
