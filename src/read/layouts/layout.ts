import type { ShapeName } from "../../model/example.js";
import type { JsonObject, Parts, RecordProblem } from "../messages.js";

/**
 * One record layout (docs/formats.md, "What it reads"): how it is told from its keys and how it is
 * read into the one example model. Each layout family has its own file in this folder; the registry
 * (index.ts) lists them in the order they are asked, and derives everything else from that list.
 */
export interface Layout extends Detector {
  /**
   * Layouts that share their keys are one family: within a file of one of them, a record that looks like
   * another is a record with a wrong field (reported as missing-field / wrong-type), not a second shape.
   */
  family: string;
  /** Whether pair rules (those comparing chosen with rejected) mean anything for this layout. */
  paired: boolean;
  /**
   * How a not-preference-data finding names the layout's keys; absent when an earlier layout of its family
   * says it for both (trl-standard's "strings or messages" covers the conversational layout).
   */
  knownAs?: string;
  /** The keys the layout reads: a prompt-named key outside them is an unread-prompt-field. */
  keysRead: readonly string[];
  /** Reads a record of this layout, pushing what is wrong with it (missing-field, wrong-type, …) to `problems`. */
  normalise(record: JsonObject, problems: RecordProblem[]): Parts;
}

/**
 * One test of detectShape's: whether a record is of the named layout, asked only when every test before
 * it in the registry's DETECTION_ORDER said no (so a test may leave out what an earlier one claims).
 */
export interface Detector {
  name: ShapeName;
  detects(record: JsonObject): boolean;
}

/** Whether a record names a chosen or a rejected response, as most pair layouts do. */
export function hasChosenOrRejected(record: JsonObject): boolean {
  return "chosen" in record || "rejected" in record;
}
