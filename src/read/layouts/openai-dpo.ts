import type { Message } from "../../model/example.js";
import {
  describeType,
  isObject,
  type JsonObject,
  type Parts,
  type RecordProblem,
  readMessages,
} from "../messages.js";
import type { Layout } from "./layout.js";

// OpenAI's preference fine-tuning layout: `input.messages`, then one assistant message on each side.

/** `input` (with its `messages`), `preferred_output` and `non_preferred_output`. */
export const openAiDpo: Layout = {
  name: "openai-dpo",
  family: "openai-dpo",
  paired: true,
  knownAs: "OpenAI input/preferred_output/non_preferred_output",
  keysRead: ["input", "preferred_output", "non_preferred_output"],
  detects: (record) => "preferred_output" in record || "non_preferred_output" in record,
  normalise: normaliseOpenAi,
};

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
