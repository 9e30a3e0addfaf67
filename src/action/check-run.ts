import type { Report } from "../model/report.js";
import { CHECK_RUN_ANNOTATIONS_PER_REQUEST } from "../report/github-limits.js";
import { prioritise } from "../report/prioritise.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { Octokit } from "./github.js";
import { CREATED_CHECK_RUN, checkedRequest } from "./github-answers.js";

/**
 * Annotations a check run carries at most: each 50 cost a request, and the Actions token has 1,000 an
 * hour, so a report with ten thousand findings is not sent whole (the JSON report keeps every one).
 * Our budget, not GitHub's limit.
 */
export const CHECK_RUN_MAX_ANNOTATIONS = 1000;

const LEVEL = { error: "failure", warning: "warning", notice: "notice" } as const;

export interface CheckRunResult {
  url: string;
  annotations: number;
  /** Findings on a file that got no annotation because of CHECK_RUN_MAX_ANNOTATIONS. */
  leftOut: number;
}

/**
 * Creates a completed check run on the head commit carrying the report's summary (Markdown already
 * within GitHub's 65,535 characters) and an annotation for every per-file finding, most severe first:
 * 50 with the create request, then 50 per update (GitHub appends them), so the 10-per-level cap of
 * workflow-command annotations does not apply. Dataset-level findings have no file; the summary lists them.
 */
export async function publishCheckRun(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  headSha: string,
  name: string,
  report: Report,
  summary: string,
): Promise<CheckRunResult> {
  const placed = prioritise(report).filter((p) => p.file !== undefined);
  const annotations = placed.slice(0, CHECK_RUN_MAX_ANNOTATIONS).map(({ file, finding }) => {
    // A Parquet finding names a row, not a line: it goes on the file's first line.
    const line = finding.line ?? 1;
    return {
      path: file as string,
      start_line: line,
      end_line: line,
      annotation_level: LEVEL[finding.severity],
      title: `dataset-ci ${finding.rule}`,
      message: terminalSafe(
        `${finding.row !== undefined ? `row ${finding.row}: ` : ""}${finding.message}`,
        1000,
      ),
    };
  });
  const title = report.passed ? "dataset-ci passed" : "dataset-ci failed";
  const batches: Array<typeof annotations> = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }
  // Not sent again when the answer is not as documented: the run may be there, and a second would be a copy.
  const created = await checkedRequest(
    CREATED_CHECK_RUN,
    "POST",
    () =>
      octokit.rest.checks.create({
        ...repository,
        name,
        head_sha: headSha,
        status: "completed",
        conclusion: report.passed ? "success" : "failure",
        output: { title, summary, annotations: batches[0] ?? [] },
      }),
    { repeatable: false, octokit },
  );
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      ...repository,
      check_run_id: created.id,
      output: { title, summary, annotations: batch },
    });
  }
  return {
    url: created.html_url ?? created.url,
    annotations: annotations.length,
    leftOut: placed.length - annotations.length,
  };
}
