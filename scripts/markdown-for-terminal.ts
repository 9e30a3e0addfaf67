// The demo's view of a pull request comment in a terminal: the Markdown as GitHub would show it, in plain
// text. Escapes are gone (`task\-api\-safety` reads task-api-safety), tables are aligned, HTML tags and
// comments are dropped, <br> breaks the line, and a Mermaid chart is named rather than drawn. Every piece of
// text goes through showControls: the comment quotes dataset text, which must not reach a terminal raw.
import MarkdownIt from "markdown-it";
import { showControls } from "../src/report/terminal-safe.js";

export interface TerminalOptions {
  /** Bold headings and **strong** text with ANSI escapes (for a person at a terminal). */
  color?: boolean;
}

const BOLD = "\u001b[1m";
const RESET = "\u001b[0m";

const markdown = new MarkdownIt({ html: true });

type Token = ReturnType<typeof markdown.parse>[number];

export function markdownForTerminal(text: string, options: TerminalOptions = {}): string {
  const tokens = markdown.parse(text, {});
  const blocks: string[] = [];
  const lists: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case "heading_open": {
        const title = inline(tokens[i + 1], options);
        const level = Number(token.tag.slice(1));
        const underline = level <= 3 ? "═" : level === 4 ? "─" : "";
        const shown = options.color ? `${BOLD}${title}${RESET}` : title;
        blocks.push(underline ? `${shown}\n${underline.repeat(displayWidth(title))}` : shown);
        i += 2;
        break;
      }
      case "paragraph_open": {
        const body = inline(tokens[i + 1], options);
        // A paragraph inside a list item continues the item's bullet line.
        const bullet = lists.at(-1);
        if (bullet !== undefined && tokens[i - 1]?.type === "list_item_open") {
          blocks.push(indentAfterFirst(`${bullet}${body}`, " ".repeat(bullet.length)));
        } else if (body.trim() !== "") {
          blocks.push(body);
        }
        i += 2;
        break;
      }
      case "bullet_list_open":
        lists.push(`${"  ".repeat(lists.length)}• `);
        break;
      case "ordered_list_open":
        lists.push(`${"  ".repeat(lists.length)}- `);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "fence":
      case "code_block":
        blocks.push(codeBlock(token));
        break;
      case "html_block": {
        const shown = stripTags(token.content).trim();
        if (shown !== "") blocks.push(showControls(shown));
        break;
      }
      case "table_open": {
        const end = tokens.findIndex((t, j) => j > i && t.type === "table_close");
        blocks.push(table(tokens.slice(i, end), options));
        i = end;
        break;
      }
      case "hr":
        blocks.push("─".repeat(40));
        break;
    }
  }
  return `${blocks.join("\n\n")}\n`;
}

function codeBlock(token: Token): string {
  if (token.info.trim() === "mermaid") {
    const title = /title\s+"([^"]*)"/.exec(token.content)?.[1];
    return `[a chart${title ? `: ${showControls(title)}` : ""} (GitHub draws it from Mermaid)]`;
  }
  return token.content
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `    ${showControls(line)}`)
    .join("\n");
}

/** The text of an inline token: escapes resolved by the parser, links as their text, <br> as a line break. */
function inline(token: Token | undefined, options: TerminalOptions): string {
  let text = "";
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case "text":
      case "code_inline":
        text += showControls(child.content);
        break;
      case "softbreak":
      case "hardbreak":
        text += "\n";
        break;
      case "strong_open":
      case "strong_close":
        if (options.color) text += child.type === "strong_open" ? BOLD : RESET;
        break;
      case "image":
        text += showControls(child.content);
        break;
      case "html_inline":
        if (/^<br\s*\/?>$/i.test(child.content)) text += "\n";
        break;
    }
  }
  return text;
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "");
}

function indentAfterFirst(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** A table with its columns aligned as the Markdown asks (right for `---:`), cells on one line each. */
function table(tokens: Token[], options: TerminalOptions): string {
  const rows: string[][] = [];
  const right: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === "tr_open") rows.push([]);
    if (token.type === "th_open" || token.type === "td_open") {
      const row = rows.at(-1) as string[];
      if (rows.length === 1) right.push(/text-align:\s*right/.test(String(token.attrGet("style") ?? "")));
      row.push(inline(tokens[i + 1], { ...options, color: false }).replace(/\n/g, " "));
    }
  }
  const widths = right.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ""))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => {
        const pad = " ".repeat((widths[column] ?? 0) - displayWidth(cell));
        return right[column] ? `${pad}${cell}` : `${cell}${pad}`;
      })
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [line(header ?? []), rule, ...body.map(line)].join("\n");
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Columns a terminal gives the text: an emoji (✅, ❌, ⚠️) takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    width += /\p{Emoji_Presentation}|\uFE0F/u.test(segment) ? 2 : 1;
  }
  return width;
}
