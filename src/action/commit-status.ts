import type { Report } from "../model/report.js";
import { STATUS_DESCRIPTION_MAX_CHARS } from "../report/github-limits.js";
import { countsLine, failureReason } from "../report/verdict.js";
import type { Run } from "./event.js";
import type { Octokit } from "./github.js";

/**
 * The context a publish run's verdict carries on the pull request's head commit: the name to mark required
 * in branch protection. A commit status, not a check run: it needs only `statuses: write`, GitHub shows it
 * on the pull request for exactly that commit, and it never lands in (and is never grouped with) the check
 * suite of some other workflow run of the commit, as check runs made with the Actions token can.
 */
export const STATUS_CONTEXT = "dataset-ci/verdict";

/** Sets the report's verdict on the commit checked; throws what GitHub answered when it could not. */
export async function setCommitStatus(
  octokit: Octokit,
  runInfo: Run,
  report: Report,
  context: string = STATUS_CONTEXT,
): Promise<void> {
  const reason = report.passed ? countsLine(report) : failureReason(report);
  await octokit.rest.repos.createCommitStatus({
    owner: runInfo.owner,
    repo: runInfo.repo,
    sha: runInfo.sha,
    state: report.passed ? "success" : "failure",
    context,
    description: shorten(`${report.passed ? "passed" : "failed"}: ${reason}`),
    ...(runInfo.runUrl ? { target_url: runInfo.runUrl } : {}),
  });
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= STATUS_DESCRIPTION_MAX_CHARS
    ? text
    : `${chars.slice(0, STATUS_DESCRIPTION_MAX_CHARS - 1).join("")}…`;
}
