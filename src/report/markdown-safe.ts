import { terminalSafe } from "./terminal-safe.js";

// Dataset text, file names and config values from a pull request are untrusted. In a comment or a job
// summary they must render as inert text: no HTML, no image, no link, no @mention, no #123 reference, no
// Markdown structure, and never a copy of our own hidden marker.

const ZERO_WIDTH_SPACE = "\u200b";

/** Breaks HTML comment delimiters, so no text can open, close or forge a hidden marker like ours. */
function breakCommentDelimiters(text: string): string {
  return text.replaceAll("<!--", `<!-${ZERO_WIDTH_SPACE}-`).replaceAll("-->", `-${ZERO_WIDTH_SPACE}->`);
}

/** ASCII punctuation that Markdown gives a meaning to; a backslash makes each literal (CommonMark §2.4). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~=^$]/g;

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Untrusted text as inline Markdown prose: one line, bounded, every Markdown and HTML character literal,
 * and the patterns GitHub turns into links after rendering (mentions, issue references, bare URLs) broken
 * with a zero-width space, which the reader does not see.
 */
export function markdownText(text: string, max = 300): string {
  return (
    terminalSafe(text, max)
      .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
      .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
      // @user, @org/team and e-mail addresses: GitHub links an @ followed by a name.
      .replaceAll("@", `@${ZERO_WIDTH_SPACE}`)
      // #123, GH-123: issue and pull request references (the # is already escaped as \#).
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/\b(GH)\\-(?=\d)/gi, `$1\\-${ZERO_WIDTH_SPACE}`)
      // Bare URLs: GitHub autolinks "scheme://" and "www." wherever they stand.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      // Every "www.", not only at a word boundary: GFM autolinks it after "_" too, a word character.
      .replace(/www\\\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}\\.`)
  );
}

/**
 * Untrusted text as an inline code span: shown verbatim (so a reader sees exactly what the data says)
 * but never rendered. The fence is longer than any run of backticks inside; in a table cell the pipe is
 * escaped, which GFM requires even inside code.
 */
export function codeSpan(text: string, max = 160, options: { inTable?: boolean } = {}): string {
  let safe = breakCommentDelimiters(terminalSafe(text, max));
  if (options.inTable) safe = safe.replaceAll("|", "\\|");
  if (safe.trim() === "") return safe === "" ? "*(empty)*" : `\`${"␠".repeat(Math.min(safe.length, 10))}\``;
  const longestRun = Math.max(0, ...[...safe.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") || safe.startsWith(" ") || safe.endsWith(" ");
  return pad ? `${fence} ${safe} ${fence}` : `${fence}${safe}${fence}`;
}

/** A path segment or other value for a URL we build: percent-encoded, so it cannot leave its place. */
export function urlPath(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

/**
 * The opening and closing fence of a fenced code block that holds `text` verbatim: longer than any run
 * of backticks in it, so no line of the text can close the block (CommonMark §4.5).
 */
export function codeFence(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longestRun + 1));
}
