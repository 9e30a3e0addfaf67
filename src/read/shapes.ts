import type { Example, Message, PairScores, ShapeName } from "../model/example.js";
import {
  isRankedList,
  normaliseAlpacaPairs,
  normaliseQuestionPairs,
  normaliseRankedList,
  RANKED_LIST_KEYS,
} from "./instruction-pairs.js";
import {
  commonPrefixLength,
  describeType,
  isMessageList,
  isObject,
  type JsonObject,
  type Parts,
  type RecordProblem,
  readMessage,
  readMessages,
  readString,
  renderContext,
} from "./messages.js";
import { unreadPromptProblem } from "./unread-fields.js";

/**
 * Tells a record's shape from its keys (../shared/reference/preference-formats.md), or null when it
 * is no kind of preference record.
 */
export function detectShape(record: JsonObject): ShapeName | null {
  if ("chosen_messages" in record || "rejected_messages" in record) return "llamafactory-v1";
  if ("preferred_output" in record || "non_preferred_output" in record) return "openai-dpo";
  if ("conversations" in record && ("chosen" in record || "rejected" in record)) return "sharegpt";
  if ("label" in record && ("completion" in record || "messages" in record)) return "kto";
  if ("response_chosen" in record || "response_rejected" in record) return "question-pairs";
  if (!("chosen" in record || "rejected" in record)) {
    const ranked = RANKED_LIST_KEYS.some((key) => isRankedList(record[key]));
    return ranked && ("prompt" in record || "instruction" in record) ? "ranked-list" : null;
  }
  if (isMessageList(record.chosen) || isMessageList(record.rejected) || isMessageList(record.prompt)) {
    return "trl-conversational";
  }
  if ("prompt" in record) return "trl-standard";
  if ("instruction" in record) return "alpaca-pairs";
  if ("question" in record) return "question-pairs";
  if (isTranscript(record.chosen) || isTranscript(record.rejected)) return "hh-rlhf";
  return "trl-standard-implicit";
}

/**
 * The layouts detectShape knows, as a not-preference-data finding lists them (the README's "What it
 * reads" table has one record of each).
 */
export const KNOWN_LAYOUTS =
  "prompt/chosen/rejected (strings or messages), hh-rlhf transcripts, ShareGPT conversations + chosen/rejected, " +
  "chosen_messages/rejected_messages, OpenAI input/preferred_output/non_preferred_output, KTO prompt/completion/label, " +
  "instruction/input + chosen/rejected, question + chosen/rejected or response_chosen/response_rejected, " +
  "prompt or instruction + response/output [chosen, rejected]";

/**
 * Shapes that share their keys: within a file of one of them, a record that looks like another is a
 * record with a wrong field (reported as missing-field / wrong-type), not a second shape.
 */
export function shapeFamily(shape: ShapeName): string {
  switch (shape) {
    case "trl-standard":
    case "trl-standard-implicit":
    case "trl-conversational":
    case "hh-rlhf":
    // Alpaca-style and question pairs are pairs of strings too: a record without its instruction or
    // question is a record with a missing field (and one with a stray one is told so), not a second shape.
    case "alpaca-pairs":
    case "question-pairs":
      return "trl";
    default:
      return shape;
  }
}

/** Whether pair rules (those comparing chosen with rejected) mean anything for this shape. */
export function isPaired(shape: ShapeName): boolean {
  return shape !== "kto";
}

export interface Normalised {
  example: Example;
  problems: RecordProblem[];
}

