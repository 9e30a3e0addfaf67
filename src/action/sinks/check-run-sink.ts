import { publishCheckRun } from "../check-run.js";
import { statusOf } from "../github.js";
import { CHECK_RUN_ROOM, renderReport } from "./report-markdown.js";
import { type ReportSink, repositoryOf } from "./sink.js";

/** A check run named `name` on the commit checked, with the summary and an annotation per finding. */
export function checkRunSink(name: string): ReportSink {
  return {
    name: "create the check run",
    advice: (error) => (statusOf(error) === 403 ? "the job needs `permissions: checks: write`" : undefined),
    async publish(context) {
      const { octokit, run, report, io } = context;
      if (!octokit) return {};
      const summary = renderReport(context, CHECK_RUN_ROOM, context.notes);
      const result = await publishCheckRun(octokit, repositoryOf(run), run.sha, name, report, summary);
      const leftOut = result.leftOut > 0 ? ` (${result.leftOut} findings past its budget have none)` : "";
      io.info(
        `dataset-ci: created the check run ${result.url} with ${result.annotations} annotations${leftOut}`,
      );
      return {};
    },
  };
}
