import type { Report } from "../model/report.js";
import type { SarifOptions } from "../report/sarif.js";
import { failureReason } from "../report/verdict.js";
import type { ActionIO } from "./action-io.js";
import type { PullRequestFacts } from "./analysis.js";
import { commentAction } from "./comment-mode.js";
import type { Run } from "./event.js";
import type { Octokit } from "./github.js";
import type { CommentMode } from "./inputs.js";
import { statusContext } from "./job-key.js";
import { annotationsSink } from "./sinks/annotations-sink.js";
import { checkRunSink } from "./sinks/check-run-sink.js";
import { commentSink } from "./sinks/comment-sink.js";
import { commitStatusSink } from "./sinks/commit-status-sink.js";
import { reportFileSink, sarifFileSink } from "./sinks/file-sinks.js";
import { outputsSink } from "./sinks/outputs-sink.js";
import { reviewSink } from "./sinks/review-sink.js";
import { type ReportSink, runSinks } from "./sinks/sink.js";
import { summarySink } from "./sinks/summary-sink.js";
import { uploadSink } from "./sinks/upload-sink.js";

/** Where a report goes, for a check, analyze or publish run: every field plain data but the client. */
export interface PublishOptions {
  octokit: Octokit | null;
  /** When to post the report as the pull request's sticky comment (comment-mode.ts); off in an analyze run. */
  comment: CommentMode;
  /** The job's key (job-key.ts): in the comment's marker, the review comments', the artifact's and the status's. */
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
  /** An analyze run uploads the report for a publish run. */
  upload: boolean;
  /** The report code scanning gets; none in a publish run, which has no checkout to point into. */
  sarif?: { report: Report; options: SarifOptions };
  env: NodeJS.ProcessEnv;
}

/** What the step does with its verdict: fail with `failure` (the reason), or succeed. */
export interface StepVerdict {
  passed: boolean;
  /** Set when the step fails: the one line setFailed shows. */
  failure?: string;
}

/**
 * The sinks a run reports through, in order: the files first (their paths are outputs), then the artifact,
 * the review (whose notes the comment carries), the comment, the check run, the status, the annotations
 * (after the warnings of the sinks before, which take from their budget), the summary (which lists those
 * warnings) and the outputs last.
 */
export function reportSinks(report: Report, run: Run, options: PublishOptions): ReportSink[] {
  const pullRequest = run.trigger.kind === "pull-request" && options.octokit !== null;
  const commenting = commentAction(options.comment, report);
  const sinks: ReportSink[] = [reportFileSink(options.env)];
  if (options.sarif) sinks.push(sarifFileSink(options.env, options.sarif.report, options.sarif.options));
  if (options.upload) sinks.push(uploadSink(options.env, options.key));
  if (pullRequest && options.maxReviewComments > 0) {
    // A read-only token refuses the comment too, and its warning explains both.
    const commentExplains = commenting !== "none";
    sinks.push(reviewSink({ max: options.maxReviewComments, key: options.key, commentExplains }));
  }
  if (pullRequest && commenting !== "none") {
    sinks.push(commentSink({ key: options.key, create: commenting === "post" }));
  }
  if (options.checkRun && options.octokit) sinks.push(checkRunSink(options.checkName));
  if (options.verdict === "commit-status") sinks.push(commitStatusSink(statusContext(options.key)));
  if (options.maxAnnotations !== null) sinks.push(annotationsSink);
  sinks.push(summarySink, outputsSink);
  return sinks;
}

/**
 * Everything after the check, from plain data: every sink, then the verdict. Check and analyze runs call
 * it with the report and facts they made; a publish run with those it downloaded and verified, so it
 * posts what a one-phase run would have.
 */
export async function publishReport(
  report: Report,
  run: Run,
  notes: string[],
  facts: PullRequestFacts,
  options: PublishOptions,
  io: ActionIO,
  sinks: readonly ReportSink[] = reportSinks(report, run, options),
): Promise<StepVerdict> {
  await runSinks(sinks, {
    report,
    run,
    facts,
    octokit: options.octokit,
    io,
    maxAnnotations: options.maxAnnotations,
    notes: [...notes],
    warnings: [],
    outputs: {},
  });
  const reason = failureReason(report);
  io.info(`dataset-ci: ${report.passed ? "passed" : `failed: ${reason}`}`);
  // A publish run's verdict is the commit status it set: its own step succeeds when it published.
  return !report.passed && options.verdict === "step"
    ? { passed: false, failure: `dataset-ci failed: ${reason}` }
    : { passed: report.passed };
}
