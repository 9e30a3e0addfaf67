import type { FileTask } from "../config/tasks.js";
import type { Example, ShapeName } from "../model/example.js";
import { emptyFileReport, type FileReport } from "../model/report.js";
import { isObject, type JsonObject, type RecordProblem } from "../read/messages.js";
import { openDataset } from "../read/open-dataset.js";
import type { RawRecord } from "../read/raw-record.js";
import { DEFAULT_READ_LIMITS, ReadLimitError, type ReadLimits } from "../read/read-limits.js";
import { detectShape, KNOWN_LAYOUTS, normalise, shapeFamily } from "../read/shapes.js";
import { whereIs } from "../read/workspace-boundary.js";
import type { ReaderRuleId } from "../rules/registry.js";
import type { FindingInput } from "../rules/rule.js";
import { exampleContentHash, rawContentHash } from "./content-hash.js";
import { PROGRESS_EVERY } from "./options.js";

// Reading a file for the check: the readers (read/) give raw records; this turns them into examples and
// into the reader rules' findings (invalid-json, wrong-type, mixed-shapes, not-preference-data, …).

/**
 * Reads one file's examples in order, shape-detected and normalised exactly as `check` reads them, but
 * checks nothing: for `export`, which writes the examples that `check` found no error in.
 */
export async function readExamples(
  file: string,
  onExample: (example: Example, problems: readonly RecordProblem[]) => void | Promise<void>,
): Promise<FileReport> {
  const report = emptyFileReport(file);
  await readFile({ path: file, display: file, report: true }, 0, report, {
    hashing: false,
    limits: DEFAULT_READ_LIMITS,
    finding: () => {},
    example: (example, _content, problems) => onExample(example, problems ?? []),
    progress: () => {},
  });
  return report;
}

export interface ReadSink {
  /** Whether to hash each record's content for fingerprints. */
  hashing: boolean;
  limits: ReadLimits;
  /** `endLine`: where the record the finding is about ends, when it spans lines. */
  finding(ruleId: ReaderRuleId, line: number, input: FindingInput, content?: string, endLine?: number): void;
  /**
   * `problems`: what the normaliser found in the record, whether or not its rules are enabled. `lineText`:
   * the record's line as the file holds it, when a rule's fix can rewrite it (an uncompressed JSON Lines
   * file); it is not kept past the call.
   */
  example(
    example: Example,
    content?: string,
    problems?: readonly RecordProblem[],
    lineText?: string,
  ): void | Promise<void>;
  progress(examples: number): void;
}

/** How many records' keys a not-preference-data finding names. */
const KEYS_SAMPLED = 5;

/** Reads one file into examples, reporting what the readers and normalisers find. */
export async function readFile(
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
  // A fix rewrites the record's line in place: only a JSON Lines file read as it is has one line a record.
  const fixable = opened.container === "jsonl" && opened.compression === null;
  let shape: ShapeName | null = null;
  let mixedReported = false;
  let records = 0;
  let failed = false;
  const keysSeen = new Set<string>();
  const pending: Array<{ raw: RawRecord; value: JsonObject }> = [];
  const accept = (value: JsonObject, recordShape: ShapeName, raw: RawRecord): void | Promise<void> => {
    const { line, endLine } = raw;
    const { example, problems } = normalise(value, recordShape, line, fileIndex);
    if (endLine !== undefined) example.endLine = endLine;
    const content = sink.hashing ? exampleContentHash(example) : undefined;
    for (const p of problems) {
      sink.finding(p.rule, line, { field: p.field, message: p.message }, content, endLine);
    }
    report.examples++;
    if (report.examples % PROGRESS_EVERY === 0) sink.progress(report.examples);
    return sink.example(example, content, problems, fixable ? raw.text : undefined);
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
        sink.finding(raw.rule, raw.line, { message: raw.error }, content, raw.endLine);
        return true;
      }
      const what = report.container === "csv" ? "not a valid CSV row" : "not valid JSON";
      sink.finding("invalid-json", raw.line, { message: `${what}: ${raw.error}` }, content, raw.endLine);
      return true;
    }
    if (raw.duplicateKeys !== undefined) {
      const keys = raw.duplicateKeys.map((key) => JSON.stringify(key.slice(0, 40))).join(", ");
      sink.finding(
        "duplicate-key",
        raw.line,
        {
          message: `the record gives ${keys} more than once: JSON.parse keeps the last, other tools may keep the first`,
        },
        undefined,
        raw.endLine,
      );
    }
    if (!isObject(raw.value)) {
      const content = sink.hashing ? rawContentHash(serialise(raw.value)) : undefined;
      sink.finding(
        "wrong-type",
        raw.line,
        { message: `a record should be a JSON object, found ${typeName(raw.value)}` },
        content,
        raw.endLine,
      );
      return true;
    }
    const detected = detectShape(raw.value);
    if (shape === null) {
      if (detected === null) {
        // Not preference data so far: keep the record, and decide once enough records are seen.
        for (const key of Object.keys(raw.value).slice(0, 20)) keysSeen.add(key);
        pending.push({ raw, value: raw.value });
        return pending.length < KEYS_SAMPLED;
      }
      shape = detected;
      report.shape = shape;
      if (shape === "kto") report.notes.push(KTO_NOTE);
      // Records before the first preference record are checked as records of the file's shape.
      for (const early of pending) wait(accept(early.value, shape, early.raw));
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
    wait(accept(raw.value, recordShape, raw));
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
          : `no preference records: the records have keys ${keys.join(", ")}; the layouts read are ${KNOWN_LAYOUTS} (dataset-ci's docs/formats.md)`,
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
