import type { Config } from "../config/config.js";
import type { FileTask } from "../config/tasks.js";
import { type Example, ROW_CONTAINERS } from "../model/example.js";
import { type Finding, type FindingFix, SEVERITY_RANK, type Severity } from "../model/finding.js";
import type { FileReport } from "../model/report.js";
import { FILE_LEVEL_RULES } from "../rules/registry.js";
import type { FindingInput } from "../rules/rule.js";
import { findingFingerprint } from "./content-hash.js";
import { RecordEnds } from "./record-ends.js";
import { lineFix } from "./record-fix.js";
import {
  byFileAndRule,
  END_SEQ,
  type FindingCount,
  findingOrder,
  type KeyedFinding,
  type ThreadPart,
} from "./thread-part.js";

/** What is known of the record a finding is about, besides its line. */
export interface AboutRecord {
  /** The record's content hash, for the fingerprint. */
  content?: string;
  /** Where the record ends, when it spans lines. */
  endLine?: number;
  /** The record's line as the file holds it, when a rule's fix may rewrite it (uncompressed JSON Lines). */
  lineText?: string;
}

/**
 * Where every finding of one dataset's check goes: rules and readers report plain inputs; the sink gives
 * each its configured severity, its line (and end line) or row, its fix, its fingerprint, applies the
 * finding cap, and keeps each finding's place for the merge of a threaded check.
 */
export class FindingSink {
  /** The dataset's own findings (min-size, category-distribution, …), in the order they were made. */
  readonly datasetFindings: Finding[] = [];
  /** Examples visited so far (END_SEQ once every file is read): where a finding falls in the file order. */
  private seq = 0;
  private readonly keyedDatasetFindings: KeyedFinding[] = [];
  /** How many findings each rule made in each file (`fileIndex:rule`), and the first left unlisted. */
  private readonly findingCounts = new Map<
    string,
    { count: number; firstOmitted?: { seq: number; line: number } }
  >();
  /**
   * Fingerprints need the content of the example a finding is about. Rules that report at the end of the
   * dataset name only a line, so each example's content hash is kept by line (when hashing only).
   */
  private readonly contentByLine = new Map<number, Map<number, string>>();
  private readonly contentOfExample = new WeakMap<Example, string>();
  /** Where each file's multi-line records end, for findings reported by line at the end of the dataset. */
  private readonly recordEnds = new Map<number, RecordEnds>();

  constructor(
    private readonly config: Config,
    private readonly datasetName: string,
    /** Every file of the check so far, by index (the sink adds to those of its dataset). */
    private readonly files: FileReport[],
    private readonly fileTasks: FileTask[],
    /** Whether findings get fingerprints (a baseline is used or written). */
    readonly hashing: boolean,
    private readonly part: ThreadPart | undefined,
  ) {
    if (part) part.datasetFindings.push(this.keyedDatasetFindings);
  }

  severityOf(ruleId: string): Severity | undefined {
    return this.config.rules.get(ruleId)?.severity;
  }

  /** Counts one more example visited: findings made from here on fall after it. */
  nextExample(): void {
    this.seq++;
  }

  /** Every file is read: what is reported from here on (the rules' `end`) falls after every example. */
  atEnd(): void {
    this.seq = END_SEQ;
  }

  /** Keeps an example's content hash, so findings about it (and about its line, later) get fingerprints. */
  rememberContent(fileIndex: number, example: Example, content: string): void {
    this.contentOfExample.set(example, content);
    let lines = this.contentByLine.get(fileIndex);
    if (!lines) {
      lines = new Map();
      this.contentByLine.set(fileIndex, lines);
    }
    // Records sharing a line (a one-line JSON array) share the first one's content.
    if (!lines.has(example.line)) lines.set(example.line, content);
  }

  contentOf(example: Example): string | undefined {
    return this.contentOfExample.get(example);
  }

  /** Keeps where an example's record ends, so findings about its line, later, name its every line. */
  rememberEnd(fileIndex: number, example: Example): void {
    let ends = this.recordEnds.get(fileIndex);
    if (!ends) {
      ends = new RecordEnds();
      this.recordEnds.set(fileIndex, ends);
    }
    ends.add(example.line, example.endLine);
  }

  /** The end line of the record starting at a file's line, when it spans lines. */
  endLineAt(fileIndex: number, line: number): number | undefined {
    return this.recordEnds.get(fileIndex)?.endOf(line);
  }

