import type { Message } from "../../model/example.js";
import {
  commonPrefixLength,
  type JsonObject,
  type Parts,
  type RecordProblem,
  readString,
} from "../messages.js";
import { hasChosenOrRejected, type Layout } from "./layout.js";

// Anthropic's hh-rlhf: `chosen` and `rejected` are whole transcripts (`\n\nHuman: …\n\nAssistant: …`) that
// share every turn but the last.

/** `chosen` / `rejected` transcripts, each ending in the assistant turn that is its response. */
export const hhRlhf: Layout = {
  name: "hh-rlhf",
  family: "trl",
  paired: true,
  knownAs: "hh-rlhf transcripts",
  keysRead: ["chosen", "rejected"],
  detects: (record) =>
    hasChosenOrRejected(record) && (isTranscript(record.chosen) || isTranscript(record.rejected)),
  normalise: normaliseHhRlhf,
};

const TRANSCRIPT_TURN = /\n\n(Human|Assistant):[ \t]?/g;

function isTranscript(value: unknown): boolean {
  return typeof value === "string" && value.includes("\n\nHuman:") && value.includes("\n\nAssistant:");
}

/** Parses an hh-rlhf transcript (`\n\nHuman: …\n\nAssistant: …`) into turns. */
function parseTranscript(text: string): Message[] {
  const turns: Message[] = [];
  const markers = [...text.matchAll(TRANSCRIPT_TURN)];
  const preamble = text.slice(0, markers[0]?.index ?? text.length);
  if (preamble.trim() !== "") turns.push({ role: "system", content: preamble.trim() });
  markers.forEach((marker, i) => {
    const start = (marker.index ?? 0) + marker[0].length;
    const end = markers[i + 1]?.index ?? text.length;
    turns.push({ role: marker[1] === "Human" ? "user" : "assistant", content: text.slice(start, end) });
  });
  return turns;
}

/** The transcript's context (every turn before the last assistant turn) and that last turn. */
function splitTranscript(
  record: JsonObject,
  key: "chosen" | "rejected",
  problems: RecordProblem[],
): { context: Message[]; response: string } | undefined {
  const text = readString(record, key, problems);
  if (text === undefined) return undefined;
  const turns = parseTranscript(text);
  const last = turns.at(-1);
  if (last?.role !== "assistant") {
    problems.push({
      rule: "missing-field",
      field: key,
      message: `${key} does not end with an "Assistant:" turn, so it holds no response`,
    });
    return undefined;
  }
  return { context: turns.slice(0, -1), response: last.content };
}

function normaliseHhRlhf(record: JsonObject, problems: RecordProblem[]): Parts {
  const chosen = splitTranscript(record, "chosen", problems);
  const rejected = splitTranscript(record, "rejected", problems);
  if (chosen && rejected) {
    const shared = commonPrefixLength(chosen.context, rejected.context);
    if (shared !== chosen.context.length || shared !== rejected.context.length) {
      problems.push({
        rule: "context-mismatch",
        field: "rejected",
        message: `the transcripts differ before their last assistant turn (from turn ${shared + 1}), so the pair does not share one prompt`,
      });
    }
  }
  return {
    context: chosen?.context ?? rejected?.context,
    chosen: chosen?.response,
    rejected: rejected?.response,
  };
}