/** Normalises a record of a known shape to the one example model, collecting what is wrong with it. */
export function normalise(record: JsonObject, shape: ShapeName, line: number, fileIndex: number): Normalised {
  const problems: RecordProblem[] = [];
  const parts = NORMALISERS[shape](record, problems);
  const prompt = parts.context ? renderContext(parts.context) : "";
  const unread = unreadPromptProblem(record, shape, prompt);
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

/**
 * The key pairs real datasets score their responses with: UltraFeedback-binarized's `score_chosen`,
 * Argilla's `chosen-rating` / `chosen_rating`, distilabel's `rating_chosen`, and ranks (lower is better).
 */
const SCORE_KEYS: ReadonlyArray<readonly [chosen: string, rejected: string, higherIsBetter: boolean]> = [
  ["score_chosen", "score_rejected", true],
  ["chosen_score", "rejected_score", true],
  ["chosen_rating", "rejected_rating", true],
  ["chosen-rating", "rejected-rating", true],
  ["rating_chosen", "rating_rejected", true],
  ["chosen_rank", "rejected_rank", false],
  ["rank_chosen", "rank_rejected", false],
];

const SCORE_KEY_NAMES: ReadonlySet<string> = new Set(
  SCORE_KEYS.flatMap((keys) => keys.slice(0, 2) as string[]),
);

/** Whether a field holds a response's score, rating or rank (readers of untyped formats make it a number). */
export function isScoreKey(key: string): boolean {
  return SCORE_KEY_NAMES.has(key);
}

/** The first pair of score keys the record has both of; a score that is not a number is wrong-type. */
function readScores(record: JsonObject, problems: RecordProblem[]): PairScores | undefined {
  for (const [chosenKey, rejectedKey, higherIsBetter] of SCORE_KEYS) {
    if (!(chosenKey in record) || !(rejectedKey in record)) continue;
    const chosen = record[chosenKey];
    const rejected = record[rejectedKey];
    // null is how Parquet and pandas write a missing score: no score, not a wrong one.
    if (chosen === null || rejected === null) return undefined;
    let valid = true;
    for (const [key, value] of [
      [chosenKey, chosen],
      [rejectedKey, rejected],
    ] as const) {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        problems.push({
          rule: "wrong-type",
          field: key,
          message: `${key} should be a number, found ${typeof value === "number" ? String(value) : describeType(value)}`,
        });
        valid = false;
      }
    }
    if (!valid) return undefined;
    return {
      chosen: chosen as number,
      rejected: rejected as number,
      fields: [chosenKey, rejectedKey],
      higherIsBetter,
    };
  }
  return undefined;
}

type Normaliser = (record: JsonObject, problems: RecordProblem[]) => Parts;

const NORMALISERS: Record<ShapeName, Normaliser> = {
  "trl-standard": (record, problems) => ({
    context: [{ role: "user", content: readString(record, "prompt", problems) ?? "" }],
    chosen: readString(record, "chosen", problems),
    rejected: readString(record, "rejected", problems),
  }),
  "trl-standard-implicit": (record, problems) => ({
    chosen: readString(record, "chosen", problems),
    rejected: readString(record, "rejected", problems),
  }),
  "trl-conversational": normaliseTrlConversational,
  "hh-rlhf": normaliseHhRlhf,
  sharegpt: normaliseShareGpt,
  "llamafactory-v1": (record, problems) => {
    const chosen = readMessages(record, "chosen_messages", "role-content", problems);
    const rejected = readMessages(record, "rejected_messages", "role-content", problems);
    return splitImplicitPrompt(chosen, rejected, "chosen_messages", "rejected_messages", problems);
  },
  "openai-dpo": normaliseOpenAi,
  kto: normaliseKto,
  "alpaca-pairs": normaliseAlpacaPairs,
  "question-pairs": normaliseQuestionPairs,
  "ranked-list": normaliseRankedList,
};

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

function responseText(messages: Message[]): string {
  return messages.map((m) => m.content).join("\n\n");
}

/**
 * Splits two whole conversations into the shared prompt (their longest common prefix, as TRL does)
 * and the two responses (what follows it).
 */
