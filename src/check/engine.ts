import type { Config } from "../config/config.js";
import type { DatasetTask, FileTask } from "../config/tasks.js";
import { type Example, ROW_CONTAINERS, type ShapeName } from "../model/example.js";
import type { FailOn } from "../model/finding.js";
import { type Finding, SEVERITY_RANK, type Severity } from "../model/finding.js";
import type { DatasetReport, FileReport, Report, Summary } from "../model/report.js";
import { REPORT_VERSION } from "../model/report.js";
import { passes, summarise } from "../model/verdict.js";
import { isObject, type JsonObject, type RecordProblem } from "../read/messages.js";
import { openDataset } from "../read/open-dataset.js";
import type { RawRecord } from "../read/raw-record.js";
import { DEFAULT_READ_LIMITS, ReadLimitError, type ReadLimits } from "../read/read-limits.js";
import { detectShape, isPaired, KNOWN_LAYOUTS, normalise, shapeFamily } from "../read/shapes.js";
import { whereIs } from "../read/workspace-boundary.js";
import { applyBaseline, type Baseline } from "../report/baseline.js";
import { computeDistribution } from "../rules/distribution.js";
import { FINGERPRINT_WORDS, fingerprintText } from "../rules/fingerprint.js";
import { comparisonForm, straightenApostrophes } from "../rules/language.js";
import { readRefusal } from "../rules/refusal.js";
import { FILE_LEVEL_RULES, type ReaderRuleId, RULES } from "../rules/registry.js";
import type {
  CheckedExample,
  DatasetInfo,
  DatasetTotals,
  FindingInput,
  Rule,
  RuleVisitor,
} from "../rules/rule.js";
import { UNUSUAL_CHARACTER } from "../rules/text-fields.js";
import { exampleContentHash, findingFingerprint, rawContentHash } from "./content-hash.js";
import { startThreads } from "./threads.js";

export interface Progress {
  file: string;
  /** Examples read so far in this file. */
  examples: number;
}

export interface CheckOptions {
  config: Config;
  datasets: DatasetTask[];
  /** Called every PROGRESS_EVERY examples and at the end of each file. */
  onProgress?: (progress: Progress) => void;
  /** Findings it accepts are marked baselined and do not count toward the gate. */
  baseline?: Baseline;
  /** Gives every finding its fingerprint (implied by `baseline`): for writing a baseline. */
  fingerprints?: boolean;
  /**
   * Threads to check with (threads.ts): 1 checks in this thread only; more run shares of the rules in
   * worker threads, each reading the files too. Default: DATASET_CI_THREADS, else 1.
   */
  threads?: number;
  /** Told how many threads the check runs in (1 without workers), before it starts reading. */
  onThreads?: (threads: number) => void;
}

/**
 * What one thread of a threaded check does, and where each of its findings falls in the single-thread order,
 * so the threads' findings merge into exactly the report one thread makes. Every thread reads every record.
 * The rules that look at one example at a time run in every thread, each on its share of the examples; a
 * stateful rule (Rule.stateful) runs in one thread, over every example. Absent in the one-thread check.
 */
export interface ThreadPart {
  /** Whether this thread runs the rule; reader findings are the main thread's. */
  owns(ruleId: string): boolean;
  /**
   * Whether this thread runs the per-example rules on the next example: called once for every example, in
   * order (every thread visits the same examples in the same order).
   */
  inShard(): boolean;
  /** Each file's (by index) and each dataset's findings in the order this thread made them, with their keys. */
  fileFindings: KeyedFinding[][];
  datasetFindings: KeyedFinding[][];
  /**
   * How many findings each rule made in each file in this thread, and the first one past the finding cap,
   * which the main thread applies to the threads' findings together.
   */
  counts: FindingCount[];
}

/** How many findings one rule made in one file (in one thread), and where the first left unlisted was. */
export interface FindingCount {
  fileIndex: number;
  ruleId: string;
  count: number;
  firstOmitted?: { seq: number; line: number };
}

