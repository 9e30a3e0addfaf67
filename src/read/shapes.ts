import type { Example, ShapeName } from "../model/example.js";
import { detectLayout, LAYOUTS, layoutNamed } from "./layouts/index.js";
import { describeType, type JsonObject, type RecordProblem, renderContext } from "./messages.js";
import { readScores } from "./scores.js";
import { unreadPromptProblem } from "./unread-fields.js";

// The readers' entry to the layouts (one file per layout family in layouts/, listed in layouts/index.ts):
// tells a record's shape and reads it into the one example model.

/**
 * Tells a record's shape from its keys (docs/formats.md, "What it reads"), or null when it
 * is no kind of preference record.
 */
export function detectShape(record: JsonObject): ShapeName | null {
  return detectLayout(record);
}

/**
 * The layouts detectShape knows, as a not-preference-data finding lists them (the layouts table of
 * docs/formats.md has one record of each).
 */
export const KNOWN_LAYOUTS = LAYOUTS.flatMap((layout) => layout.knownAs ?? []).join(", ");

/**
 * Shapes that share their keys: within a file of one of them, a record that looks like another is a
 * record with a wrong field (reported as missing-field / wrong-type), not a second shape.
 */
export function shapeFamily(shape: ShapeName): string {
  return layoutNamed(shape).family;
}

/** Whether pair rules (those comparing chosen with rejected) mean anything for this shape. */
export function isPaired(shape: ShapeName): boolean {
  return layoutNamed(shape).paired;
}

export interface Normalised {
  example: Example;
  problems: RecordProblem[];
}

/** Normalises a record of a known shape to the one example model, collecting what is wrong with it. */
export function normalise(record: JsonObject, shape: ShapeName, line: number, fileIndex: number): Normalised {
  const problems: RecordProblem[] = [];
  const layout = layoutNamed(shape);
  const parts = layout.normalise(record, problems);
  const prompt = parts.context ? renderContext(parts.context) : "";
  const unread = unreadPromptProblem(record, layout, prompt);
  if (unread) problems.push(unread);
  const example: Example = {
    fileIndex,
    line,
    shape,
    prompt,
    chosen: nonEmptyResponse(parts.chosen, parts.chosenField ?? "chosen", problems),
    rejected: nonEmptyResponse(parts.rejected, parts.rejectedField ?? "rejected", problems),
    category: readCategory(record, problems),
    conversation: parts.context ?? [],
  };
  const scores = readScores(record, problems);
  if (scores) example.scores = scores;
  return { example, problems };
}

function nonEmptyResponse(
  text: string | undefined,
  field: string,
  problems: RecordProblem[],
): string | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === "") {
    problems.push({ rule: "empty-response", field, message: `${field} is empty` });
    return undefined;
  }
  return text;
}

function readCategory(record: JsonObject, problems: RecordProblem[]): string | undefined {
  const value = record.category;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    problems.push({
      rule: "wrong-type",
      field: "category",
      message: `category should be a string, found ${describeType(value)}`,
    });
    return undefined;
  }
  return value.trim() === "" ? undefined : value;
}