  /** Adds a finding to a file, unless its rule is off or the file is read for dataset checks only. */
  addFileFinding(
    fileIndex: number,
    ruleId: string,
    line: number,
    input: FindingInput,
    about: AboutRecord = {},
  ): void {
    const severity = this.severityOf(ruleId);
    if (!severity || !this.fileTasks[fileIndex]?.report) return;
    if (this.part && !this.part.owns(ruleId)) return;
    // A file of a million broken lines would hold a million findings: past the cap they are counted, and
    // one finding at the end says how many more there are (the gate sees the rule's severity either way).
    const countKey = `${fileIndex}:${ruleId}`;
    let counted = this.findingCounts.get(countKey);
    if (!counted) {
      counted = { count: 0 };
      this.findingCounts.set(countKey, counted);
    }
    counted.count++;
    if (counted.count > this.config.limits.maxFindingsPerRule) {
      counted.firstOmitted ??= { seq: this.seq, line };
      return;
    }
    const file = this.files[fileIndex];
    const fileLevel = FILE_LEVEL_RULES.has(ruleId);
    const endLine =
      !fileLevel && about.endLine !== undefined && about.endLine > line ? about.endLine : undefined;
    const fix =
      !fileLevel && input.fix !== undefined && about.lineText !== undefined
        ? lineFix(about.lineText, line, input.fix)
        : undefined;
    const finding = toFinding(ruleId, severity, input, line, endLine, fix);
    if (isRowContainer(file)) {
      // Parquet records have rows, not lines; a finding about the whole file has neither.
      delete finding.line;
      if (!fileLevel) finding.row = line;
    }
    if (this.hashing) {
      const content = fileLevel
        ? undefined
        : (about.content ?? this.contentByLine.get(fileIndex)?.get(line) ?? `message:${input.message}`);
      finding.fingerprint = findingFingerprint(finding, file?.path ?? "", content, input.key);
    }
    file?.findings.push(finding);
    if (this.part) {
      this.part.fileFindings[fileIndex] ??= [];
      this.keep(this.part.fileFindings[fileIndex], finding, ruleId, line);
    }
  }

  addDatasetFinding(ruleId: string, severity: Severity, input: FindingInput): void {
    const finding = toFinding(ruleId, severity, input);
    if (this.hashing) {
      finding.fingerprint = findingFingerprint(finding, `dataset:${this.datasetName}`, undefined, input.key);
    }
    this.datasetFindings.push(finding);
    if (this.part) this.keep(this.keyedDatasetFindings, finding, ruleId);
  }

  /**
   * Ends the dataset's findings: in a one-thread check, adds the "N more" finding of each capped rule; in
   * one thread's part, hands its counts to the merge, which applies the cap to all threads together.
   */
  finish(): void {
    const counts: FindingCount[] = [...this.findingCounts].map(([countKey, counted]) => {
      const separator = countKey.indexOf(":");
      return {
        fileIndex: Number(countKey.slice(0, separator)),
        ruleId: countKey.slice(separator + 1),
        ...counted,
      };
    });
    if (this.part) {
      this.part.counts.push(...counts);
      return;
    }
    const cap = this.config.limits.maxFindingsPerRule;
    for (const { fileIndex, ruleId, count, firstOmitted } of counts.sort(byFileAndRule)) {
      if (!firstOmitted) continue;
      const file = this.files[fileIndex] as FileReport;
      const severity = this.severityOf(ruleId) as Severity;
      file.findings.push(
        omittedFinding(ruleId, severity, count - cap, cap, firstOmitted.line, file, this.hashing),
      );
    }
  }

  /** Keeps a finding's key, for the merge of a threaded check. */
  private keep(list: KeyedFinding[], finding: Finding, ruleId: string, line = 0): void {
    list.push({ finding, seq: this.seq, order: findingOrder(ruleId), line });
  }
}

/** Whether the file's records have rows, not lines (Parquet). */
export function isRowContainer(file: FileReport | undefined): boolean {
  return file?.container != null && ROW_CONTAINERS.has(file.container);
}

function toFinding(
  rule: string,
  configured: Severity,
  input: FindingInput,
  line?: number,
  endLine?: number,
  fix?: FindingFix,
): Finding {
  // A rule may lower its own finding's severity (min-size's "below recommended"), never raise it.
  const severity =
    input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[configured] ? input.severity : configured;
  return {
    rule,
    severity,
    ...(line !== undefined ? { line } : {}),
    ...(endLine !== undefined ? { endLine } : {}),
    ...(input.field !== undefined ? { field: input.field } : {}),
    message: input.message,
    ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
    ...(fix !== undefined ? { fix } : {}),
  };
}

/** The finding that says how many more of a rule's findings in a file are not listed (the finding cap). */
export function omittedFinding(
  ruleId: string,
  severity: Severity,
  omitted: number,
  cap: number,
  line: number,
  file: FileReport,
  hashing: boolean,
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