/**
 * Where a finding was made: `seq` is how many examples had been visited when it was (every thread reads
 * the same records in the same order), END for the end of the dataset; `order` is its rule's place in
 * RULES, READER_ORDER for the readers' findings, which come after the rules' of the example before.
 */
export interface KeyedFinding {
  finding: Finding;
  seq: number;
  order: number;
  /** The line (or row) the finding was reported at: where a "N more" finding of the cap would point. */
  line: number;
}

const END_SEQ = Number.MAX_SAFE_INTEGER;
const READER_ORDER = 1_000_000;
const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((rule, i) => [rule.id, i]));
const READER_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.kind === "reader").map((r) => r.id));

const PROGRESS_EVERY = 5000;

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
    // Every thread's findings, in the order the one-thread check makes them, with the finding cap applied
    // to them together as the one-thread check applies it.
    const parts = [part, ...(await threaded.workers)];
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
    for (const total of [...totals.values()].sort(byFileAndRule)) {
      if (total.count <= cap || !total.firstOmitted) continue;
      const file = files[total.fileIndex] as FileReport;
      const severity = options.config.rules.get(total.ruleId)?.severity as Severity;
      file.findings.push(
        omittedFinding(total.ruleId, severity, total.count - cap, cap, total.firstOmitted.line, file, {
          hashing: options.fingerprints === true || options.baseline !== undefined,
        }),
      );
    }
    datasets.forEach((dataset, i) => {
      dataset.findings = mergeKeyed(parts.map((p) => p.datasetFindings[i] ?? [])).map((k) => k.finding);
    });
  }
  const reportedFiles = files.filter((_, i) => fileTasks[i]?.report);
  for (const file of reportedFiles) file.findings.sort(byLine);
  const findings = [...reportedFiles.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)];
  if (options.baseline) applyBaseline(findings, options.baseline);
  return {
    version: REPORT_VERSION,
    passed: passes(findings, options.config.failOn),
    "fail-on": options.config.failOn,
    summary: summarise(reportedFiles, datasets),
    files: reportedFiles,
    datasets,
  };
}

/** One list of several threads' keyed findings, by key; a stable sort keeps each thread's own order. */
function mergeKeyed(lists: KeyedFinding[][]): KeyedFinding[] {
  return lists.flat().sort((a, b) => a.seq - b.seq || a.order - b.order);
}

/** The threads' counts of each rule's findings in each file, added up, with the earliest omitted finding. */
function totalCounts(counts: FindingCount[]): Map<string, FindingCount> {
  const totals = new Map<string, FindingCount>();
  for (const { fileIndex, ruleId, count, firstOmitted } of counts) {
    const key = `${fileIndex}:${ruleId}`;
    const total = totals.get(key) ?? { fileIndex, ruleId, count: 0 };
    totals.set(key, total);
    total.count += count;
    if (firstOmitted && (!total.firstOmitted || firstOmitted.seq < total.firstOmitted.seq))
      total.firstOmitted = firstOmitted;
  }
  return totals;
}

/** The "N more" findings come last, by file and then by rule (in every thread count alike). */
function byFileAndRule(a: FindingCount, b: FindingCount): number {
  return a.fileIndex - b.fileIndex || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}

