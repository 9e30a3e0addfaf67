import type { DatasetTask, FileTask } from "../config/tasks.js";
import type { Example } from "../model/example.js";
import { type DatasetReport, emptyFileReport, type FileReport } from "../model/report.js";
import { isPaired } from "../read/shapes.js";
import { computeDistribution } from "../rules/distribution.js";
import { RULES } from "../rules/registry.js";
import type { DatasetTotals, Rule, RuleVisitor } from "../rules/rule.js";
import { ExampleView } from "./example-view.js";
import { FindingSink, isRowContainer } from "./finding-sink.js";
import type { CheckOptions } from "./options.js";
import { readFile } from "./read-file.js";
import type { ThreadPart } from "./thread-part.js";

interface ActiveRule {
  rule: Rule;
  visitor: RuleVisitor;
}

/**
 * Checks one dataset: reads its files in order, runs every enabled rule (in a threaded check, those this
 * thread owns) on every example, then the rules' dataset-level ends. Adds its files' reports to `files`.
 */
export async function checkDataset(
  dataset: DatasetTask,
  options: Omit<CheckOptions, "threads">,
  files: FileReport[],
  fileTasks: FileTask[],
  part?: ThreadPart,
): Promise<DatasetReport> {
  const { config } = options;
  const firstFileIndex = files.length;
  for (const task of dataset.files) {
    fileTasks.push(task);
    files.push(emptyFileReport(task.display, task.split));
  }
  const hashing = options.fingerprints === true || options.baseline !== undefined;
  const sink = new FindingSink(config, dataset.info.name, files, fileTasks, hashing, part);

  const splits = new Map<number, string>();
  dataset.files.forEach((task, i) => {
    if (task.split !== undefined) splits.set(firstFileIndex + i, task.split);
  });
  /** The example the rules are looking at, and its record's line when a fix may rewrite it. */
  let current: { example: Example; lineText: string | undefined } | undefined;
  const active: ActiveRule[] = [];
  const share = part?.share;
  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    if (!setting || !rule.create) continue;
    if (part && !part.owns(rule.id)) continue; // another thread runs it
    const severity = setting.severity;
    const visitor = rule.create({
      options: setting.options,
      dataset: dataset.info,
      report: (example, input) =>
        sink.addFileFinding(example.fileIndex, rule.id, example.line, input, {
          content: sink.contentOf(example),
          endLine: example.endLine,
          lineText: current?.example === example ? current.lineText : undefined,
        }),
      reportAt: (fileIndex, line, input) =>
        sink.addFileFinding(fileIndex, rule.id, line, input, { endLine: sink.endLineAt(fileIndex, line) }),
      reportDataset: (input) => sink.addDatasetFinding(rule.id, severity, input),
      where: (fileIndex, line) =>
        isRowContainer(files[fileIndex])
          ? `${files[fileIndex]?.path} row ${line}`
          : `${files[fileIndex]?.path}:${line}`,
      splits,
      ...(share && rule.job ? { share: (input, length) => share(rule.id, input, length) } : {}),
    });
    active.push({ rule, visitor });
  }
  const exampleRules = active.filter((a) => a.visitor.example);
  // In a threaded check, this thread runs the per-example rules on its share of the examples only, and its
  // stateful rules on every example: those need only the comparable forms and fingerprints.
  const shardedRules = part ? exampleRules.filter((a) => !a.rule.stateful) : exampleRules;
  const everyExampleRules = part ? exampleRules.filter((a) => a.rule.stateful) : [];
  // Only the rules that say so read the fingerprints: a thread that runs none of them skips hashing.
  const hashTexts = (part ? everyExampleRules : exampleRules).some((a) => a.rule.fingerprints);
  const hashWords = (part ? everyExampleRules : exampleRules).some((a) => a.rule.wordHashes);
  const view = new ExampleView(new Set(dataset.info.categories.filter((c) => c.refusal).map((c) => c.name)));
  const known = new Set(dataset.info.categories.map((c) => c.name));
  const totals: DatasetTotals = { examples: 0, categorised: 0, categoryCounts: new Map() };

  const visit = (example: Example): void => {
    sink.nextExample();
    totals.examples++;
    const category =
      example.category !== undefined && known.has(example.category) ? example.category : undefined;
    if (category !== undefined) {
      totals.categorised++;
      totals.categoryCounts.set(category, (totals.categoryCounts.get(category) ?? 0) + 1);
    }
    const inShard = part === undefined || part.inShard();
    if (!inShard && everyExampleRules.length === 0) return;
    const checked = view.prepare(example, category, { forEveryRule: inShard, hashTexts, hashWords });
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
    await readFile(task, fileIndex, files[fileIndex] as FileReport, {
      hashing,
      // Keys given twice are looked for only where they are reported: the main thread, with the rule on.
      limits: {
        ...config.limits,
        ...(options.parquetDeadlineMs !== undefined ? { parquetDeadlineMs: options.parquetDeadlineMs } : {}),
        duplicateKeys:
          sink.severityOf("duplicate-key") !== undefined && (part?.owns("duplicate-key") ?? true),
      },
      finding: (ruleId, line, input, content, endLine) =>
        sink.addFileFinding(fileIndex, ruleId, line, input, { content, endLine }),
      example: (example, content, _problems, lineText) => {
        if (content !== undefined) sink.rememberContent(fileIndex, example, content);
        sink.rememberEnd(fileIndex, example);
        current = { example, lineText };
        visit(example);
        current = undefined;
      },
      progress: (examples) => options.onProgress?.({ file: task.display, examples }),
    });
  }

  const distribution = computeDistribution(dataset.info.categories, totals);
  sink.atEnd();
  for (const { visitor } of active) visitor.end?.({ ...totals, distribution });
  sink.finish();
  return {
    name: dataset.info.name,
    files: dataset.files.map((f) => f.display),
    examples: totals.examples,
    "min-size": dataset.info.minSize.min,
    ...(dataset.info.minSize.recommended ? { recommended: dataset.info.minSize.recommended } : {}),
    categorised: totals.categorised,
    categories: distribution,
    findings: sink.datasetFindings,
  };
}
