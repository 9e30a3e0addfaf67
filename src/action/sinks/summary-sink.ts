import { annotationNote } from "./annotations-sink.js";
import { renderReport, SUMMARY_ROOM } from "./report-markdown.js";
import type { ReportSink } from "./sink.js";

/** The report in the job summary, with every note and the warnings of the sinks that failed. */
export const summarySink: ReportSink = {
  name: "write the job summary",
  async publish(context) {
    const notes = [...context.notes, ...context.warnings, ...annotationNote(context)];
    await context.io.writeSummary(renderReport(context, SUMMARY_ROOM, notes));
    return {};
  },
};
