import type { Report } from "../model/report.js";
import { planAnnotations } from "./annotations.js";
import { ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_LEVEL } from "./github-limits.js";
import { showControls, terminalSafe } from "./terminal-safe.js";
import { countsLine, failureReason } from "./verdict.js";

// `dataset-ci check --format github`: the findings as workflow commands, for a plain `run:` step in a
// workflow, where the runner turns each `::error file=…,line=…::message` line of stdout into an annotation.
// Every line is ours: dataset text is escaped the way the runner unescapes it, so it can neither end our
// command nor start one of its own.

/** Longest annotation message, in characters (dataset text bounded as in the action's annotations). */
const MESSAGE_MAX = 500;

/**
 * The report as workflow commands: one annotation a finding, as many as GitHub shows in one step (10 of
 * each level; the most severe, spread over files and rules), then one plain line counting the findings
 * left without one, and the verdict.
 */
export function renderWorkflowCommands(report: Report): string {
  const plan = planAnnotations(report, ANNOTATIONS_PER_JOB);
  const lines: string[] = [];
  for (const { file, dataset, finding } of plan.chosen) {
    const where = file === undefined ? `dataset ${terminalSafe(dataset ?? "", 60)}: ` : "";
    const row = finding.row !== undefined ? ` (row ${finding.row})` : "";
    const properties: Record<string, string> = {};
    // A Parquet finding names a row, not a line: it is annotated on the file. A dataset's, on none.
    if (file !== undefined) properties.file = annotationFile(file);
    if (file !== undefined && finding.line !== undefined) properties.line = String(finding.line);
    properties.title = `dataset-ci ${finding.rule}`;
    lines.push(
      workflowCommand(
        finding.severity,
        properties,
        terminalSafe(`${where}${finding.message}${row}`, MESSAGE_MAX),
      ),
    );
  }
  // Plain lines: they never start with `::`, and hold no dataset text but a dataset's name, escaped.
  if (plan.notShown > 0) {
    lines.push(
      `dataset-ci: ${plan.notShown.toLocaleString("en-US")} more findings are not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} of each level per step); 'dataset-ci check' lists every one.`,
    );
  }
  const baselined =
    report.summary.baselined > 0
      ? ` (and ${report.summary.baselined.toLocaleString("en-US")} baselined)`
      : "";
  const verdict = report.passed ? "passed" : `failed: ${failureReason(report)}`;
  lines.push(`dataset-ci: ${verdict}; ${countsLine(report)}${baselined} (fail-on: ${report["fail-on"]})`);
  return `${lines.join("\n")}\n`;
}

/**
 * One workflow command line, escaped as the runner unescapes it (actions/toolkit packages/core
 * src/command.ts): `%`, CR and LF in the message; also `:` and `,` in property values, which would
 * otherwise end the value.
 */
export function workflowCommand(
  command: string,
  properties: Record<string, string>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/**
 * A file name for an annotation's `file=`: its control characters (ESC, OSC, C1, U+202E …) shown as
 * escapes. The runner's escaping (and @actions/core's) covers only `%`, CR, LF, `:` and `,`; anything else
 * in the name would reach the log raw. A name with such characters loses its link to the file, which no
 * real dataset file name needs.
 */
export function annotationFile(file: string): string {
  return showControls(file);
}

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
