// A value's JSON, `JSON.stringify(value, null, 2)` (or compact) byte for byte, as a sequence of pieces: a
// report of a million examples holds some 140,000 findings, and its JSON as one string (48 MB, then a
// Buffer of it to write) was the largest thing the check ever held. In pieces, it is written as it is made.

/** How the JSON is laid out: JSON.stringify's indentation (2 spaces, as our files are, or none). */
interface Layout {
  indent: string;
  /** What follows an opening bracket and a member's comma: a line break when indented. */
  newline: string;
  /** What separates a key from its value. */
  colon: string;
}

const INDENTED: Layout = { indent: "  ", newline: "\n", colon: ": " };
const COMPACT: Layout = { indent: "", newline: "", colon: ":" };

/**
 * `JSON.stringify(value, null, 2)` (with `compact`, `JSON.stringify(value)`) as pieces whose concatenation
 * is that string. Arrays, and plain objects that hold an array (the report, a file's report, a dataset's),
 * are walked one member at a time; anything else (a finding, a summary) is one `JSON.stringify` of it,
 * re-indented to its depth (JSON text holds a line break only between tokens: strings escape theirs).
 * Yields nothing for what JSON.stringify returns undefined for (undefined, a function).
 */
export function* jsonChunks(value: unknown, options: { compact?: boolean } = {}): Generator<string> {
  const json = toJsonValue(value, "");
  if (isSerialisable(json)) yield* chunksOf(json, "", options.compact ? COMPACT : INDENTED);
}

/** JSON as our files and the CLI's `--format json` hold it: indented by 2 spaces, and a newline. */
export function* jsonFileChunks(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

/** A serialisable value's JSON at the given indentation (its first line's indentation is the caller's). */
function* chunksOf(value: unknown, pad: string, layout: Layout): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    const inner = pad + layout.indent;
    let separator = `[${layout.newline}`;
    for (let i = 0; i < value.length; i++) {
      const item = toJsonValue(value[i], String(i));
      // JSON.stringify writes null for an array's member it cannot serialise.
      yield* member(`${separator}${inner}`, isSerialisable(item) ? item : null, inner, layout);
      separator = `,${layout.newline}`;
    }
    yield `${layout.newline}${pad}]`;
    return;
  }
  if (isWalked(value)) {
    const inner = pad + layout.indent;
    const opening = `{${layout.newline}`;
    let separator = opening;
    for (const key of Object.keys(value)) {
      const item = toJsonValue(value[key], key);
      // JSON.stringify leaves out an object's member it cannot serialise.
      if (!isSerialisable(item)) continue;
      yield* member(`${separator}${inner}${JSON.stringify(key)}${layout.colon}`, item, inner, layout);
      separator = `,${layout.newline}`;
    }
    yield separator === opening ? "{}" : `${layout.newline}${pad}}`;
    return;
  }
  yield leaf(value, pad, layout);
}

/** One member after its prefix: with it in one piece when it is small, else walked. */
function* member(prefix: string, value: unknown, pad: string, layout: Layout): Generator<string> {
  if (Array.isArray(value) || isWalked(value)) {
    yield prefix;
    yield* chunksOf(value, pad, layout);
  } else {
    yield prefix + leaf(value, pad, layout);
  }
}

/** A value not walked: its JSON.stringify text, its lines after the first indented to its depth. */
function leaf(value: unknown, pad: string, layout: Layout): string {
  if (layout.indent === "") return JSON.stringify(value);
  const text = JSON.stringify(value, null, layout.indent);
  return pad === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${pad}`);
}

/** Whether an object is walked member by member: a plain object holding an array (what can grow). */
function isWalked(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) {
    if (Array.isArray((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** A member's value as JSON.stringify sees it: what its toJSON (a Date's, say) returns, if it has one. */
function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && (typeof value === "object" || typeof value === "bigint")) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return toJSON.call(value, key);
  }
  return value;
}

/** Whether JSON.stringify writes anything for a value (it skips undefined, functions and symbols). */
function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}
