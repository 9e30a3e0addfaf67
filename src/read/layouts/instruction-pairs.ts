import type { Message } from "../../model/example.js";
import { describeType, type JsonObject, type Parts, type RecordProblem, readString } from "../messages.js";
import { type Detector, hasChosenOrRejected, type Layout } from "./layout.js";

// The layouts whose prompt is written as an instruction or a question rather than as messages:
// LLaMA-Factory's Alpaca-style preference records, MedicalGPT's and Intel's question pairs, and ranked
// lists (LLaMA-Factory's `ranking: true` Alpaca layout, PKU-SafeRLHF-derived files). Each becomes the same
// context every other shape gives: an optional system turn, the history's turns, then the user turn.

/** The two keys a ranked list may be under, in the order they are looked for. */
export const RANKED_LIST_KEYS = ["response", "output"] as const;

export function isRankedListKey(key: string): boolean {
  return (RANKED_LIST_KEYS as readonly string[]).includes(key);
}

/** A list of responses ranked best first, as ranked-list records hold it (not a list of messages). */
export function isRankedList(value: unknown): boolean {
  return Array.isArray(value) && (value.length === 0 || typeof value[0] === "string");
}

/**
 * Alpaca-style pairs and question pairs are pairs of strings too, in TRL's family: a record without its
 * instruction or question is a record with a missing field (and one with a stray one is told so), not a
 * second shape.
 */
export const alpacaPairs: Layout = {
  name: "alpaca-pairs",
  family: "trl",
  paired: true,
  knownAs: "instruction/input + chosen/rejected",
  keysRead: ["instruction", "input", "system", "history", "chosen", "rejected"],
  detects: (record) => hasChosenOrRejected(record) && "instruction" in record,
  normalise: normaliseAlpacaPairs,
};

export const questionPairs: Layout = {
  name: "question-pairs",
  family: "trl",
  paired: true,
  knownAs: "question + chosen/rejected or response_chosen/response_rejected",
  keysRead: ["question", "system", "history", "chosen", "rejected", "response_chosen", "response_rejected"],
  detects: (record) => hasChosenOrRejected(record) && "question" in record,
  normalise: normaliseQuestionPairs,
};

/**
 * MedicalGPT's `response_chosen` / `response_rejected` name the question-pairs layout outright, so they are
 * asked about early, before the keys other layouts share (`prompt`, `instruction`, a ranked `response`).
 */
export const questionPairsByResponseKeys: Detector = {
  name: "question-pairs",
  detects: (record) => "response_chosen" in record || "response_rejected" in record,
};

export const rankedList: Layout = {
  name: "ranked-list",
  family: "ranked-list",
  paired: true,
  knownAs: "prompt or instruction + response/output [chosen, rejected]",
  keysRead: ["prompt", "instruction", "input", "system", "history", "response", "output"],
  detects: (record) =>
    !hasChosenOrRejected(record) &&
    RANKED_LIST_KEYS.some((key) => isRankedList(record[key])) &&
    ("prompt" in record || "instruction" in record),
  normalise: normaliseRankedList,
};

/**
 * Alpaca-style pairs: `instruction`, optional `input`, `system` and `history`, `chosen` / `rejected`
 * strings.
 */
function normaliseAlpacaPairs(record: JsonObject, problems: RecordProblem[]): Parts {
  return {
    context: contextOf(record, instructionTurn(record, problems), problems),
    chosen: readString(record, "chosen", problems),
    rejected: readString(record, "rejected", problems),
  };
}

/**
 * Question pairs: `question`, optional `system` and `history`, with `chosen` / `rejected` (Intel's
 * orca_dpo_pairs) or `response_chosen` / `response_rejected` (MedicalGPT's reward layout).
 */
function normaliseQuestionPairs(record: JsonObject, problems: RecordProblem[]): Parts {
  const prefixed = "response_chosen" in record || "response_rejected" in record;
  const chosenField = prefixed ? "response_chosen" : "chosen";
  const rejectedField = prefixed ? "response_rejected" : "rejected";
  return {
    context: contextOf(record, readString(record, "question", problems), problems),
    chosen: readString(record, chosenField, problems),
    rejected: readString(record, rejectedField, problems),
    chosenField,
    rejectedField,
  };
}

