import { isPermissionRefusal } from "../github.js";
import { reportMarker } from "../job-key.js";
import { upsertStickyComment } from "../sticky-comment.js";
import { annotationNote } from "./annotations-sink.js";
import { commentRoom, renderReport } from "./report-markdown.js";
import { FINDINGS_ELSEWHERE, FORK_ADVICE, type ReportSink, repositoryOf } from "./sink.js";

/**
 * The report as the pull request's one sticky comment, found again by this job's marker. `create` false
 * only updates a comment an earlier run posted (comment-mode.ts).
 */
export function commentSink(options: { key: string; create: boolean }): ReportSink {
  return {
    name: "comment on the pull request",
    elsewhere: FINDINGS_ELSEWHERE,
    advice: (error) => (isPermissionRefusal(error) ? FORK_ADVICE : undefined),
    async publish(context) {
      const { octokit, run, io } = context;
      if (!octokit || run.trigger.kind !== "pull-request") return {};
      const notes = [...context.notes, ...annotationNote(context)];
      const body = renderReport(context, commentRoom(options.key, run.runUrl), notes, { key: options.key });
      const result = await upsertStickyComment(octokit, repositoryOf(run), run.trigger.number, body, {
        marker: reportMarker(options.key),
        create: options.create,
      });
      io.info(
        result.action === "none"
          ? "dataset-ci: no pull request comment: input comment posts none in this case, and no earlier one needs updating"
          : `dataset-ci: ${result.action} the pull request comment ${result.url}`,
      );
      return {};
    },
  };
}