function splitImplicitPrompt(
  chosen: Message[] | undefined,
  rejected: Message[] | undefined,
  chosenField: string,
  rejectedField: string,
  problems: RecordProblem[],
): Parts {
  if (!chosen || !rejected) {
    const known = chosen ?? rejected;
    const last = known?.at(-1);
    const context = known && last?.role === "assistant" ? known.slice(0, -1) : known;
    const response = last?.role === "assistant" ? last.content : undefined;
    return {
      context,
      chosen: chosen ? response : undefined,
      rejected: rejected ? response : undefined,
      chosenField,
      rejectedField,
    };
  }
  let shared = commonPrefixLength(chosen, rejected);
  // Identical conversations share everything; keep their last turn as the responses so they compare equal.
  if (shared === chosen.length && shared === rejected.length && shared > 0) shared -= 1;
  return splitResponses(
    chosen.slice(0, shared),
    chosen.slice(shared),
    rejected.slice(shared),
    { chosenField, rejectedField },
    problems,
  );
}

/** A turn that belongs to a prompt and never to a response: someone other than the assistant speaking. */
function isPromptTurn(message: Message): boolean {
  return message.role === "user" || message.role === "system";
}

/**
 * Splits the turns that follow a pair's shared prompt into its two responses. When those turns are the
 * assistant's alone, each response is all of them (as TRL reads them). When either side holds a user
 * turn, the two sides differ before their last assistant turn: that is context-mismatch, unless both hold
 * the same turns up to it, and each response is only what follows its side's last user turn, so no rule
 * ever reads a user's words as the response. The context is then the prompt and the chosen side's turns.
 */
