import { planAnnotations } from "../../report/annotations.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { annotationFile } from "../../report/workflow-commands.js";
import type { ReportSink, SinkContext } from "./sink.js";

/**
 * The findings as workflow-command annotations, the most severe first within GitHub's 10 per level; the
 * warnings the sinks before it wrote count against that budget.
 */
export const annotationsSink: ReportSink = {
  name: "write the annotations",
  async publish(context) {
    for (const { file, dataset, finding } of annotationPlan(context).chosen) {
      // The runner escapes %, CR and LF in the message and the properties, so data cannot end the command;
      // terminalSafe also shows other control characters and bounds the length.
      const where = file === undefined ? `dataset ${terminalSafe(dataset ?? "", 60)}: ` : "";
      context.io.annotate(finding.severity, terminalSafe(`${where}${finding.message}`, 500), {
        title: `dataset-ci ${finding.rule}`,
        // A Parquet finding names a row, not a line: it is annotated on the file.
        ...(file !== undefined
          ? { file: annotationFile(file), ...(finding.line !== undefined ? { startLine: finding.line } : {}) }
          : {}),
      });
    }
    return {};
  },
};

/** The findings that get an annotation in this step, after the warnings written so far. */
export function annotationPlan(context: Pick<SinkContext, "report" | "maxAnnotations" | "warnings">) {
  return planAnnotations(context.report, context.maxAnnotations ?? 0, { warning: context.warnings.length });
}

/**
 * The note saying how many findings have no annotation, for the reports that list them; none in a run
 * that writes no annotations (a publish run).
 */
export function annotationNote(
  context: Pick<SinkContext, "report" | "maxAnnotations" | "warnings">,
): string[] {
  if (context.maxAnnotations === null) return [];
  const notShown = annotationPlan(context).notShown;
  return notShown > 0
    ? [
        `GitHub shows at most 10 annotations of each level per step: ${notShown.toLocaleString("en-US")} findings have none, and are listed below.`,
      ]
    : [];
}
