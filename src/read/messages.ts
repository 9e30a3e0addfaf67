import type { Message } from "../model/example.js";

/**
 * A problem a normaliser found in a record; the check (check/read-file.ts) reports it as a finding of that
 * rule, and its types accept only the reader rules the registry has (rules/registry.ts's ReaderRuleId).
 */
export interface RecordProblem {
  rule: "missing-field" | "wrong-type" | "empty-response" | "context-mismatch" | "unread-prompt-field";
  field: string;
  message: string;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** TRL's test for a conversational field: a list whose first element is an object with `role`. */
export function isMessageList(value: unknown): boolean {
  return Array.isArray(value) && isObject(value[0]) && "role" in value[0];
}

/** How a value reads in a message ("a number", "null", "a list"), for wrong-type findings. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return isMessageList(value) ? "a list of messages" : "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}

/** Reads a field that must be a string, or reports it missing or of the wrong type. */
export function readString(record: JsonObject, key: string, problems: RecordProblem[]): string | undefined {
  const value = record[key];
  if (value === undefined) {
    problems.push({ rule: "missing-field", field: key, message: `the record has no "${key}"` });
    return undefined;
  }
  if (typeof value !== "string") {
    problems.push({
      rule: "wrong-type",
      field: key,
      message: `${key} should be a string, found ${describeType(value)}`,
    });
    return undefined;
  }
  return value;
}

/** ShareGPT's speaker names, mapped to the roles every other shape uses (LLaMA-Factory's mapping). */
const SHAREGPT_ROLES: Record<string, string> = {
  human: "user",
  user: "user",
  gpt: "assistant",
  assistant: "assistant",
  system: "system",
  function_call: "tool_call",
  observation: "tool",
};

export type MessageStyle = "role-content" | "from-value";

/**
 * Reads one message's text. Content may be a string, or a list of typed parts
 * (`{type: "text", text}` in OpenAI's style, `{type: "text", value}` in LLaMA-Factory v1's);
 * parts that are not text (images, audio) are left out of the text.
 */
function messageText(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (content === null) return "";
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === "string") texts.push(part);
    else if (isObject(part)) {
      const text = part.text ?? part.value;
      if ((part.type === undefined || part.type === "text") && typeof text === "string") texts.push(text);
    } else return undefined;
  }
  return texts.join("");
}

/** Reads one message object, or reports why it is not one. */
export function readMessage(
  value: unknown,
  field: string,
  style: MessageStyle,
  problems: RecordProblem[],
): Message | undefined {
  if (!isObject(value)) {
    problems.push({
      rule: "wrong-type",
      field,
      message: `${field} should be a message object, found ${describeType(value)}`,
    });
    return undefined;
  }
  const roleKey = style === "from-value" ? "from" : "role";
  const contentKey = style === "from-value" ? "value" : "content";
  const role = value[roleKey];
  if (role === undefined) {
    problems.push({
      rule: "missing-field",
      field: `${field}.${roleKey}`,
      message: `${field} has no "${roleKey}"`,
    });
    return undefined;
  }
  if (typeof role !== "string") {
    problems.push({
      rule: "wrong-type",
      field: `${field}.${roleKey}`,
      message: `${field}.${roleKey} should be a string, found ${describeType(role)}`,
    });
    return undefined;
  }
  if (!(contentKey in value)) {
    problems.push({
      rule: "missing-field",
      field: `${field}.${contentKey}`,
      message: `${field} has no "${contentKey}"`,
    });
    return undefined;
  }
  const content = messageText(value[contentKey]);
  if (content === undefined) {
    problems.push({
      rule: "wrong-type",
      field: `${field}.${contentKey}`,
      message: `${field}.${contentKey} should be text, found ${describeType(value[contentKey])}`,
    });
    return undefined;
  }
  return { role: style === "from-value" ? (SHAREGPT_ROLES[role] ?? role) : role, content };
}

/** Reads a list of messages; `undefined` (with problems) when it is absent or not a list. */
export function readMessages(
  record: JsonObject,
  key: string,
  style: MessageStyle,
  problems: RecordProblem[],
  fieldPrefix = key,
  container: JsonObject = record,
): Message[] | undefined {
  const value = container[key];
  if (value === undefined) {
    problems.push({
      rule: "missing-field",
      field: fieldPrefix,
      message: `the record has no "${fieldPrefix}"`,
    });
    return undefined;
  }
  if (!Array.isArray(value)) {
    problems.push({
      rule: "wrong-type",
      field: fieldPrefix,
      message: `${fieldPrefix} should be a list of messages, found ${describeType(value)}`,
    });
    return undefined;
  }
  const messages: Message[] = [];
  for (let i = 0; i < value.length; i++) {
    const message = readMessage(value[i], `${fieldPrefix}[${i}]`, style, problems);
    if (message) messages.push(message);
  }
  return messages;
}

export function sameMessage(a: Message, b: Message): boolean {
  return a.role === b.role && a.content === b.content;
}

/** Length of the longest common prefix of two conversations: TRL's implicit-prompt extraction. */
export function commonPrefixLength(a: Message[], b: Message[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameMessage(a[n] as Message, b[n] as Message)) n++;
  return n;
}

/** The context as one text: a lone user turn is itself; anything longer is labelled turn by turn. */
export function renderContext(messages: Message[]): string {
  if (messages.length === 1 && messages[0]?.role === "user") return messages[0].content;
  return messages.map((m) => `${m.role}: ${m.content}`).join("\n\n");
}

/** A response written as turns (several assistant turns, or a completion's messages), as one text. */
export function responseText(messages: Message[]): string {
  return messages.map((m) => m.content).join("\n\n");
}

/** What a shape's normaliser reads from a record: the context turns and the two response texts. */
export interface Parts {
  context?: Message[] | undefined;
  chosen?: string | undefined;
  rejected?: string | undefined;
  chosenField?: string;
  rejectedField?: string;
}
