import path from "node:path";
import { check } from "../check/check.js";
import { type EnvironmentSettings, settingsFromEnvironment } from "../check/environment-settings.js";
import type { Config } from "../config/config.js";
import { assignDatasets, datasetMatcher } from "../config/discover.js";
import type { Report } from "../model/report.js";
import type { loadBaseline } from "../report/baseline.js";
import type { SarifOptions } from "../report/sarif.js";
import { narrowToLines } from "../report/scope.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { plural } from "../report/verdict.js";
import { type ActionIO, logLine } from "./action-io.js";
import type { PullRequestFacts } from "./analysis.js";
import { baseDelta } from "./base-delta.js";
import { type ChangedFiles, changedLines, pullRequestFiles, pushFiles } from "./changed-files.js";
import type { Run } from "./event.js";
import type { Octokit } from "./github.js";
import { headContent } from "./head-content.js";
import { InputError, type Inputs } from "./inputs.js";
import { regressionGate } from "./regressions.js";
import { readRunConfig } from "./run-config.js";
import { sarifOptions } from "./sarif-file.js";
import { loadConfinedBaseline } from "./workspace-files.js";
import { zeroConfig } from "./zero-config.js";

/** What a check or analyze run found, as plain data for the sinks. */
export interface WorkspaceCheck {
  report: Report;
  notes: string[];
  facts: PullRequestFacts;
  /** The report code scanning gets, and where its paths point (see below for a push's). */
  sarif: { report: Report; options: SarifOptions };
}

/**
 * A check or analyze run's check: the dataset files the event changed, at the pull request's head, checked
 * with their datasets (for the gates), compared with the base, gated and narrowed as the inputs say.
 */
export async function checkWorkspace(
  inputs: Inputs,
  runInfo: Run,
  octokit: Octokit | null,
  env: NodeJS.ProcessEnv,
  io: ActionIO,
): Promise<WorkspaceCheck> {
  const log = logLine(io);
  const environment = settingsFromEnvironment(env);
  for (const note of environment.ignored) io.annotate("warning", `dataset-ci: ${terminalSafe(note, 200)}`);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  // The files checked are the pull request head's, whichever commit the workspace holds; git (diffs,
  // the base) still runs in the workspace's repository.
  const head = await headContent(
    workspace,
    runInfo,
    env.GITHUB_EVENT_NAME ?? "",
    inputs.config,
    env.RUNNER_TEMP ?? "",
  );
  try {
    const content = head.dir;
    const notes: string[] = [];
    const note = (line: string) => {
      notes.push(line);
      log(line);
    };
    let config = await readRunConfig(inputs, content);
    if (head.note) note(head.note);
    const changed = await changedFiles(runInfo, octokit, workspace);
    if (changed.note) note(changed.note);
    if (config.datasets.length === 0) {
      // No config file and no files input: the changed files that hold preference data, with the defaults.
      const zero = await zeroConfig(config, changed.files, workspace, inputs.config);
      config = zero.config;
      if (zero.notice) {
        notes.push(zero.notice);
        io.annotate("notice", terminalSafe(zero.notice, 1000), { title: "dataset-ci without a config" });
      }
    }
    // Head's dataset files and baseline, read from git when the workspace is not at the head.
    for (const line of await head.complete(config)) note(line);
    // The baseline is read from the checked-out head: a pull request may accept findings by updating it,
    // which reviewers see in its diff.
    const baseline = await loadConfinedBaseline(config.baseline, content);
    const checkWith = (files: string[] | null, everyFile: boolean) =>
      checkChanged(config, files, content, baseline, everyFile, environment.settings, io);
    let report = await checkWith(changed.files, inputs.scope === "all");
    const delta = await baseDelta(config, workspace, runInfo, changed, report);
    if (delta.note) notes.push(delta.note);
    if (inputs.gate === "regressions") {
      const gated = regressionGate(report, delta.base);
      report = gated.report;
      notes.push(gated.note);
    }
    if (inputs.scope === "changed-lines") {
      const added = await changedLines(
        workspace,
        changed,
        report.files.map((file) => file.path),
      );
      if (added) {
        const narrowed = narrowToLines(report, added);
        report = narrowed.report;
        if (narrowed.leftOut > 0) {
          notes.push(
            `scope changed-lines: ${plural(narrowed.leftOut, "finding")} on lines this change did not touch ${narrowed.leftOut === 1 ? "is" : "are"} not counted (input scope: changed-files or all counts them).`,
          );
        }
      }
    }
    // Code scanning marks fixed every alert a branch's latest analysis lacks: a push's (or a merge queue's)
    // SARIF holds every dataset file's findings, not only those of the lines it changed.
    const sarifReport =
      runInfo.trigger.kind === "push" && changed.files !== null ? await checkWith(null, true) : report;

    const facts: PullRequestFacts = {
      ...(delta.delta ? { delta: delta.delta } : {}),
      patches: changed.patches ?? {},
    };
    return {
      report,
      notes,
      facts,
      sarif: { report: sarifReport, options: sarifOptions(inputs, config, content, env) },
    };
  } finally {
    await head.dispose();
  }
}

async function changedFiles(runInfo: Run, octokit: Octokit | null, workspace: string): Promise<ChangedFiles> {
  const trigger = runInfo.trigger;
  if (trigger.kind === "pull-request") {
    if (!octokit)
      throw new InputError("input github-token: needed on pull requests to list the changed files");
    return pullRequestFiles(octokit, { owner: runInfo.owner, repo: runInfo.repo }, trigger, workspace);
  }
  if (trigger.kind === "push") return pushFiles(workspace, trigger);
  return { files: null };
}

/** Checks the datasets the changed files belong to (every dataset when `changed` is null). */
async function checkChanged(
  config: Config,
  changed: string[] | null,
  workspace: string,
  baseline: Awaited<ReturnType<typeof loadBaseline>>,
  everyFile: boolean,
  settings: EnvironmentSettings,
  io: ActionIO,
): Promise<Report> {
  const isDatasetFile = datasetMatcher(config);
  const named = changed === null ? null : changed.filter(isDatasetFile);
  const datasets =
    named !== null && named.length === 0
      ? []
      : await assignDatasets(config, named, workspace, { confineTo: workspace });
  // Scope all: every file of a dataset the change touched reports its own findings too.
  if (everyFile) for (const dataset of datasets) for (const file of dataset.files) file.report = true;
  // Fingerprints name findings across runs: review comments and the base/head delta need them.
  return check({
    config,
    datasets,
    fingerprints: true,
    ...(baseline ? { baseline } : {}),
    ...settings,
    onThreads: (threads) => {
      if (threads > 1) io.info(`checking with ${threads} threads`);
    },
  });
}
