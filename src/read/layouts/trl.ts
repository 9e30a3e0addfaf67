import type { Message } from "../../model/example.js";
import {
  commonPrefixLength,
  isMessageList,
  type JsonObject,
  type Parts,
  type RecordProblem,
  readMessages,
  readString,
  responseText,
} from "../messages.js";
import { hasChosenOrRejected, type Layout } from "./layout.js";
import { splitImplicitPrompt, splitResponses } from "./split-responses.js";

// TRL's preference layouts: `prompt` / `chosen` / `rejected` as strings (standard), the same without a
// prompt (implicit: the prompt is inside both responses), or as lists of messages (conversational).

/** `prompt`, `chosen` and `rejected` strings. */
export const trlStandard: Layout = {
  name: "trl-standard",
  family: "trl",
  paired: true,
  knownAs: "prompt/chosen/rejected (strings or messages)",
  keysRead: ["prompt", "chosen", "rejected"],
  detects: (record) => hasChosenOrRejected(record) && "prompt" in record,
  normalise: (record, problems) => ({
    context: [{ role: "user", content: readString(record, "prompt", problems) ?? "" }],
    chosen: readString(record, "chosen", problems),
    rejected: readString(record, "rejected", problems),
  }),
};

/** `chosen` and `rejected` strings with no prompt: what is left when no other layout claims a pair. */
export const trlStandardImplicit: Layout = {
  name: "trl-standard-implicit",
  family: "trl",
  paired: true,
  keysRead: ["chosen", "rejected"],
  detects: hasChosenOrRejected,
  normalise: (record, problems) => ({
    chosen: readString(record, "chosen", problems),
    rejected: readString(record, "rejected", problems),
  }),
};

/** `chosen` / `rejected` (and an optional `prompt`) as lists of `{role, content}` messages. */
export const trlConversational: Layout = {
  name: "trl-conversational",
  family: "trl",
  paired: true,
  keysRead: ["prompt", "chosen", "rejected"],
  detects: (record) =>
    hasChosenOrRejected(record) &&
    (isMessageList(record.chosen) || isMessageList(record.rejected) || isMessageList(record.prompt)),
  normalise: normaliseTrlConversational,
};

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
