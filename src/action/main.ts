import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { BaselineError, type loadBaseline } from "../baseline.js";
import { type Config, ConfigError, DEFAULT_CONFIG_PATH, datasetInfo, defaultConfig } from "../config.js";
import { assignDatasets, DiscoveryError, datasetMatcher } from "../discover.js";
import { check } from "../engine.js";
import { computeDelta, type Delta } from "../report/delta.js";
import { REPORT_MARKER, renderMarkdown } from "../report/render-markdown.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { failureReason, plural } from "../report/verdict.js";
import { annotationFile } from "../report/workflow-commands.js";
import type { Report } from "../report.js";
import { narrowToLines } from "../scope.js";
import type { PullRequestFacts } from "./analysis.js";
import { planAnnotations } from "./annotations.js";
import { checkAtBase, recordsChanged } from "./base-report.js";
import { type ChangedFiles, changedLines, diffRange, pullRequestFiles, pushFiles } from "./changed-files.js";
import { publishCheckRun } from "./check-run.js";
import { commentAction } from "./comment-mode.js";
import { setCommitStatus } from "./commit-status.js";
import { EventError, type Run, readRun } from "./event.js";
import { mergeBase } from "./git-history.js";
import {
  clientTiming,
  createOctokit,
  describeFailure,
  isPermissionRefusal,
  type Octokit,
  statusOf,
} from "./github.js";
import { type HeadContent, headContent } from "./head-content.js";
import { type CommentMode, InputError, type Inputs, readInputs } from "./inputs.js";
import { checkRunName, reportMarker, statusContext, withReportMarker } from "./job-key.js";
import { CHECK_RUN_TEXT_MAX_CHARS, COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from "./limits.js";
import { PublishError, readVerifiedAnalysis, uploadForPublish } from "./publish-mode.js";
import { findingRecordSpans } from "./record-spans.js";
import { regressionGate } from "./regressions.js";
import { postReview } from "./review.js";
import { sarifOptions, writeSarif } from "./sarif-file.js";
import { upsertStickyComment } from "./sticky-comment.js";
import { mechanicalFixes } from "./suggestions.js";
import { loadConfinedBaseline, loadConfinedConfig, refuseEscapingGlobs } from "./workspace-files.js";
import { zeroConfig } from "./zero-config.js";

/** What a reader of the log is told to do when the token may not comment (README section). */
const FORK_ADVICE =
  "the token is read-only, as on pull requests from forks: publish from a workflow_run workflow (README: Fork pull requests)";

const REPORT_FILE = "dataset-ci-report.json";

/**
 * One run of the action: work out which dataset files the event changed, check them (and their whole
 * datasets for the gates), then report through every sink and gate the step. A sink that fails (a
 * read-only token, an API outage) is logged in one line and never changes the verdict.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let head: HeadContent | undefined;
  try {
    const inputs = readInputs();
    const log = (line: string) => core.info(`dataset-ci: ${line}`);
    const octokit = inputs["github-token"]
      ? createOctokit(
          inputs["github-token"],
          env.GITHUB_API_URL || "https://api.github.com",
          log,
          clientTiming(env),
        )
      : null;
    if (inputs.mode === "publish") {
      const verified = await readVerifiedAnalysis(env, octokit, inputs["github-token"], inputs.key, {
        config: inputs.config,
        failOn: inputs["fail-on"],
      });
      if (!verified) return;
      await publish(verified.report, verified.runInfo, verified.notes, verified.facts, {
        octokit,
        comment: inputs.comment,
        maxReviewComments: inputs["max-review-comments"],
        checkRun: inputs["check-run"],
        key: inputs.key,
        checkName: checkRunName(inputs.key, inputs["check-name"]),
        env,
        maxAnnotations: null,
        verdict: verified.setStatus ? "commit-status" : "none",
        reportPath: await writeReport(verified.report, env),
      });
      return;
    }
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const runInfo = await readRun(env);
    if (runInfo.trigger.kind === "none") {
      core.notice(`dataset-ci: ${runInfo.trigger.reason}`);
      return;
    }
    // The files checked are the pull request head's, whichever commit the workspace holds; git (diffs,
    // the base) still runs in the workspace's repository.
    head = await headContent(
      workspace,
      runInfo,
      env.GITHUB_EVENT_NAME ?? "",
      inputs.config,
      env.RUNNER_TEMP ?? "",
    );
    const content = head.dir;
    let config = await readConfig(inputs, content);
    const notes: string[] = [];
    if (head.note) {
      notes.push(head.note);
      log(head.note);
    }

    const changed = await changedFiles(runInfo, octokit, workspace);
    if (changed.note) {
      notes.push(changed.note);
      log(changed.note);
    }
    if (config.datasets.length === 0) {
      // No config file and no files input: the changed files that hold preference data, with the defaults.
      const zero = await zeroConfig(config, changed.files, workspace, inputs.config);
      config = zero.config;
      if (zero.notice) {
        notes.push(zero.notice);
        core.notice(terminalSafe(zero.notice, 1000), { title: "dataset-ci without a config" });
      }
    }
    // Head's dataset files and baseline, read from git when the workspace is not at the head.
    for (const note of await head.complete(config)) {
      notes.push(note);
      log(note);
    }
    // The baseline is read from the checked-out head: a pull request may accept findings by updating it,
    // which reviewers see in its diff.
    const baseline = await loadConfinedBaseline(config.baseline, content);
    let report = await checkChanged(config, changed.files, content, baseline, inputs.scope === "all");
    const delta = await baseDelta(config, workspace, runInfo, changed, report);
    if (delta.note) notes.push(delta.note);
    if (inputs.gate === "regressions") {
      const gated = regressionGate(report, delta.base);
      report = gated.report;
      notes.push(gated.note);
    }
    if (inputs.scope === "changed-lines") {
      const files = report.files.map((file) => file.path);
      const added = await changedLines(workspace, changed, files);
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
    const reportPath = await writeReport(report, env);
    // Code scanning marks fixed every alert a branch's latest analysis lacks: a push's (or a merge queue's)
    // SARIF holds every dataset file's findings, not only those of the lines it changed.
    const sarifReport =
      runInfo.trigger.kind === "push" && changed.files !== null
        ? await checkChanged(config, null, content, baseline, true)
        : report;
    const sarifPath = await writeSarif(sarifReport, env, sarifOptions(inputs, config, content, env));

    const reviewing = runInfo.trigger.kind === "pull-request" && inputs["max-review-comments"] > 0;
    const facts: PullRequestFacts = {
      ...(delta.delta ? { delta: delta.delta } : {}),
      patches: changed.patches ?? {},
      fixes: reviewing ? await mechanicalFixes(report, content) : {},
      ...(reviewing ? { spans: await findingRecordSpans(report, content) } : {}),
    };
    if (inputs.mode === "analyze") {
      // The notes the comment would carry in a check run, so a publish run posts the same comment.
      const notShown = planAnnotations(report, inputs["max-annotations"]).notShown;
      await uploadForPublish(
        report,
        runInfo,
        [...notes, ...annotationNote(notShown)],
        facts,
        env,
        inputs.key,
      );
    }
    // An analyze run has a read-only token: the comment, the review and the check run are the publish run's.
    const oneRun = inputs.mode === "check";
    await publish(report, runInfo, notes, facts, {
      octokit,
      comment: oneRun ? inputs.comment : "off",
      maxReviewComments: oneRun ? inputs["max-review-comments"] : 0,
      checkRun: oneRun && inputs["check-run"],
      key: inputs.key,
      checkName: checkRunName(inputs.key, inputs["check-name"]),
      maxAnnotations: inputs["max-annotations"],
      verdict: "step",
      reportPath,
      sarifPath,
      env,
    });
  } catch (error) {
    const known =
      error instanceof ConfigError ||
      error instanceof DiscoveryError ||
      error instanceof InputError ||
      error instanceof EventError ||
      error instanceof BaselineError ||
      error instanceof PublishError;
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`dataset-ci: ${terminalSafe(known ? message : `unexpected error: ${message}`, 1000)}`);
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
  } finally {
    await head?.dispose();
  }
}

/** Where publish() sends the report, for a one-phase run (check, analyze) or a publish run. */
export interface PublishOptions {
  octokit: Octokit | null;
  /** When to post the report as the pull request's sticky comment (comment-mode.ts). */
  comment: CommentMode;
  /** The job's key (job-key.ts): in the comment's marker, the review comments' and the status's context. */
  key: string;
  /** The check run's name (job-key.ts). */
  checkName: string;
  /** The most review comments to post on changed lines; 0 posts no review. */
  maxReviewComments: number;
  /** Also create a check run carrying every annotation and the summary. */
  checkRun: boolean;
  /** The most annotations to write; null in a publish run, whose log is not the pull request's check. */
  maxAnnotations: number | null;
  /**
   * "step" fails this step on a failing report; "commit-status" sets the verdict on the commit checked;
   * "none" does neither (a publish run whose commit another open pull request shares).
   */
  verdict: "step" | "commit-status" | "none";
  reportPath: string;
  /** The SARIF file of a run that checked the workspace (none in a publish run, which has no checkout). */
  sarifPath?: string;
  /** The runner's environment. */
  env: NodeJS.ProcessEnv;
}

/**
 * Everything after the check, from plain data: the review comments, the sticky comment, the check run, the
 * commit status (publish runs), annotations, the job summary, the outputs and the verdict. Check and
 * analyze runs call it with the report and facts they made; a publish run with those it downloaded and
 * verified, so it posts what a one-phase run would have.
 */
export async function publish(
  report: Report,
  runInfo: Run,
  runNotes: string[],
  facts: PullRequestFacts,
  options: PublishOptions,
): Promise<void> {
  const log = (line: string) => core.info(`dataset-ci: ${line}`);
  const notes = [...runNotes];
  const { octokit } = options;
  const scope =
    runInfo.trigger.kind === "pull-request"
      ? "this pull request"
      : `this ${runInfo.trigger.kind === "push" ? (runInfo.trigger.event === "merge_group" ? "merge queue commit" : "push") : "run"}`;
  // A publish run annotates nothing: its log is not the pull request's check (the analyze run's is).
  const annotating = options.maxAnnotations !== null;
  const firstPlan = planAnnotations(report, options.maxAnnotations ?? 0);
  const warnings: string[] = [];
  // The review first, since its notes go into the comment; then the comment, whose success decides the
  // annotation budget left for warnings.
  let readOnly = false;
  if (runInfo.trigger.kind === "pull-request" && octokit && options.maxReviewComments > 0) {
    const outcome = await reviewChangedLines(
      octokit,
      runInfo,
      report,
      facts,
      options.maxReviewComments,
      options.key,
    );
    notes.push(...outcome.notes);
    if (outcome.warning) warnings.push(outcome.warning);
    readOnly = outcome.readOnly;
  }
  const commenting = commentAction(options.comment, report);
  if (runInfo.trigger.kind === "pull-request" && commenting !== "none") {
    const problem = await postComment(
      octokit,
      runInfo,
      report,
      [...notes, ...annotationNote(annotating ? firstPlan.notShown : 0)],
      scope,
      facts.delta,
      { key: options.key, create: commenting === "post" },
    );
    if (problem) warnings.push(problem);
  } else if (readOnly) {
    warnings.push(`could not post review comments: ${FORK_ADVICE}. The verdict is unchanged.`);
  }
  if (options.checkRun && octokit) {
    const problem = await postCheckRun(
      octokit,
      runInfo,
      report,
      notes,
      scope,
      facts.delta,
      options.checkName,
    );
    if (problem) warnings.push(problem);
  }
  if (options.verdict === "commit-status") {
    const problem = await setCommitStatus(octokit, runInfo, report, statusContext(options.key));
    if (problem) warnings.push(problem);
  }
  for (const warning of warnings) core.warning(warning, { title: "dataset-ci could not report" });

  const plan = planAnnotations(report, options.maxAnnotations ?? 0, { warning: warnings.length });
  if (annotating) annotate(plan.chosen);
  const summaryNotes = [...notes, ...warnings, ...annotationNote(annotating ? plan.notShown : 0)];
  await writeSummary(report, runInfo, summaryNotes, scope, facts.delta).catch((error) =>
    core.warning(`dataset-ci: could not write the job summary: ${describeFailure(error)}`),
  );

  setOutputs(report, options.reportPath, options.sarifPath);
  const reason = failureReason(report);
  log(report.passed ? "passed" : `failed: ${reason}`);
  // A publish run's verdict is the commit status it set: its own step succeeds when it published.
  if (!report.passed && options.verdict === "step") core.setFailed(`dataset-ci failed: ${reason}`);
}

/** The config file, with the `files` input in place of its globs. */
async function readConfig(inputs: Inputs, workspace: string): Promise<Config> {
  const configPath = path.resolve(workspace, inputs.config);
  const missing = !existsSync(configPath);
  if (missing && inputs.config !== DEFAULT_CONFIG_PATH) {
    throw new ConfigError(`the config ${inputs.config} does not exist in the workspace`);
  }
  const config = missing ? defaultConfig() : await loadConfinedConfig(inputs.config, workspace);
  if (inputs["fail-on"] !== "error" || missing) config.failOn = inputs["fail-on"];
  if (inputs.files.length > 0) {
    if (config.datasets.length > 1) {
      throw new InputError(
        `input files: replaces the globs of one dataset, but ${inputs.config} declares ${config.datasets.length}: set each dataset's files in the config instead`,
      );
    }
    const info = config.datasets[0]?.info ?? datasetInfo("default");
    config.datasets = [{ info, globs: inputs.files }];
  }
  refuseEscapingGlobs(config, inputs.config);
  if (config.datasets.length === 0 && !missing) {
    throw new ConfigError(
      `no datasets to check: declare them in ${inputs.config} (see the README) or set the files input`,
    );
  }
  return config;
}

async function changedFiles(runInfo: Run, octokit: Octokit | null, workspace: string): Promise<ChangedFiles> {
  const trigger = runInfo.trigger;
  if (trigger.kind === "pull-request") {
    if (!octokit)
      throw new InputError("input github-token: needed on pull requests to list the changed files");
    return pullRequestFiles(octokit, repositoryOf(runInfo), trigger, workspace);
  }
  if (trigger.kind === "push") return pushFiles(workspace, trigger);
  return { files: null };
}

/**
 * Review comments on the changed lines; returns the notes for the report comment, and the one-line
 * warning when GitHub refused. A read-only token (a fork) is left to the report comment to explain.
 */
async function reviewChangedLines(
  octokit: Octokit,
  runInfo: Run,
  report: Report,
  facts: PullRequestFacts,
  max: number,
  key: string,
): Promise<{ notes: string[]; warning?: string; readOnly: boolean }> {
  if (runInfo.trigger.kind !== "pull-request") return { notes: [], readOnly: false };
  try {
    const result = await postReview(
      octokit,
      repositoryOf(runInfo),
      { number: runInfo.trigger.number, headSha: runInfo.trigger.headSha },
      report,
      facts.patches,
      facts.fixes,
      max,
      facts.spans,
      key,
    );
    core.info(
      `dataset-ci: review comments: ${result.posted} posted, ${result.standing} findings already commented, ${result.resolved} stale resolved, ${result.keptForReplies} stale kept for their replies, ${result.leftOut} left out`,
    );
    if (result.threadsUnavailable) {
      core.info(
        `dataset-ci: could not read the review threads (${result.threadsUnavailable}): none resolved`,
      );
    }
    const notes =
      result.leftOut > 0
        ? [
            `${result.leftOut.toLocaleString("en-US")} changed lines with findings got no review comment: at most ${max} stand unresolved on the pull request (input max-review-comments); their findings are listed below.`,
          ]
        : [];
    return { notes, readOnly: false };
  } catch (error) {
    if (isPermissionRefusal(error)) return { notes: [], readOnly: true };
    return {
      notes: [],
      warning: `could not post review comments (${describeFailure(error)}). The verdict is unchanged; the findings are in the annotations and the job summary.`,
      readOnly: false,
    };
  }
}

/**
 * What a pull request does to the datasets it touches: the same checks at its base, compared with head
 * (before the scope narrows head's findings). A note instead when base could not be read.
 */
async function baseDelta(
  config: Config,
  workspace: string,
  runInfo: Run,
  changed: ChangedFiles,
  head: Report,
): Promise<{ delta?: Delta; base?: Report; note?: string }> {
  if (runInfo.trigger.kind !== "pull-request" || head.datasets.length === 0) return {};
  try {
    const names = new Set(head.datasets.map((d) => d.name));
    // Every file head reports findings for (all of a dataset's, with scope all), so gate regressions can
    // tell which of its findings base already had.
    const files = [...new Set([...(changed.files ?? []), ...head.files.map((f) => f.path)])];
    const { baseSha, headSha } = runInfo.trigger;
    // Base as the pull request forked from it, as its diff compares: later changes to the base branch are
    // not the pull request's.
    const range = await diffRange(workspace, baseSha, headSha, "merge-base");
    const forked = (await mergeBase(workspace, baseSha, headSha)) ?? baseSha;
    const base = await checkAtBase(config, workspace, forked, names, files, changed.renamed);
    const delta = computeDelta(base, head, changed.files ? new Set(changed.files) : null);
    // Records added and removed, from git's line counts where a line is a record.
    const filesByDataset = new Map(
      head.datasets.map((d) => [
        d.name,
        [...new Set([...d.files, ...(base.datasets.find((b) => b.name === d.name)?.files ?? [])])],
      ]),
    );
    const records = await recordsChanged(workspace, range, filesByDataset, changed.renamed);
    for (const dataset of delta.datasets) {
      const counted = records.get(dataset.name);
      if (counted) dataset.records = counted;
    }
    return { delta, base };
  } catch (error) {
    return {
      note: `the datasets at the pull request's base could not be read (${describeFailure(error)}): no before/after comparison`,
    };
  }
}

/** Only the repository's coordinates: request parameters must carry nothing else. */
function repositoryOf(runInfo: Run): { owner: string; repo: string } {
  return { owner: runInfo.owner, repo: runInfo.repo };
}

/** Checks the datasets the changed files belong to (every dataset when `changed` is null). */
async function checkChanged(
  config: Config,
  changed: string[] | null,
  workspace: string,
  baseline: Awaited<ReturnType<typeof loadBaseline>>,
  everyFile: boolean,
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
    onThreads: (threads) => {
      if (threads > 1) core.info(`checking with ${threads} threads`);
    },
  });
}

