import {
  CHECK_RUN_TEXT_MAX_CHARS,
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES,
} from "../../report/github-limits.js";
import { REPORT_MARKER, renderMarkdown } from "../../report/render-markdown.js";
import type { Run } from "../event.js";
import { reportMarker, withReportMarker } from "../job-key.js";
import type { SinkContext } from "./sink.js";

// The report as Markdown for the three sinks that show it (the sticky comment, the check run, the job
// summary): the same report, notes and links, differing only in how much room the sink has and where the
// rest is. Each is rendered once, from one options object.

/** What differs between the sinks that show Markdown: their limit, how they count, where the rest is. */
export interface MarkdownRoom {
  limit: number;
  measure: (text: string) => number;
  /** Where a reader finds what a shortened report left out. */
  fullReport: string;
}

const characters = (text: string) => text.length;

/** The sticky comment: GitHub's limit less room for this job's key in the marker. */
export function commentRoom(key: string, runUrl: string | undefined): MarkdownRoom {
  return {
    limit: COMMENT_MAX_CHARS - reportMarker(key).length,
    measure: characters,
    fullReport: `${runUrl ? `The [job summary](${runUrl})` : "The job summary"} lists more, and \`npx dataset-ci check\` lists every finding locally.`,
  };
}

export const CHECK_RUN_ROOM: MarkdownRoom = {
  limit: CHECK_RUN_TEXT_MAX_CHARS,
  measure: characters,
  fullReport: "Every finding is in the JSON report (the `report` output).",
};

export const SUMMARY_ROOM: MarkdownRoom = {
  // Room for what core.summary adds (an end of line) beside our text.
  limit: SUMMARY_MAX_BYTES - 1024,
  measure: (text) => Buffer.byteLength(text, "utf8"),
  fullReport:
    "Every finding is in the JSON report (the `report` output), and `dataset-ci check` (the CLI) shows them locally.",
};

/** What was checked, for the sentence when nothing was: "this pull request", "this push". */
export function scopeOf(run: Run): string {
  const trigger = run.trigger;
  if (trigger.kind === "pull-request") return "this pull request";
  if (trigger.kind === "push")
    return trigger.event === "merge_group" ? "this merge queue commit" : "this push";
  return "this run";
}

/**
 * The report for one sink. `marker` is the comment's: the job's marker on its first line, which a later
 * run finds it by; the check run and the summary carry none.
 */
export function renderReport(
  context: Pick<SinkContext, "report" | "run" | "facts">,
  room: MarkdownRoom,
  notes: string[],
  marker: { key: string } | null = null,
): string {
  const text = renderMarkdown(context.report, {
    blob: context.run, // its serverUrl, owner, repo and the commit checked
    scope: scopeOf(context.run),
    notes,
    ...room,
    ...(context.facts.delta ? { delta: context.facts.delta } : {}),
  }).text;
  return marker ? withReportMarker(text, marker.key) : text.replace(REPORT_MARKER, "");
}
