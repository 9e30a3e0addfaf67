import { check } from "../check/check.js";
import { readExamples } from "../check/read-file.js";
import type { Config } from "../config/config.js";
import type { DatasetTask } from "../config/tasks.js";
import type { Example, Message, ShapeName } from "../model/example.js";
import type { FileReport } from "../model/report.js";

// `dataset-ci export`: the step the seed ends on before training ("Preparing Data for TRL"). Any shape
// dataset-ci reads is written as TRL's preference JSONL, without the examples `check` finds errors in.

export const EXPORT_TARGETS = ["trl", "trl-standard", "trl-conversational"] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];
type Format = "standard" | "conversational";

export interface LeftOut {
  line: number;
  /** The error rules that fired at that line, or why the example has no TRL form. */
  reasons: string[];
}

export interface ExportResult {
  /** The file as `check` reported it (container, shape, findings). */
  file: FileReport;
  /** "trl-standard", "trl-conversational", or their unpaired (KTO) forms; null when nothing was readable. */
  format: string | null;
  written: number;
  leftOut: LeftOut[];
}

/** The format `--to trl` picks: standard for shapes that are standard already, conversational otherwise. */
function formatFor(target: ExportTarget, shape: ShapeName | null): Format {
  if (target === "trl-standard") return "standard";
  if (target === "trl-conversational") return "conversational";
  return shape === "trl-standard" || shape === "trl-standard-implicit" ? "standard" : "conversational";
}

/**
 * Checks the dataset the file belongs to, then reads the file again and writes each example with no
 * error finding as one JSON line. `write` receives each line; its promise, if any, is awaited.
 */
export async function exportFile(options: {
  config: Config;
  datasets: DatasetTask[];
  target: ExportTarget;
  write: (line: string) => void | Promise<void>;
}): Promise<ExportResult> {
  const report = await check({ config: options.config, datasets: options.datasets });
  const task = options.datasets.flatMap((d) => d.files).find((f) => f.report);
  const file = report.files[0];
  if (!task || !file || report.files.length !== 1) throw new Error("export reads exactly one file");

  const errors = new Map<number, Set<string>>();
  for (const finding of file.findings) {
    // Parquet findings carry the row (the position readExamples gives as the example's line).
    const position = finding.line ?? finding.row;
    if (finding.severity !== "error" || position === undefined) continue;
    const rules = errors.get(position) ?? new Set<string>();
    rules.add(finding.rule);
    errors.set(position, rules);
  }
  const result: ExportResult = { file, format: null, written: 0, leftOut: [] };
  // A file that is no preference data, or an LFS pointer, has no examples to write.
  if (file.shape === null) return result;
  const format = formatFor(options.target, file.shape);
  const unpaired = file.shape === "kto";
  result.format = `trl-${format}${unpaired ? " (unpaired)" : ""}`;

  await readExamples(task.path, (example, problems) => {
    const rules = errors.get(example.line);
    if (rules) {
      result.leftOut.push({ line: example.line, reasons: [...rules] });
      return;
    }
    // Whatever the rule's configured severity: a pair written without the prompt its record holds
    // teaches the trainer to prefer an answer to no question.
    const unread = problems.find((p) => p.rule === "unread-prompt-field");
    if (unread && example.prompt.trim() === "") {
      result.leftOut.push({ line: example.line, reasons: [`${unread.rule}: ${UNREAD_PROMPT}`] });
      return;
    }
    const record = unpaired ? toUnpaired(example, format) : toPair(example, format);
    if (typeof record === "string") {
      result.leftOut.push({ line: example.line, reasons: [record] });
      return;
    }
    result.written++;
    return options.write(`${JSON.stringify(record)}\n`);
  });
  return result;
}

const assistant = (content: string): Message[] => [{ role: "assistant", content }];

/** The context as a standard prompt: only a lone user turn is one. */
function standardPrompt(example: Example): string | undefined {
  const context = example.conversation;
  if (context.length === 0) return "";
  if (context.length === 1 && context[0]?.role === "user") return context[0].content;
  return undefined;
}

const UNREAD_PROMPT = "its prompt is under a key its layout does not read, and it has no other";

const MULTI_TURN = "its prompt has several turns (or a system turn): export it --to trl-conversational";

function toPair(example: Example, format: Format): Record<string, unknown> | string {
  if (example.chosen === undefined || example.rejected === undefined) return "no chosen or rejected response";
  if (format === "standard") {
    const prompt = standardPrompt(example);
    if (prompt === undefined) return MULTI_TURN;
    // An implicit prompt stays implicit: TRL reads {chosen, rejected} as such.
    return prompt === ""
      ? { chosen: example.chosen, rejected: example.rejected }
      : { prompt, chosen: example.chosen, rejected: example.rejected };
  }
  const prompt = example.conversation.map((m) => ({ role: m.role, content: m.content }));
  // With no shared context, TRL's implicit conversational form: the whole conversation in each field.
  return prompt.length === 0
    ? { chosen: assistant(example.chosen), rejected: assistant(example.rejected) }
    : { prompt, chosen: assistant(example.chosen), rejected: assistant(example.rejected) };
}

/** TRL's unpaired preference type (KTO): one completion and its label. */
function toUnpaired(example: Example, format: Format): Record<string, unknown> | string {
  const label = example.chosen !== undefined;
  const completion = example.chosen ?? example.rejected;
  if (completion === undefined) return "no completion, or no boolean label";
  if (format === "standard") {
    const prompt = standardPrompt(example);
    if (prompt === undefined) return MULTI_TURN;
    return { prompt, completion, label };
  }
  const prompt = example.conversation.map((m) => ({ role: m.role, content: m.content }));
  return { prompt, completion: assistant(completion), label };
}
