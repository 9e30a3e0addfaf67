// JSON.parse keeps the last of two equal keys without a word (so do Python's json and most parsers, but not
// all: some keep the first, some refuse). A record with "prompt" twice means different things to
// different tools. Only the record's own keys are checked: they are the fields every tool reads.
import { isWhitespaceUnit } from "./whitespace.js";

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
/**
 * Most keys the screen's pattern holds. The pattern is an alternation of every key, so its cost grows with
 * the keys times the text: a record of 600,000 keys took 18 s and 1.1 GB. A record with more keys goes
 * straight to the exact walk, which is linear in the text.
 */
export const SCREEN_MAX_KEYS = 64;
let lastKeys: string[] = [];
/** `lastKeys` as they are written in JSON (quoted and escaped): what the screen looks for. */
let lastQuotedKeys: string[] = [];

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The keys given more than once in the record's top-level object, or undefined when there is none.
 * Two cheap screens first, so the exact walk runs only on the rare record that may have one:
 * - any quoted string followed by a colon (`"…":`), counted in one pass over the record's colons: each
 *   key at any depth is one, so a record of flat fields without `":` in its values shows no more than it
 *   has keys and cannot hold a duplicate. On the bench's files this pass costs a third of the next one
 *   (issue 18: 26–29 ms against 74–92 ms per 100k synthetic records, 52 against 112–121 on real text);
 * - the record's own keys as `"key":`, each found with indexOf (a pattern of every key, tried at each
 *   character of the record, cost ten times as much), for records with nested objects or `":` in a value.
 * A duplicate key at the top is one sighting more than there are keys in both counts, so both pass
 * wherever it is: the walk decides.
 */
export function duplicateTopLevelKeys(text: string, value: object): string[] | undefined {
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  if (keys.length > SCREEN_MAX_KEYS) return walkForDuplicates(text);
  if (quotedBeforeColon(text, keys.length + 1) <= keys.length) return undefined;
  // The records of a file share their keys, so the last key set's quoted forms are kept (compared key by
  // key: no string is built per record).
  if (!sameKeys(keys, lastKeys)) {
    lastKeys = keys;
    lastQuotedKeys = keys.map((key) => JSON.stringify(key));
  }
  let sightings = 0;
  for (const quoted of lastQuotedKeys) {
    for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
      let next = at + quoted.length;
      while (next < text.length && isWhitespaceUnit(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === COLON && ++sightings > keys.length) return walkForDuplicates(text);
    }
  }
  return undefined;
}

/** How many colons of the text follow a quote (whitespace between allowed), counting no further than `limit`. */
function quotedBeforeColon(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(":"); at !== -1 && count < limit; at = text.indexOf(":", at + 1)) {
    let before = at - 1;
    while (before >= 0 && isWhitespaceUnit(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === QUOTE) count++;
  }
  return count;
}

/** The keys given more than once in the top-level object of the JSON text: one pass over it. */
function walkForDuplicates(text: string): string[] | undefined {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      let end = i + 1;
      let escaped = false;
      while (end < text.length && text.charCodeAt(end) !== QUOTE) {
        if (text.charCodeAt(end) === BACKSLASH) {
          escaped = true;
          end += 2;
        } else end++;
      }
      if (depth === 1) {
        let next = end + 1;
        while (next < text.length && /\s/.test(text[next] as string)) next++;
        if (text.charCodeAt(next) === COLON) {
          const key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
          if (seen.has(key)) duplicates.add(key);
          seen.add(key);
        }
      }
      i = end;
    } else if (code === 123 || code === 91) depth++;
    else if (code === 125 || code === 93) depth--;
  }
  return duplicates.size > 0 ? [...duplicates] : undefined;
}
