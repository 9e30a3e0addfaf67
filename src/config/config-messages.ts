import type { z } from "zod";
import { didYouMean } from "../rules/did-you-mean.js";

/**
 * Config errors that teach: each zod issue becomes one sentence that names the key path, what the key
 * accepts (the valid values of an enum or preset, the alternatives of a union), the value given (a short
 * quote) and, for a near miss, the value or key the user probably meant.
 */

/** How much of a given value a message quotes: enough to recognise it, never a whole pasted text. */
const QUOTED_CHARACTERS = 40;

/** Rule ids are too many to list in one message: the message points at the list instead. */
const LISTED_KEYS = 12;

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return joinList(items, "or");
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return joinList(items, "and");
}

function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/** A given value, quoted for a message: strings JSON-quoted and bounded, others by their kind. */
export function quoteValue(value: unknown): string {
  if (typeof value === "string") {
    const bounded = value.length > QUOTED_CHARACTERS ? `${value.slice(0, QUOTED_CHARACTERS)}…` : value;
    return JSON.stringify(bounded);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** `(did you mean "x"?)` for a near miss among the valid names, else "". */
export function didYouMeanNote(given: unknown, valid: readonly string[], quote = '"'): string {
  if (typeof given !== "string") return "";
  const nearest = didYouMean(given, [...valid]);
  if (nearest === undefined || nearest === given) return "";
  return ` (did you mean ${quote}${nearest}${quote}?)`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

export interface IssueContext {
  /** The config as read from YAML, before validation: the value an issue is about is looked up in it. */
  input: unknown;
  /** The keys the schema allows at a path, for an unknown key. */
  knownKeysAt: (path: readonly PropertyKey[]) => string[];
}

/** One zod issue as sentences (several for a union whose chosen branch has several problems). */
export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): string {
  return describeAt(issue, [], context);
}

function describeAt(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], context: IssueContext): string {
  const path = [...prefix, ...issue.path];
  const at = formatPath(path) || "(top level)";
  const given = valueAt(context.input, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => unknownKey(path, key, context.knownKeysAt(path))).join("; ");
    case "invalid_value": {
      const valid = issue.values.map(String);
      // A schema's own message may name fewer values than it accepts (an old spelling kept working).
      const expected = /^Invalid option\b/.test(issue.message)
        ? `should be ${valid.length === 1 ? valid[0] : `one of ${orList(valid)}`}`
        : issue.message;
      return `${at}: ${expected}, not ${quoteValue(given)}${didYouMeanNote(given, valid)}`;
    }
    case "invalid_union":
      return describeUnion(issue, path, given, context);
    case "invalid_type":
      if (given === undefined)
        return `${at}: missing: should be ${expectedNoun(issue.expected, path, context)}`;
      return `${at}: should be ${expectedNoun(issue.expected, path, context)}, not ${quoteValue(given)}`;
    case "too_small":
    case "too_big":
      // A bound with its own message ("a share cannot exceed 100%") says it better than the number.
      if (!/^Too (small|big)\b/.test(issue.message)) return `${at}: ${issue.message}`;
      return `${at}: ${sizeBound(issue)}${typeof given === "number" ? `, not ${given}` : ""}`;
    case "invalid_format":
      // A pattern's own message says what is wanted ("a share: a fraction such as 0.25 …").
      return `${at}: ${/^should\b/.test(issue.message) ? "" : "should be "}${issue.message}, not ${quoteValue(given)}`;
    case "invalid_key": {
      // The issue's path ends in the key itself: the message is about the mapping that holds it.
      const key = String(path.at(-1));
      const inner = issue.issues.map((i) =>
        i.code === "invalid_format" ? `should be ${i.message}` : i.message,
      );
      return `${formatPath(path.slice(0, -1)) || "(top level)"}: the key ${quoteValue(key)} ${inner.join("; ")}`;
    }
    default:
      return `${at}: ${issue.message}`;
  }
}

function unknownKey(path: readonly PropertyKey[], key: string, valid: string[]): string {
  const where = path.length > 0 ? `${formatPath(path)}.${key}` : key;
  const note = didYouMeanNote(key, valid);
  if (note !== "") return `${where}: unknown key${note}`;
  if (valid.length === 0) return `${where}: unknown key`;
  if (valid.length > LISTED_KEYS) return `${where}: unknown key (\`dataset-ci rules\` lists the rule ids)`;
  return `${where}: unknown key (valid here: ${orList(valid)})`;
}

/**
 * A union (a preset or a number; a severity or a mapping of options; a glob or a list of globs). When the
 * value has the type of one alternative and fails inside it (a mapping with a bad option, a number below
 * the minimum), that alternative's problems are the ones to tell; otherwise every alternative is named.
 */
function describeUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: readonly PropertyKey[],
  given: unknown,
  context: IssueContext,
): string {
  const at = formatPath(path) || "(top level)";
  const mismatch = (inner: z.core.$ZodIssue) =>
    inner.path.length === 0 && (inner.code === "invalid_type" || inner.code === "invalid_value");
  const entered = issue.errors.filter((branch) => branch.length > 0 && !branch.every(mismatch));
  if (entered.length === 1 && entered[0]) {
    return entered[0].map((inner) => describeAt(inner, path, context)).join("; ");
  }
  const values: string[] = [];
  const nouns: string[] = [];
  for (const branch of issue.errors) {
    for (const inner of branch.filter((i) => i.path.length === 0)) {
      if (inner.code === "invalid_value") values.push(...inner.values.map(String));
      else if (inner.code === "invalid_type") nouns.push(expectedNoun(inner.expected, path, context));
    }
  }
  const alternatives =
    values.length === 0
      ? orList(nouns)
      : nouns.length === 0
        ? `one of ${orList(values)}`
        : `one of ${values.join(", ")}, or ${orList(nouns)}`;
  if (given === undefined) return `${at}: missing: should be ${alternatives}`;
  const unquote =
    typeof given === "string" &&
    given.trim() !== "" &&
    Number.isFinite(Number(given)) &&
    nouns.some((n) => /number/.test(n))
      ? " (write the number without quotes)"
      : "";
  return `${at}: should be ${alternatives}, not ${quoteValue(given)}${unquote || didYouMeanNote(given, values)}`;
}

function expectedNoun(expected: string, path: readonly PropertyKey[], context: IssueContext): string {
  switch (expected) {
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "string":
      return "a string";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object": {
      const keys = context.knownKeysAt(path);
      return keys.length > 0 && keys.length <= LISTED_KEYS
        ? `a mapping (keys: ${keys.join(", ")})`
        : "a mapping";
    }
    default:
      return expected;
  }
}

function sizeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum).toLocaleString("en-US");
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "array") {
    if (issue.code === "too_small")
      return bound === "1" ? "should not be an empty list" : `should list at least ${bound} items`;
    return `should list at most ${bound} items`;
  }
  if (issue.origin === "string") {
    return issue.code === "too_small" && bound === "1"
      ? "should not be empty"
      : `should be ${issue.code === "too_small" ? "at least" : "at most"} ${bound} characters long`;
  }
  if (issue.code === "too_small") return `should be ${inclusive ? "at least" : "more than"} ${bound}`;
  return `should be ${inclusive ? "at most" : "less than"} ${bound}`;
}

/** The raw value at a key path of the YAML input, or undefined when the path leads nowhere. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
