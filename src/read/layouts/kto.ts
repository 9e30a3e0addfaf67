import type { Message } from "../../model/example.js";
import {
  describeType,
  isMessageList,
  type JsonObject,
  type Parts,
  type RecordProblem,
  readMessages,
  readString,
  responseText,
} from "../messages.js";
import type { Layout } from "./layout.js";

// KTO's unpaired layout (TRL's and LLaMA-Factory's): one completion per record and a boolean `label`
// saying whether it is desirable. A desirable completion becomes the example's chosen, an undesirable one
// its rejected.

/** `prompt` / `completion` (strings or messages), or one `messages` conversation, with a `label`. */
export const kto: Layout = {
  name: "kto",
  family: "kto",
  paired: false,
  knownAs: "KTO prompt/completion/label",
  keysRead: ["prompt", "completion", "messages", "label"],
  detects: (record) => "label" in record && ("completion" in record || "messages" in record),
  normalise: normaliseKto,
};

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
