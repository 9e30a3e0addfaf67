import type { Report } from "../../model/report.js";
import type { ActionIO } from "../action-io.js";
import type { PullRequestFacts } from "../analysis.js";
import type { Run } from "../event.js";
import { describeFailure, type Octokit } from "../github.js";

// Every place the action reports to (a comment, a check run, the job summary, a file, the outputs) is a
// ReportSink, run one after the other by runSinks. A sink that fails (a read-only token, an API outage, a
// full disk) costs one warning and a note in the job summary: never the run, never the verdict.

/** What every sink reads, and what earlier sinks leave for later ones. */
export interface SinkContext {
  readonly report: Report;
  /** The run whose report this is: its repository, commit, trigger and job summary's address. */
  readonly run: Run;
  readonly facts: PullRequestFacts;
  readonly octokit: Octokit | null;
  readonly io: ActionIO;
  /**
   * The most annotations this step writes; null in a publish run, whose log is not the pull request's
   * check, so it writes none (and says nothing of annotations left out).
   */
  readonly maxAnnotations: number | null;
  /** The notes the report carries; a sink may add its own for the sinks after it (the review's, the comment). */
  readonly notes: string[];
  /** The warnings of the sinks that failed so far (each also written as a warning annotation). */
  readonly warnings: string[];
  /** The step's outputs named so far: file sinks add their paths, the outputs sink sets them all. */
  readonly outputs: Record<string, string>;
}

export interface SinkResult {
  /** Notes for the sinks after this one. */
  notes?: string[];
  /** A failure the sink caught and explained itself. */
  warning?: string;
  /** Outputs to set (a file's path). */
  outputs?: Record<string, string>;
}

export interface ReportSink {
  /** What it does, as it completes "could not …": "comment on the pull request". */
  readonly name: string;
  publish(context: SinkContext): Promise<SinkResult>;
  /** What to do about a failure, from its error (a permission to grant); none when there is nothing to say. */
  advice?(error: unknown): string | undefined;
  /** Where a reader still finds the findings when this sink failed. */
  readonly elsewhere?: string;
}

/** The title of a sink's failure warning. */
export const SINK_WARNING_TITLE = "dataset-ci could not report";

/** Where the findings still are when a pull request sink failed. */
export const FINDINGS_ELSEWHERE = "the findings are in the annotations and the job summary";

/** What a reader of the log is told to do when the token may not comment (a section of docs/action.md). */
export const FORK_ADVICE =
  "the token is read-only, as on pull requests from forks: publish from a workflow_run workflow (dataset-ci's docs/action.md#fork-pull-requests)";

/** The one-line warning of a sink that threw. */
export function failureWarning(sink: ReportSink, error: unknown): string {
  const advice = sink.advice?.(error);
  return `could not ${sink.name} (${describeFailure(error)})${advice ? `: ${advice}` : ""}. The verdict is unchanged${sink.elsewhere ? `; ${sink.elsewhere}` : ""}.`;
}

/**
 * Runs the sinks in order. A sink's notes and outputs go into the context for those after it; a sink
 * that throws or returns a warning is reported in one warning annotation, and the next sink runs.
 */
export async function runSinks(sinks: readonly ReportSink[], context: SinkContext): Promise<void> {
  for (const sink of sinks) {
    let result: SinkResult;
    try {
      result = await sink.publish(context);
    } catch (error) {
      result = { warning: failureWarning(sink, error) };
    }
    context.notes.push(...(result.notes ?? []));
    Object.assign(context.outputs, result.outputs ?? {});
    if (result.warning) {
      context.warnings.push(result.warning);
      context.io.annotate("warning", result.warning, { title: SINK_WARNING_TITLE });
    }
  }
}

/** Only the repository's coordinates: request parameters must carry nothing else. */
export function repositoryOf(run: Run): { owner: string; repo: string } {
  return { owner: run.owner, repo: run.repo };
}