function splitResponses(
  prompt: Message[],
  chosenRest: Message[],
  rejectedRest: Message[],
  fields: { chosenField: string; rejectedField: string },
  problems: RecordProblem[],
): Parts {
  const chosenCut = findLastIndex(chosenRest, isPromptTurn) + 1;
  const rejectedCut = findLastIndex(rejectedRest, isPromptTurn) + 1;
  const chosenBefore = chosenRest.slice(0, chosenCut);
  const rejectedBefore = rejectedRest.slice(0, rejectedCut);
  const sameBefore =
    chosenCut === rejectedCut && commonPrefixLength(chosenBefore, rejectedBefore) === chosenCut;
  if (!sameBefore) {
    const turn = prompt.length + commonPrefixLength(chosenRest, rejectedRest) + 1;
    problems.push({
      rule: "context-mismatch",
      field: fields.rejectedField,
      message: `${fields.chosenField} and ${fields.rejectedField} differ before their last assistant turn (from turn ${turn}), so the pair does not share one prompt`,
    });
  }
  const response = (rest: Message[], cut: number, field: string): string | undefined => {
    if (cut === rest.length) {
      problems.push({
        rule: "missing-field",
        field,
        message: `${field} has no response after the shared prompt`,
      });
      return undefined;
    }
    return responseText(rest.slice(cut));
  };
  return {
    context: [...prompt, ...chosenBefore],
    chosen: response(chosenRest, chosenCut, fields.chosenField),
    rejected: response(rejectedRest, rejectedCut, fields.rejectedField),
    ...fields,
  };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function normaliseTrlConversational(record: JsonObject, problems: RecordProblem[]): Parts {
  const hasPrompt = record.prompt !== undefined;
  const chosen = readMessages(record, "chosen", "role-content", problems);
  const rejected = readMessages(record, "rejected", "role-content", problems);
  if (!hasPrompt) return splitImplicitPrompt(chosen, rejected, "chosen", "rejected", problems);
  const context =
    typeof record.prompt === "string"
      ? [{ role: "user", content: record.prompt }]
      : readMessages(record, "prompt", "role-content", problems);
  // HuggingFaceH4/ultrafeedback_binarized gives the prompt and whole conversations that repeat it: the
  // responses are what follows the prompt's turns.
  const afterPrompt = (messages: Message[]) =>
    context && context.length > 0 && commonPrefixLength(messages, context) === context.length
      ? messages.slice(context.length)
      : messages;
  if (!chosen || !rejected) {
    return {
      context,
      chosen: chosen ? responseText(afterPrompt(chosen)) : undefined,
      rejected: rejected ? responseText(afterPrompt(rejected)) : undefined,
    };
  }
  return splitResponses(
    context ?? [],
    afterPrompt(chosen),
    afterPrompt(rejected),
    { chosenField: "chosen", rejectedField: "rejected" },
    problems,
  );
}

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

function normaliseShareGpt(record: JsonObject, problems: RecordProblem[]): Parts {
  const context = readMessages(record, "conversations", "from-value", problems);
  if (context && typeof record.system === "string" && record.system !== "") {
    context.unshift({ role: "system", content: record.system });
  }
  const response = (key: "chosen" | "rejected"): string | undefined => {
    if (record[key] === undefined) {
      problems.push({ rule: "missing-field", field: key, message: `the record has no "${key}"` });
      return undefined;
    }
    // MedicalGPT's loader, like LLaMA-Factory's for its own files, takes a response as a message or as
    // its plain text.
    if (typeof record[key] === "string") return record[key];
    return readMessage(record[key], key, "from-value", problems)?.content;
  };
  return { context, chosen: response("chosen"), rejected: response("rejected") };
}

function normaliseOpenAi(record: JsonObject, problems: RecordProblem[]): Parts {
  let context: Message[] | undefined;
  if (!isObject(record.input)) {
    problems.push(
      record.input === undefined
        ? { rule: "missing-field", field: "input", message: `the record has no "input"` }
        : {
            rule: "wrong-type",
            field: "input",
            message: `input should be an object, found ${describeType(record.input)}`,
          },
    );
  } else {
    context = readMessages(record, "messages", "role-content", problems, "input.messages", record.input);
  }
  const output = (key: "preferred_output" | "non_preferred_output"): string | undefined => {
    const messages = readMessages(record, key, "role-content", problems);
    if (!messages) return undefined;
    if (messages.length !== 1 || messages[0]?.role !== "assistant") {
      problems.push({
        rule: "wrong-type",
        field: key,
        message: `${key} should hold exactly one assistant message`,
      });
      return undefined;
    }
    return messages[0].content;
  };
  return { context, chosen: output("preferred_output"), rejected: output("non_preferred_output") };
}

function normaliseKto(record: JsonObject, problems: RecordProblem[]): Parts {
  let context: Message[] | undefined;
  let completion: string | undefined;
  let completionField = "completion";
  if (record.messages !== undefined) {
    const messages = readMessages(record, "messages", "role-content", problems);
    const last = messages?.at(-1);
    if (messages && last?.role === "assistant") {
      context = messages.slice(0, -1);
      completion = last.content;
      completionField = `messages[${messages.length - 1}].content`;
    } else if (messages) {
      problems.push({
        rule: "missing-field",
        field: "messages",
        message: "messages does not end with an assistant turn",
      });
    }
  } else {
    context =
      typeof record.prompt === "string" || record.prompt === undefined
        ? [{ role: "user", content: readString(record, "prompt", problems) ?? "" }]
        : readMessages(record, "prompt", "role-content", problems);
    completion = isMessageList(record.completion)
      ? responseText(readMessages(record, "completion", "role-content", problems) ?? [])
      : readString(record, "completion", problems);
  }
  const label = record.label;
  if (typeof label !== "boolean") {
    // LLaMA-Factory and TRL both need a real boolean: "true" or 1 is silently misread.
    problems.push({
      rule: "wrong-type",
      field: "label",
      message: `label should be true or false, found ${label === undefined ? "nothing" : describeType(label)}: trainers misread "true" and 1`,
    });
    return { context };
  }
  return label
    ? { context, chosen: completion, chosenField: completionField }
    : { context, rejected: completion, rejectedField: completionField };
}