/**
 * Ranked lists: `prompt`, or `instruction` with an optional `input`, and `response` (or `output`) holding
 * `[chosen, rejected]`. A list of another length is reported, not guessed at: which two of three
 * responses make the pair, or whether one response is the chosen one, the record does not say.
 */
function normaliseRankedList(record: JsonObject, problems: RecordProblem[]): Parts {
  const query =
    "prompt" in record || !("instruction" in record)
      ? readString(record, "prompt", problems)
      : instructionTurn(record, problems);
  const key = RANKED_LIST_KEYS.find((k) => Array.isArray(record[k])) ?? "response";
  const context = contextOf(record, query, problems);
  const list = record[key];
  if (!Array.isArray(list)) {
    problems.push(
      list === undefined
        ? { rule: "missing-field", field: key, message: `the record has no "${key}"` }
        : {
            rule: "wrong-type",
            field: key,
            message: `${key} should be a list of two responses, [chosen, rejected], found ${describeType(list)}`,
          },
    );
    return { context };
  }
  if (list.length !== 2) {
    problems.push({
      rule: "wrong-type",
      field: key,
      message: `${key} should list two responses, [chosen, rejected], found ${list.length}: which make the pair is not guessed`,
    });
    return { context };
  }
  const response = (index: 0 | 1): string | undefined => {
    const value = list[index];
    if (typeof value === "string") return value;
    problems.push({
      rule: "wrong-type",
      field: `${key}[${index}]`,
      message: `${key}[${index}] should be a string, found ${describeType(value)}`,
    });
    return undefined;
  };
  return {
    context,
    chosen: response(0),
    rejected: response(1),
    chosenField: `${key}[0]`,
    rejectedField: `${key}[1]`,
  };
}

/**
 * The user turn of an Alpaca-style record: `instruction` and `input` joined as LLaMA-Factory's
 * AlpacaDatasetConverter joins them (each only when non-empty, separated by one line break).
 */
function instructionTurn(record: JsonObject, problems: RecordProblem[]): string | undefined {
  const instruction = readString(record, "instruction", problems);
  const input = optionalString(record, "input", problems);
  if (instruction === undefined) return undefined;
  return [instruction, input].filter((part) => part !== undefined && part !== "").join("\n");
}

/** The context: the system turn, the history's turns, then the user turn (absent when it was unreadable). */
function contextOf(record: JsonObject, query: string | undefined, problems: RecordProblem[]): Message[] {
  const context: Message[] = [];
  const system = optionalString(record, "system", problems);
  if (system !== undefined && system !== "") context.push({ role: "system", content: system });
  context.push(...readHistory(record, problems));
  context.push({ role: "user", content: query ?? "" });
  return context;
}

/** A field that may be absent or null; anything but a string is wrong-type. */
function optionalString(record: JsonObject, key: string, problems: RecordProblem[]): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  problems.push({
    rule: "wrong-type",
    field: key,
    message: `${key} should be a string, found ${describeType(value)}`,
  });
  return undefined;
}

/** `history`: earlier turns as `[user, assistant]` pairs of strings, before the prompt (LLaMA-Factory's layout). */
function readHistory(record: JsonObject, problems: RecordProblem[]): Message[] {
  const history = record.history;
  if (history === undefined || history === null) return [];
  if (!Array.isArray(history)) {
    problems.push({
      rule: "wrong-type",
      field: "history",
      message: `history should be a list of [user, assistant] pairs, found ${describeType(history)}`,
    });
    return [];
  }
  const turns: Message[] = [];
  history.forEach((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((turn) => typeof turn === "string")) {
      const found = !Array.isArray(pair)
        ? describeType(pair)
        : pair.length !== 2
          ? `a list of ${pair.length}`
          : "a pair that is not two strings";
      problems.push({
        rule: "wrong-type",
        field: `history[${i}]`,
        message: `history[${i}] should be a [user, assistant] pair of strings, found ${found}`,
      });
      return;
    }
    const [user, assistant] = pair as [string, string];
    turns.push({ role: "user", content: user }, { role: "assistant", content: assistant });
  });
  return turns;
}
