import { readFileSync } from "node:fs";
import path from "node:path";
import type { ActionRun } from "./run-action.js";

// What the action's end-to-end tests start from: the bundled example dataset as a pull request's base, the
// config they run it with, pairs with one defect, and the annotations read back from the run's log.

/** The lines of the bundled example (examples/data/task-api-safety.jsonl): 150 good pairs. */
export const EXAMPLE_LINES: readonly string[] = readFileSync(
  path.resolve(import.meta.dirname, "../../examples/data/task-api-safety.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "");

/** The example as one JSONL file's text. */
export const EXAMPLE_DATA = `${EXAMPLE_LINES.join("\n")}\n`;

/** The example's first pair. */
export const FIRST_EXAMPLE = JSON.parse(EXAMPLE_LINES[0] as string) as Record<string, string>;

export const CONFIG = `datasets:
  - name: task-api-safety
    files: data/*.jsonl
    min-size: domain-specific
rules:
  chosen-overlong: { words: 200 }
  # The example's refusals are longer than the compliances they replace (a length-bias notice on every
  # run); these tests are about the action, so the notice is off.
  length-bias: off
  # record() puts the example's refusals into edge_cases (whose share a few more keep inside its band),
  # which expect help: a refusal-in-chosen notice each, off for the same reason.
  refusal-in-chosen: off
`;

/** The sticky comment's first line. */
export const MARKER = "<!-- dataset-ci:report -->";

/** A pair like the example's first, in the category whose share a few more keep inside its band. */
export function record(overrides: Record<string, string>): Record<string, string> {
  return { ...FIRST_EXAMPLE, category: "edge_cases", ...overrides };
}

export interface Annotation {
  level: string;
  file: string | undefined;
  line: number | undefined;
  title: string | undefined;
  message: string;
}

/** Annotations the runner would show: the run's error, warning and notice commands titled dataset-ci. */
export function annotations(run: ActionRun): Annotation[] {
  return run.commands
    .filter(
      (c) => ["error", "warning", "notice"].includes(c.name) && c.properties.includes("title=dataset-ci"),
    )
    .map((c) => {
      const props = Object.fromEntries(c.properties.split(",").map((p) => p.split("=") as [string, string]));
      return {
        level: c.name,
        file: props.file,
        line: props.line ? Number(props.line) : undefined,
        title: props.title,
        message: c.message,
      };
    });
}
