// JSON.parse keeps the last of two equal keys without a word (so do Python's json and most parsers, but not
// all: some keep the first, some refuse). A record with "prompt" twice means different things to
// different tools. Only the record's own keys are checked: they are the fields every tool reads.

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;

/**
 * The keys given more than once in the record's top-level object, or undefined when there is none.
 * A cheap screen first (each key's quoted form found twice anywhere in the text), so the exact walk
 * runs only on the rare record that may have one.
 */
export function duplicateTopLevelKeys(text: string, value: object): string[] | undefined {
  let suspect = false;
  for (const key of Object.keys(value)) {
    const quoted = JSON.stringify(key);
    const first = text.indexOf(quoted);
    if (first !== -1 && text.indexOf(quoted, first + quoted.length) !== -1) {
      suspect = true;
      break;
    }
  }
  if (!suspect) return undefined;
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== QUOTE)
        end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
      if (depth === 1) {
        let next = end + 1;
        while (next < text.length && /\s/.test(text[next] as string)) next++;
        if (text.charCodeAt(next) === COLON) {
          const key = JSON.parse(text.slice(i, end + 1)) as string;
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