async function writeReport(report: Report, env: NodeJS.ProcessEnv): Promise<string> {
  const directory = env.RUNNER_TEMP || os.tmpdir();
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, REPORT_FILE);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

function annotationNote(notShown: number): string[] {
  return notShown > 0
    ? [
        `GitHub shows at most 10 annotations of each level per step: ${notShown.toLocaleString("en-US")} findings have none, and are listed below.`,
      ]
    : [];
}

/** Posts or updates the sticky comment; returns the one-line warning to log when it could not. */
async function postComment(
  octokit: Octokit | null,
  runInfo: Run,
  report: Report,
  notes: string[],
  scope: string,
  delta: Delta | undefined,
  sticky: { key: string; create: boolean },
): Promise<string | null> {
  if (!octokit || runInfo.trigger.kind !== "pull-request") return null;
  const summaryLink = `${runInfo.runUrl ? `The [job summary](${runInfo.runUrl})` : "The job summary"} lists more, and \`npx dataset-ci check\` lists every finding locally.`;
  const body = renderMarkdown(report, {
    blob: runInfo, // its serverUrl, owner, repo and the commit checked
    scope,
    notes,
    // Room for a key in the marker.
    limit: COMMENT_MAX_CHARS - reportMarker(sticky.key).length,
    measure: (text) => text.length,
    fullReport: summaryLink,
    ...(delta ? { delta } : {}),
  }).text;
  try {
    const result = await upsertStickyComment(
      octokit,
      repositoryOf(runInfo),
      runInfo.trigger.number,
      withReportMarker(body, sticky.key),
      { marker: reportMarker(sticky.key), create: sticky.create },
    );
    core.info(
      result.action === "none"
        ? "dataset-ci: no pull request comment: input comment posts none in this case, and no earlier one needs updating"
        : `dataset-ci: ${result.action} the pull request comment ${result.url}`,
    );
    return null;
  } catch (error) {
    if (isPermissionRefusal(error)) {
      return `could not comment on the pull request (${describeFailure(error)}): ${FORK_ADVICE}. The verdict is unchanged; the findings are in the annotations and the job summary.`;
    }
    return `could not comment on the pull request (${describeFailure(error)}). The verdict is unchanged; the findings are in the annotations and the job summary.`;
  }
}