/** The finding that says how many more of a rule's findings in a file are not listed (the finding cap). */
function omittedFinding(
  ruleId: string,
  severity: Severity,
  omitted: number,
  cap: number,
  line: number,
  file: FileReport,
  { hashing }: { hashing: boolean },
): Finding {
  const finding = toFinding(
    ruleId,
    severity,
    {
      message: `${omitted.toLocaleString("en-US")} more ${ruleId} findings in this file from here on are not listed (limits.max-findings-per-rule: ${cap})`,
    },
    line,
  );
  if (isRowContainer(file)) {
    delete finding.line;
    finding.row = line;
  }
  // The count is part of its identity: a baseline that accepts 40 more does not accept 41.
  if (hashing) finding.fingerprint = findingFingerprint(finding, file.path, undefined, `omitted:${omitted}`);
  return finding;
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

/** What a worker thread sends back. */
export type ThreadResult = Pick<ThreadPart, "fileFindings" | "datasetFindings" | "counts">;

function byLine(a: Finding, b: Finding): number {
  return (
    (a.line ?? a.row ?? 0) - (b.line ?? b.row ?? 0) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  );
}

function isRowContainer(file: FileReport | undefined): boolean {
  return file?.container != null && ROW_CONTAINERS.has(file.container);
}

interface ActiveRule {
  rule: Rule;
  visitor: RuleVisitor;
}

async function checkDataset(
  dataset: DatasetTask,
  options: Omit<CheckOptions, "threads">,
  files: FileReport[],
  fileTasks: FileTask[],
  part?: ThreadPart,
): Promise<DatasetReport> {
  const { config } = options;
  const datasetFindings: Finding[] = [];
  const firstFileIndex = files.length;
  const keyedDatasetFindings: KeyedFinding[] = [];
  if (part) part.datasetFindings.push(keyedDatasetFindings);
  /** Examples visited so far (END_SEQ once every file is read): where a finding falls in the file order. */
  let seq = 0;
  /** Keeps a finding's key, when threads merge their findings. */
  const keep = (list: KeyedFinding[] | undefined, finding: Finding, ruleId: string, line = 0): void => {
    list?.push({
      finding,
      seq,
      order: READER_RULES.has(ruleId) ? READER_ORDER : (RULE_ORDER.get(ruleId) ?? READER_ORDER),
      line,
    });
  };
  for (const task of dataset.files) {
    fileTasks.push(task);
    files.push({
      path: task.display,
      container: null,
      compression: null,
      shape: null,
      examples: 0,
      ...(task.split !== undefined ? { split: task.split } : {}),
      findings: [],
      notes: [],
    });
  }

  const severityOf = (ruleId: string): Severity | undefined => config.rules.get(ruleId)?.severity;
  // Fingerprints need the content of the example a finding is about. Rules that report at the end of
  // the dataset name only a line, so each example's content hash is kept by line (in baseline mode only).
  const baselineHashing = options.fingerprints === true || options.baseline !== undefined;
  const contentByLine = new Map<number, Map<number, string>>();
  const contentOfExample = new WeakMap<Example, string>();
  /** Adds a finding to a file, unless its rule is off or the file is read for dataset checks only. */
  const addFileFinding = (
    fileIndex: number,
    ruleId: string,
    line: number,
    input: FindingInput,
    content?: string,
  ): void => {
    const severity = severityOf(ruleId);
    if (!severity || !fileTasks[fileIndex]?.report) return;
    if (part && !part.owns(ruleId)) return;
    // A file of a million broken lines would hold a million findings: past the cap they are counted, and
    // one finding at the end says how many more there are (the gate sees the rule's severity either way).
    const countKey = `${fileIndex}:${ruleId}`;
    let counted = findingCounts.get(countKey);
    if (!counted) {
      counted = { count: 0 };
      findingCounts.set(countKey, counted);
    }
    counted.count++;
    if (counted.count > config.limits.maxFindingsPerRule) {
      counted.firstOmitted ??= { seq, line };
      return;
    }
    const finding = toFinding(ruleId, severity, input, line);
    if (isRowContainer(files[fileIndex])) {
      // Parquet records have rows, not lines; a finding about the whole file has neither.
      delete finding.line;
      if (!FILE_LEVEL_RULES.has(ruleId)) finding.row = line;
    }
    if (baselineHashing) {
      const about = FILE_LEVEL_RULES.has(ruleId)
        ? undefined
        : (content ?? contentByLine.get(fileIndex)?.get(line) ?? `message:${input.message}`);
      finding.fingerprint = findingFingerprint(finding, files[fileIndex]?.path ?? "", about, input.key);
    }
    files[fileIndex]?.findings.push(finding);
    if (part) {
      part.fileFindings[fileIndex] ??= [];
      keep(part.fileFindings[fileIndex], finding, ruleId, line);
    }
  };
  /** How many findings each rule made in each file (`fileIndex:rule`), and the first left unlisted. */
  const findingCounts = new Map<string, { count: number; firstOmitted?: { seq: number; line: number } }>();
  const addDatasetFinding = (ruleId: string, severity: Severity, input: FindingInput): void => {
    const finding = toFinding(ruleId, severity, input);
    if (baselineHashing) {
      finding.fingerprint = findingFingerprint(finding, `dataset:${dataset.info.name}`, undefined, input.key);
    }
    datasetFindings.push(finding);
    keep(part ? keyedDatasetFindings : undefined, finding, ruleId);
  };

  const splits = new Map<number, string>();
  dataset.files.forEach((task, i) => {
    if (task.split !== undefined) splits.set(firstFileIndex + i, task.split);
  });
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    if (!setting || !rule.create) continue;
    if (part && !part.owns(rule.id)) continue; // another thread runs it
    const severity = setting.severity;
    const visitor = rule.create({
      options: setting.options,
      dataset: dataset.info,
      report: (example, input) =>
        addFileFinding(example.fileIndex, rule.id, example.line, input, contentOfExample.get(example)),
      reportAt: (fileIndex, line, input) => addFileFinding(fileIndex, rule.id, line, input),
      reportDataset: (input) => addDatasetFinding(rule.id, severity, input),
      where: (fileIndex, line) =>
        isRowContainer(files[fileIndex])
          ? `${files[fileIndex]?.path} row ${line}`
          : `${files[fileIndex]?.path}:${line}`,
      splits,
    });
    active.push({ rule, visitor });
  }
  const exampleRules = active.filter((a) => a.visitor.example);
  // In a threaded check, this thread runs the per-example rules on its share of the examples only, and its
  // stateful rules on every example: those need only the comparable forms and fingerprints.
  const shardedRules = part ? exampleRules.filter((a) => !a.rule.stateful) : exampleRules;
  const everyExampleRules = part ? exampleRules.filter((a) => a.rule.stateful) : [];
  // Only stateful rules read the fingerprints: a thread that runs none skips hashing.
  const hashesTexts = part === undefined || everyExampleRules.length > 0;
  const harmCategories = new Set(dataset.info.categories.filter((c) => c.refusal).map((c) => c.name));
  const known = new Set(dataset.info.categories.map((c) => c.name));
  const totals: DatasetTotals = { examples: 0, categorised: 0, categoryCounts: new Map() };
  /** Every example's fingerprints, in one array reused from example to example (rules copy what they keep). */
  const fingerprints = new Int32Array(3 * FINGERPRINT_WORDS);

  const visit = (example: Example): void => {
    seq++;
    totals.examples++;
    const category =
      example.category !== undefined && known.has(example.category) ? example.category : undefined;
    if (category !== undefined) {
      totals.categorised++;
      totals.categoryCounts.set(category, (totals.categoryCounts.get(category) ?? 0) + 1);
    }
    const inShard = part === undefined || part.inShard();
    if (!inShard && everyExampleRules.length === 0) return;
    // Derived once here for every rule; the example object is fresh from the normaliser, so it is extended
    // in place rather than copied. Each text is case-folded once, for both its match text and its
    // comparable form.
    const checked = example as CheckedExample;
    const chosen = example.chosen?.toLowerCase();
    const rejected = example.rejected?.toLowerCase();
    if (inShard) {
      checked.chosenMatchText = chosen ? straightenApostrophes(chosen) : "";
      checked.rejectedMatchText = rejected ? straightenApostrophes(rejected) : "";
      checked.chosenReading = chosen ? readRefusal(checked.chosenMatchText) : "answer";
      checked.refusalScope =
        category !== undefined ? harmCategories.has(category) : checked.chosenReading === "refusal";
      checked.unusualTexts =
        (UNUSUAL_CHARACTER.test(example.prompt) ? 1 : 0) |
        (example.chosen !== undefined && UNUSUAL_CHARACTER.test(example.chosen) ? 2 : 0) |
        (example.rejected !== undefined && UNUSUAL_CHARACTER.test(example.rejected) ? 4 : 0);
    }
    checked.comparable = {
      prompt: comparisonForm(example.prompt.toLowerCase()),
      chosen: chosen === undefined ? undefined : comparisonForm(chosen),
      rejected: rejected === undefined ? undefined : comparisonForm(rejected),
    };
    if (hashesTexts) {
      fingerprintText(checked.comparable.prompt, fingerprints, 0);
      fingerprintText(checked.comparable.chosen, fingerprints, FINGERPRINT_WORDS);
      fingerprintText(checked.comparable.rejected, fingerprints, 2 * FINGERPRINT_WORDS);
    }
    checked.fingerprints = fingerprints;
    const paired = isPaired(example.shape);
    if (inShard) {
      for (const { rule, visitor } of shardedRules) {
        if (rule.refusalScope && !checked.refusalScope) continue;
        if (rule.helpfulnessScope && checked.refusalScope) continue;
        if (rule.pair && !paired) continue;
        visitor.example?.(checked);
      }
    }
    // Stateful rules have no refusal or helpfulness scope (a test holds them to it).
    for (const { rule, visitor } of everyExampleRules) {
      if (rule.pair && !paired) continue;
      visitor.example?.(checked);
    }
  };

  for (let i = 0; i < dataset.files.length; i++) {
    const fileIndex = firstFileIndex + i;
    const task = dataset.files[i] as FileTask;
    const report = files[fileIndex] as FileReport;
    await readFile(task, fileIndex, report, {
      hashing: baselineHashing,
      // Keys given twice are looked for only where they are reported: the main thread, with the rule on.
      limits: {
        ...config.limits,
        duplicateKeys: severityOf("duplicate-key") !== undefined && (part?.owns("duplicate-key") ?? true),
      },
      finding: (ruleId, line, input, content) => addFileFinding(fileIndex, ruleId, line, input, content),
      example: (example, content) => {
        if (content !== undefined) {
          contentOfExample.set(example, content);
          let lines = contentByLine.get(fileIndex);
          if (!lines) {
            lines = new Map();
            contentByLine.set(fileIndex, lines);
          }
          // Records sharing a line (a one-line JSON array) share the first one's content.
          if (!lines.has(example.line)) lines.set(example.line, content);
        }
        visit(example);
      },
      progress: (examples) => options.onProgress?.({ file: task.display, examples }),
    });
  }

  const distribution = computeDistribution(dataset.info.categories, totals);
  seq = END_SEQ;
  for (const { visitor } of active) visitor.end?.({ ...totals, distribution });
  const counts: FindingCount[] = [...findingCounts].map(([countKey, counted]) => {
    const separator = countKey.indexOf(":");
    return {
      fileIndex: Number(countKey.slice(0, separator)),
      ruleId: countKey.slice(separator + 1),
      ...counted,
    };
  });
  if (part) {
    // The cap applies to all the threads' findings together: the main thread adds the "N more" findings.
    part.counts.push(...counts);
  } else {
    for (const { fileIndex, ruleId, count, firstOmitted } of counts.sort(byFileAndRule)) {
      if (!firstOmitted) continue;
      const cap = config.limits.maxFindingsPerRule;
      files[fileIndex]?.findings.push(
        omittedFinding(
          ruleId,
          severityOf(ruleId) as Severity,
          count - cap,
          cap,
          firstOmitted.line,
          files[fileIndex] as FileReport,
          {
            hashing: baselineHashing,
          },
        ),
      );
    }
  }
  return {
    name: dataset.info.name,
    files: dataset.files.map((f) => f.display),
    examples: totals.examples,
    "min-size": dataset.info.minSize.min,
    ...(dataset.info.minSize.recommended ? { recommended: dataset.info.minSize.recommended } : {}),
    categorised: totals.categorised,
    categories: distribution,
    findings: datasetFindings,
  };
}

