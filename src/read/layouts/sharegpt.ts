import { type JsonObject, type Parts, type RecordProblem, readMessage, readMessages } from "../messages.js";
import { hasChosenOrRejected, type Layout } from "./layout.js";

// ShareGPT-style preference records (LLaMA-Factory's and MedicalGPT's): `conversations` of
// `{from, value}` turns, an optional `system`, and the two responses.

/** `conversations` plus `chosen` / `rejected`, each a `{from, value}` message or its plain text. */
export const shareGpt: Layout = {
  name: "sharegpt",
  family: "sharegpt",
  paired: true,
  knownAs: "ShareGPT conversations + chosen/rejected",
  keysRead: ["conversations", "system", "chosen", "rejected"],
  detects: (record) => "conversations" in record && hasChosenOrRejected(record),
  normalise: normaliseShareGpt,
};

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
