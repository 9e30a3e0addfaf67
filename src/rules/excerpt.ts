/** How much of a text a finding quotes: enough to recognise it, bounded so reports stay small. */
export const EXCERPT_CHARS = 120;

/** A bounded piece of `text` around `index` (the start of what fired), with ellipses where it was cut. */
export function excerptAt(text: string, index = 0, length = EXCERPT_CHARS): string {
  const start = Math.max(0, Math.min(index - 30, text.length - length));
  const end = Math.min(text.length, start + length);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

/** A value from the data quoted inside a message, bounded so a hostile value cannot bloat the report. */
export function quoted(value: string, max = 60): string {
  return `"${value.length > max ? `${value.slice(0, max)}…` : value}"`;
}