function toFinding(rule: string, configured: Severity, input: FindingInput, line?: number): Finding {
  // A rule may lower its own finding's severity (min-size's "below recommended"), never raise it.
  const severity =
    input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[configured] ? input.severity : configured;
  return {
    rule,
    severity,
    ...(line !== undefined ? { line } : {}),
    ...(input.field !== undefined ? { field: input.field } : {}),
    message: input.message,
    ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
  };
}

/**
 * Reads one file's examples in order, shape-detected and normalised exactly as `check` reads them, but
 * checks nothing: for `export`, which writes the examples that `check` found no error in.
 */
export async function readExamples(
  file: string,
  onExample: (example: Example, problems: readonly RecordProblem[]) => void | Promise<void>,
): Promise<FileReport> {
  const report: FileReport = {
    path: file,
    container: null,
    compression: null,
    shape: null,
    examples: 0,
    findings: [],
    notes: [],
  };
  await readFile({ path: file, display: file, report: true }, 0, report, {
    hashing: false,
    limits: DEFAULT_READ_LIMITS,
    finding: () => {},
    example: (example, _content, problems) => onExample(example, problems ?? []),
    progress: () => {},
  });
  return report;
}

interface ReadSink {
  /** Whether to hash each record's content for fingerprints. */
  hashing: boolean;
  limits: ReadLimits;
  finding(ruleId: ReaderRuleId, line: number, input: FindingInput, content?: string): void;
  /** `problems`: what the normaliser found in the record, whether or not its rules are enabled. */
  example(example: Example, content?: string, problems?: readonly RecordProblem[]): void | Promise<void>;
  progress(examples: number): void;
}

