import { setCommitStatus } from "../commit-status.js";
import type { ReportSink } from "./sink.js";

/** A publish run's verdict, as the commit status `context` on the commit checked. */
export function commitStatusSink(context: string): ReportSink {
  return {
    name: `set the commit status ${context}`,
    advice: () => "the publish workflow needs `statuses: write`",
    async publish({ octokit, run, report }) {
      if (!octokit) return { warning: "could not set the commit status: no github-token" };
      await setCommitStatus(octokit, run, report, context);
      return {};
    },
  };
}
