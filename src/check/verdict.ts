import type { FailOn, Finding } from "../model/finding.js";
import { SEVERITY_RANK } from "../model/finding.js";
import type { DatasetReport, FileReport, Report, Summary } from "../model/report.js";
import { GATE_RULES } from "../rules/registry.js";

/**
 * The one verdict of a set of findings against `fail-on`. Everything that says whether a check passed,
 * and why not (the report, the CLI's exit status and last line, the comment, the job summary, the commit
 * status, the check run), reads it from here, so they cannot disagree. Baselined findings never count.
 */
export interface Verdict {
  passed: boolean;
  /** The counts by severity (baselined findings counted apart). */
  summary: Summary;
  /** The datasets whose gates fail: under their minimum size, categories off their target band. */
  failingGates: FailingGates[];
  /** Findings other than the gates at or above `fail-on`. */
  failingFindings: number;
}

export interface FailingGates {
  dataset: string;
  examples: number;
  minSize: number;
  underMinimum: boolean;
  /** How many categories are outside their band. */
  offTarget: number;
}

export function judge(files: FileReport[], datasets: DatasetReport[], failOn: FailOn): Verdict {
  const fails = (finding: Finding): boolean =>
    failOn !== "never" && !finding.baselined && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
  const failingGates: FailingGates[] = [];
  let failingFindings = files.reduce((n, file) => n + file.findings.filter(fails).length, 0);
  for (const dataset of datasets) {
    const failing = dataset.findings.filter(fails);
    const gates = failing.filter((f) => GATE_RULES.has(f.rule));
    failingFindings += failing.length - gates.length;
    if (gates.length === 0) continue;
    failingGates.push({
      dataset: dataset.name,
      examples: dataset.examples,
      minSize: dataset["min-size"],
      underMinimum: gates.some((f) => f.rule === "min-size"),
      offTarget: gates.filter((f) => f.rule === "category-distribution").length,
    });
  }
  return {
    passed: failingGates.length === 0 && failingFindings === 0,
    summary: summarise(files, datasets),
    failingGates,
    failingFindings,
  };
}

/** A report's verdict, judged again from its findings (what `passed` and `summary` hold, when it is ours). */
export function verdictOf(report: Pick<Report, "files" | "datasets" | "fail-on">): Verdict {
  return judge(report.files, report.datasets, report["fail-on"]);
}

/** The report with `passed` and `summary` set by the verdict of its findings. */
export function withVerdict(report: Omit<Report, "passed" | "summary">): Report {
  const { passed, summary } = verdictOf(report);
  return {
    version: report.version,
    passed,
    "fail-on": report["fail-on"],
    summary,
    files: report.files,
    datasets: report.datasets,
  };
}

function summarise(files: FileReport[], datasets: DatasetReport[]): Summary {
  const summary: Summary = {
    files: files.length,
    examples: files.reduce((n, f) => n + f.examples, 0),
    errors: 0,
    warnings: 0,
    notices: 0,
    baselined: 0,
  };
  for (const finding of [...files.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)]) {
    if (finding.baselined) summary.baselined++;
    else if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.notices++;
  }
  return summary;
}
