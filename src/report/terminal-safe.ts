// C0 and C1 controls, DEL, line/paragraph separators, and bidi embeddings/overrides/isolates.
// Lone surrogates too: a terminal or log would show them as U+FFFD, hiding what the data holds.
const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const VISIBLE: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes untrusted text safe for one line of a terminal or a CI log: line breaks and other control
 * characters become visible escapes (so no line can start with a `::` workflow command, and no ANSI
 * sequence can repaint the screen), bidirectional overrides are shown, and the length is bounded.
 */
export function terminalSafe(text: string, max = 300): string {
  // Never cut a surrogate pair in half: that would make a lone surrogate of an emoji.
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  const bounded = text.length > max ? `${text.slice(0, end)}…` : text;
  return showControls(bounded);
}

/**
 * Replaces every control character, line break, bidi override and lone surrogate with a visible escape
 * (`\\u001b`), without bounding the length: for a file name in an annotation's `file=`, where a raw ESC
 * or OSC sequence would reach the log and the terminal of whoever reads it.
 */
export function showControls(text: string): string {
  return text.replace(
    UNSAFE_CHARACTERS,
    (char) => VISIBLE[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
