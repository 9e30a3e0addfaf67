import type { Finding, Severity } from "../model/finding.js";
import type { DatasetReport, FileReport, Report } from "../model/report.js";
import { percent, percentBand } from "../model/share.js";
import { terminalSafe } from "./terminal-safe.js";
import { countsLine, plural } from "./verdict.js";

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<string, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const SEVERITY_COLOR: Record<Severity, string> = { error: "red", warning: "yellow", notice: "cyan" };

/** The report for people: findings grouped by file with line numbers and excerpts, then each dataset. */
export function renderText(report: Report, options: TextOptions): string {
  return [...renderTextChunks(report, options)].join("");
}

/**
 * renderText's text as pieces, a line each, for the CLI to write as they are made: at a million examples
 * the report lists some 140,000 findings, tens of megabytes as one string.
 */
export function* renderTextChunks(report: Report, options: TextOptions): Generator<string> {
  const paint = (color: string, text: string): string => {
    const codes = COLORS[color];
    return options.color && codes ? `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m` : text;
  };
  for (const file of report.files) for (const line of fileLines(file, paint)) yield `${line}\n`;
  for (const dataset of report.datasets) for (const line of datasetLines(dataset, paint)) yield `${line}\n`;
  yield `${renderVerdict(report, paint)}\n`;
}

type Paint = (color: string, text: string) => string;

function describeFile(file: FileReport): string {
  const what = [
    file.container ?? "not read",
    file.compression,
    file.shape,
    file.split ? `${file.split} split` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `${what}; ${file.examples.toLocaleString("en-US")} example${file.examples === 1 ? "" : "s"}`;
}

function* fileLines(file: FileReport, paint: Paint): Generator<string> {
  yield `${paint("bold", terminalSafe(file.path))} ${paint("dim", `(${describeFile(file)})`)}`;
  for (const note of file.notes) yield `  ${paint("dim", `note: ${terminalSafe(note)}`)}`;
  if (file.findings.length === 0) yield `  ${paint("green", "no findings")}`;
  for (const finding of file.findings) yield* findingLines(finding, paint);
  yield "";
}

function* findingLines(finding: Finding, paint: Paint): Generator<string> {
  const position = finding.line ?? (finding.row !== undefined ? `row ${finding.row}` : "");
  const where = `${position}${finding.field ? `:${terminalSafe(finding.field, 60)}` : ""}`;
  // A baselined finding is known and accepted: shown dimmed, and said so.
  const severity = finding.baselined
    ? paint("dim", finding.severity.padEnd(7))
    : paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(7));
  const baselined = finding.baselined ? paint("dim", " (baselined)") : "";
  yield `  ${where.padEnd(12)} ${severity} ${terminalSafe(finding.message)}  ${paint("dim", finding.rule)}${baselined}`;
  if (finding.excerpt) yield `  ${"".padEnd(12)} ${paint("dim", `> ${terminalSafe(finding.excerpt, 160)}`)}`;
}

function* datasetLines(dataset: DatasetReport, paint: Paint): Generator<string> {
  const recommended = dataset.recommended
    ? `, recommended ${dataset.recommended[0]}–${dataset.recommended[1]}`
    : "";
  yield `${paint("bold", `dataset ${terminalSafe(dataset.name)}`)}: ${dataset.examples.toLocaleString("en-US")} examples in ${dataset.files.length} file${dataset.files.length === 1 ? "" : "s"} (minimum ${dataset["min-size"]}${recommended})`;
  if (dataset.categories.length > 0 && dataset.categorised > 0) {
    const width = Math.max(8, ...dataset.categories.map((c) => c.name.length));
    yield `  ${"category".padEnd(width)}  ${"count".padStart(6)}  ${"share".padStart(7)}  ${"target".padEnd(11)}`;
    for (const c of dataset.categories) {
      const target = percentBand(c.min, c.max);
      const status = c.ok
        ? paint("green", "ok")
        : c.needed > 0
          ? paint("red", `add ${c.needed}`)
          : paint("red", `${c.excess} over`);
      yield `  ${terminalSafe(c.name).padEnd(width)}  ${String(c.count).padStart(6)}  ${percent(c.share).padStart(7)}  ${target.padEnd(11)}  ${status}`;
    }
    yield `  ${paint("dim", `shares of the ${dataset.categorised} examples with a known category`)}`;
  }
  for (const finding of dataset.findings) yield* findingLines(finding, paint);
  yield "";
}

function renderVerdict(report: Report, paint: Paint): string {
  const { summary } = report;
  const baselined =
    summary.baselined > 0 ? ` (and ${summary.baselined.toLocaleString("en-US")} baselined)` : "";
  const counts = `${countsLine(report)}${baselined}`;
  const scope = `in ${plural(summary.examples, "example")} across ${plural(summary.files, "file")}`;
  return report.passed
    ? `${paint("green", "✔ passed")}: ${counts} ${scope} (fail-on: ${report["fail-on"]})`
    : `${paint("red", "✖ failed")}: ${counts} ${scope} (fail-on: ${report["fail-on"]})`;
}
