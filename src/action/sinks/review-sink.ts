import { isPermissionRefusal } from "../github.js";
import { postReview } from "../review.js";
import { FINDINGS_ELSEWHERE, FORK_ADVICE, type ReportSink, repositoryOf } from "./sink.js";

/**
 * Review comments on the pull request's changed lines. It runs before the comment, which carries its note
 * on lines left out. A read-only token (a fork) is left for the comment to explain when there is one.
 */
export function reviewSink(options: { max: number; key: string; commentExplains: boolean }): ReportSink {
  return {
    name: "post review comments",
    elsewhere: FINDINGS_ELSEWHERE,
    async publish({ octokit, run, report, facts, io }) {
      if (!octokit || run.trigger.kind !== "pull-request") return {};
      let result: Awaited<ReturnType<typeof postReview>>;
      try {
        result = await postReview(
          octokit,
          repositoryOf(run),
          { number: run.trigger.number, headSha: run.trigger.headSha },
          report,
          facts.patches,
          options.max,
          options.key,
        );
      } catch (error) {
        if (!isPermissionRefusal(error)) throw error;
        return options.commentExplains
          ? {}
          : { warning: `could not post review comments: ${FORK_ADVICE}. The verdict is unchanged.` };
      }
      io.info(
        `dataset-ci: review comments: ${result.posted} posted, ${result.standing} findings already commented, ${result.resolved} stale resolved, ${result.keptForReplies} stale kept for their replies, ${result.leftOut} left out`,
      );
      if (result.threadsUnavailable) {
        io.info(
          `dataset-ci: could not read the review threads (${result.threadsUnavailable}): none resolved`,
        );
      }
      if (result.leftOut === 0) return {};
      return {
        notes: [
          `${result.leftOut.toLocaleString("en-US")} changed lines with findings got no review comment: at most ${options.max} stand unresolved on the pull request (input max-review-comments); their findings are listed below.`,
        ],
      };
    },
  };
}
