import { readMessages } from "../messages.js";
import type { Layout } from "./layout.js";
import { splitImplicitPrompt } from "./split-responses.js";

// LLaMA-Factory v1's own preference layout: two whole conversations, the prompt being the turns they share.

/** `chosen_messages` and `rejected_messages`, lists of `{role, content}` messages. */
export const llamaFactoryV1: Layout = {
  name: "llamafactory-v1",
  family: "llamafactory-v1",
  paired: true,
  knownAs: "chosen_messages/rejected_messages",
  keysRead: ["chosen_messages", "rejected_messages"],
  detects: (record) => "chosen_messages" in record || "rejected_messages" in record,
  normalise: (record, problems) => {
    const chosen = readMessages(record, "chosen_messages", "role-content", problems);
    const rejected = readMessages(record, "rejected_messages", "role-content", problems);
    return splitImplicitPrompt(chosen, rejected, "chosen_messages", "rejected_messages", problems);
  },
};
