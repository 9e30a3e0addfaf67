import type { FileTask } from "../config/tasks.js";
import { type Finding, SEVERITY_RANK, type Severity } from "../model/finding.js";
import type { DatasetReport, FileReport, Report } from "../model/report.js";
import { REPORT_VERSION } from "../model/report.js";
import { applyBaseline } from "./baseline-match.js";
import { checkDataset } from "./check-dataset.js";
import { omittedFinding } from "./finding-sink.js";
import type { CheckOptions } from "./options.js";
import { byFileAndRule, mergeKeyed, type ThreadPart, type ThreadResult, totalCounts } from "./thread-part.js";
import { startThreads } from "./threads.js";
import { withVerdict } from "./verdict.js";

/** Checks every dataset: reads each file once, runs every enabled rule, and builds the report. */
export async function check(options: CheckOptions): Promise<Report> {
  const threaded = await startThreads(options);
  options.onThreads?.(threaded ? threaded.threads : 1);
  return checkInParts(options, threaded ?? undefined);
}

/**
 * The check, in this thread alone or as the main thread's part of a threaded check (with the other
 * threads' results to come). Exported for the tests, which run every part of a plan in one thread.
 */
export async function checkInParts(
  options: CheckOptions,
  threaded?: { main: ThreadPart; workers: Promise<ThreadResult[]> },
): Promise<Report> {
  const part = threaded?.main;
  const files: FileReport[] = [];
  const datasets: DatasetReport[] = [];
  const fileTasks: FileTask[] = [];
  for (const dataset of options.datasets) {
    datasets.push(await checkDataset(dataset, options, files, fileTasks, part));
  }
  if (threaded && part) {
    part.done?.();
    mergeThreads([part, ...(await threaded.workers)], files, datasets, options);
  }
  const reportedFiles = files.filter((_, i) => fileTasks[i]?.report);
  for (const file of reportedFiles) file.findings.sort(byLine);
  const findings = [...reportedFiles.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)];
  if (options.baseline) applyBaseline(findings, options.baseline);
  return withVerdict({
    version: REPORT_VERSION,
    "fail-on": options.config.failOn,
    files: reportedFiles,
    datasets,
  });
}

/**
 * Every thread's findings, in the order the one-thread check makes them, with the finding cap applied to
 * them together as the one-thread check applies it.
 */
function mergeThreads(
  parts: ThreadResult[],
  files: FileReport[],
  datasets: DatasetReport[],
  options: CheckOptions,
): void {
  const cap = options.config.limits.maxFindingsPerRule;
  const totals = totalCounts(parts.flatMap((p) => p.counts));
  files.forEach((file, i) => {
    const merged = mergeKeyed(parts.map((p) => p.fileFindings[i] ?? []));
    const listed = new Map<string, number>();
    file.findings = [];
    for (const keyed of merged) {
      const { rule } = keyed.finding;
      const count = (listed.get(rule) ?? 0) + 1;
      listed.set(rule, count);
      if (count <= cap) {
        file.findings.push(keyed.finding);
        continue;
      }
      // Past the cap in all the threads together, though not in its own thread.
      const total = totals.get(`${i}:${rule}`);
      if (total && (!total.firstOmitted || keyed.seq < total.firstOmitted.seq))
        total.firstOmitted = { seq: keyed.seq, line: keyed.line };
    }
  });
  const hashing = options.fingerprints === true || options.baseline !== undefined;
  for (const total of [...totals.values()].sort(byFileAndRule)) {
    if (total.count <= cap || !total.firstOmitted) continue;
    const file = files[total.fileIndex] as FileReport;
    const severity = options.config.rules.get(total.ruleId)?.severity as Severity;
    file.findings.push(
      omittedFinding(total.ruleId, severity, total.count - cap, cap, total.firstOmitted.line, file, hashing),
    );
  }
  datasets.forEach((dataset, i) => {
    dataset.findings = mergeKeyed(parts.map((p) => p.datasetFindings[i] ?? [])).map((k) => k.finding);
  });
}

/**
 * Runs the checks of one worker thread: the rules it owns, over every dataset, reading every file. What it
 * returns is its findings with their keys; the main thread merges them with its own.
 */
export async function checkThreadPart(
  options: Omit<CheckOptions, "onProgress" | "baseline" | "threads">,
  part: ThreadPart,
): Promise<ThreadResult> {
  const files: FileReport[] = [];
  const fileTasks: FileTask[] = [];
  for (const dataset of options.datasets) await checkDataset(dataset, options, files, fileTasks, part);
  return { fileFindings: part.fileFindings, datasetFindings: part.datasetFindings, counts: part.counts };
}

function byLine(a: Finding, b: Finding): number {
  return (
    (a.line ?? a.row ?? 0) - (b.line ?? b.row ?? 0) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
}