/** Creates the check run; returns the one-line warning to log when GitHub refused. */
async function postCheckRun(
  octokit: Octokit,
  runInfo: Run,
  report: Report,
  notes: string[],
  scope: string,
  delta: Delta | undefined,
  name: string,
): Promise<string | null> {
  const summary = renderMarkdown(report, {
    blob: runInfo,
    scope,
    notes,
    limit: CHECK_RUN_TEXT_MAX_CHARS,
    measure: (text) => text.length,
    fullReport: "Every finding is in the JSON report (the `report` output).",
    ...(delta ? { delta } : {}),
  }).text.replace(REPORT_MARKER, "");
  try {
    const result = await publishCheckRun(octokit, repositoryOf(runInfo), runInfo.sha, name, report, summary);
    const leftOut = result.leftOut > 0 ? ` (${result.leftOut} findings past its budget have none)` : "";
    core.info(
      `dataset-ci: created the check run ${result.url} with ${result.annotations} annotations${leftOut}`,
    );
    return null;
  } catch (error) {
    const status = statusOf(error);
    const why = status === 403 ? ": the job needs `permissions: checks: write`" : "";
    return `could not create the check run (${describeFailure(error)})${why}. The verdict is unchanged.`;
  }
}

function annotate(chosen: ReturnType<typeof planAnnotations>["chosen"]): void {
  const emit = { error: core.error, warning: core.warning, notice: core.notice };
  for (const { file, dataset, finding } of chosen) {
    // core escapes %, CR and LF in the message and the properties, so data cannot end the command;
    // terminalSafe also shows other control characters and bounds the length.
    const where = file === undefined ? `dataset ${terminalSafe(dataset ?? "", 60)}: ` : "";
    emit[finding.severity](terminalSafe(`${where}${finding.message}`, 500), {
      title: `dataset-ci ${finding.rule}`,
      // A Parquet finding names a row, not a line: it is annotated on the file.
      ...(file !== undefined
        ? { file: annotationFile(file), ...(finding.line !== undefined ? { startLine: finding.line } : {}) }
        : {}),
    });
  }
}

async function writeSummary(
  report: Report,
  runInfo: Run,
  notes: string[],
  scope: string,
  delta: Delta | undefined,
): Promise<void> {
  const text = renderMarkdown(report, {
    blob: runInfo, // its serverUrl, owner, repo and the commit checked
    scope,
    notes,
    // Room for what core.summary adds (an end of line) beside our text.
    limit: SUMMARY_MAX_BYTES - 1024,
    measure: (value) => Buffer.byteLength(value, "utf8"),
    fullReport:
      "Every finding is in the JSON report (the `report` output), and `npx dataset-ci check` shows them locally.",
    ...(delta ? { delta } : {}),
  }).text;
  await core.summary.addRaw(text.replace(REPORT_MARKER, ""), true).write();
}

function setOutputs(report: Report, reportPath: string, sarifPath: string | undefined): void {
  core.setOutput("passed", String(report.passed));
  core.setOutput("errors", String(report.summary.errors));
  core.setOutput("warnings", String(report.summary.warnings));
  core.setOutput("notices", String(report.summary.notices));
  core.setOutput("examples", String(report.summary.examples));
  core.setOutput("report", reportPath);
  if (sarifPath) core.setOutput("sarif", sarifPath);
}