/** How many records' keys a not-preference-data finding names. */
const KEYS_SAMPLED = 5;

/** Reads one file into examples, reporting what the readers and normalisers find. */
async function readFile(
  task: FileTask,
  fileIndex: number,
  report: FileReport,
  sink: ReadSink,
): Promise<void> {
  const where = task.confineTo === undefined ? "inside" : await whereIs(task.path, task.confineTo);
  if (where === "outside") {
    sink.finding("outside-workspace", 1, {
      message: "the path resolves outside the repository (a symlink or ..): not read",
    });
    return;
  }
  if (where !== "inside") {
    // A symlink loop or a dangling link: it leads nowhere, so nothing is read.
    sink.finding("corrupt-file", 1, {
      message: `cannot read the file: ${describeError(where.unresolved)}`,
    });
    return;
  }
  let opened: Awaited<ReturnType<typeof openDataset>>;
  try {
    opened = await openDataset(task.path, sink.limits);
  } catch (error) {
    // A cap reached in the first chunk (a zstd frame's window) is that cap's finding, not a corrupt file.
    const rule = error instanceof ReadLimitError ? error.rule : "corrupt-file";
    sink.finding(rule, 1, { message: `cannot read the file: ${describeError(error)}` });
    return;
  }
  report.compression = opened.compression;
  if (opened.kind === "lfs-pointer") {
    sink.finding("lfs-pointer", 1, {
      message: "this checkout holds an LFS pointer, not data: check out with lfs: true",
    });
    return;
  }
  if (opened.kind === "not-text") {
    sink.finding("not-utf8", opened.line, { message: `${opened.reason}: not read` });
    return;
  }
  report.container = opened.container;
  let shape: ShapeName | null = null;
  let mixedReported = false;
  let records = 0;
  let failed = false;
  const keysSeen = new Set<string>();
  const pending: Array<{ line: number; value: JsonObject }> = [];
  const accept = (value: JsonObject, recordShape: ShapeName, line: number): void | Promise<void> => {
    const { example, problems } = normalise(value, recordShape, line, fileIndex);
    const content = sink.hashing ? exampleContentHash(example) : undefined;
    for (const p of problems) sink.finding(p.rule, line, { field: p.field, message: p.message }, content);
    report.examples++;
    if (report.examples % PROGRESS_EVERY === 0) sink.progress(report.examples);
    return sink.example(example, content, problems);
  };
  // Export's sink returns a promise (its output's backpressure); checking stays synchronous. The
  // promises of a chunk's records are awaited before the next chunk is read.
  const waits: Promise<void>[] = [];
  const wait = (written: void | Promise<void>): void => {
    if (written) waits.push(written);
  };
  /** Checks one record; false when reading should stop (enough records seen to call the file no preference data). */
  const take = (raw: RawRecord): boolean => {
    records++;
    if (raw.error !== undefined) {
      const content = sink.hashing && raw.text !== undefined ? rawContentHash(raw.text) : undefined;
      if (raw.rule !== undefined) {
        sink.finding(raw.rule, raw.line, { message: raw.error }, content);
        return true;
      }
      const what = report.container === "csv" ? "not a valid CSV row" : "not valid JSON";
      sink.finding("invalid-json", raw.line, { message: `${what}: ${raw.error}` }, content);
      return true;
    }
    if (raw.duplicateKeys !== undefined) {
      const keys = raw.duplicateKeys.map((key) => JSON.stringify(key.slice(0, 40))).join(", ");
      sink.finding("duplicate-key", raw.line, {
        message: `the record gives ${keys} more than once: JSON.parse keeps the last, other tools may keep the first`,
      });
    }
    if (!isObject(raw.value)) {
      const content = sink.hashing ? rawContentHash(serialise(raw.value)) : undefined;
      sink.finding(
        "wrong-type",
        raw.line,
        { message: `a record should be a JSON object, found ${typeName(raw.value)}` },
        content,
      );
      return true;
    }
    const detected = detectShape(raw.value);
    if (shape === null) {
      if (detected === null) {
        // Not preference data so far: keep the record, and decide once enough records are seen.
        for (const key of Object.keys(raw.value).slice(0, 20)) keysSeen.add(key);
        pending.push({ line: raw.line, value: raw.value });
        return pending.length < KEYS_SAMPLED;
      }
      shape = detected;
      report.shape = shape;
      if (shape === "kto") report.notes.push(KTO_NOTE);
      // Records before the first preference record are checked as records of the file's shape.
      for (const early of pending) wait(accept(early.value, shape, early.line));
      pending.length = 0;
    }
    let recordShape = shape;
    if (detected !== null && detected !== shape && shapeFamily(detected) !== shapeFamily(shape)) {
      if (!mixedReported) {
        sink.finding("mixed-shapes", raw.line, {
          message: `this record is ${detected} while the file is ${shape} (first at line ${raw.line})`,
        });
        mixedReported = true;
      }
      recordShape = detected; // still checked, by its own shape: nothing is skipped
    }
    wait(accept(raw.value, recordShape, raw.line));
    return true;
  };
  const iterator = opened.records[Symbol.asyncIterator]();
  for (;;) {
    // Only the reader's own failures (a truncated gzip, an I/O error) are the file's; a rule that
    // throws is a bug of ours and must not pass for a corrupt file.
    let next: IteratorResult<RawRecord[]>;
    try {
      next = await iterator.next();
    } catch (error) {
      sink.finding(error instanceof ReadLimitError ? error.rule : "corrupt-file", 1, {
        message: `reading stopped after ${records} records: ${describeError(error)}`,
      });
      failed = true;
      break;
    }
    const goOn = !next.done && next.value.every(take);
    if (waits.length > 0) await Promise.all(waits.splice(0));
    if (!goOn) break;
  }
  await iterator.return?.(); // releases the file when reading stopped early
  // A file none of whose records parsed already has its invalid-json findings; one more says nothing.
  // A file that could not be read says so already (corrupt-file): what little was read proves nothing.
  if (!failed && shape === null && (records === 0 || keysSeen.size > 0 || pending.length > 0)) {
    const keys = [...keysSeen].slice(0, 12).map((k) => JSON.stringify(k.slice(0, 40)));
    sink.finding("not-preference-data", 1, {
      message:
        records === 0
          ? "the file holds no records"
          : `no preference records: the records have keys ${keys.join(", ")}; the layouts read are ${KNOWN_LAYOUTS} (README, "What it reads")`,
    });
  }
  sink.progress(report.examples);
}

const KTO_NOTE =
  "kto: unpaired examples, so the pair rules (identical-responses, duplicate-prompt) do not apply; chosen-* rules check the desirable completions, rejected-* rules the undesirable ones";

/** JSON.stringify recurses: a value nested 100,000 deep (which JSON.parse reads) overflows its stack. */
function serialise(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return `unserialisable ${typeName(value)}`;
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
