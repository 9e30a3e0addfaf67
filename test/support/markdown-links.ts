// Relative links of the repository's Markdown pages, and the anchors GitHub gives their headings, so a
// test can prove every link of README.md and docs/*.md lands on a file and heading that exist.

/** A link written in a Markdown page: its target as written, and the 1-based line it is on. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/** The page with its fenced code blocks (``` or ~~~) blanked, line breaks kept. */
function withoutFences(markdown: string): string {
  let fence: string | null = null;
  const lines = markdown.split("\n").map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (opening === undefined) return line;
      fence = opening;
      return "";
    }
    const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
    if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length) fence = null;
    return "";
  });
  return lines.join("\n");
}

/** The page with its fenced code blocks and inline code spans blanked, line breaks kept. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/(?<!`)(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) =>
    span.replace(/[^\n]/g, " "),
  );
}

/**
 * Every inline link and image (`[text](target)`, `![alt](target)`) and reference definition
 * (`[label]: target`) outside code, with its line.
 */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const text = withoutCode(markdown);
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const links: MarkdownLink[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1] as string, line: lineOf(match.index) });
  }
  for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    links.push({ target: match[1] as string, line: lineOf(match.index) });
  }
  return links;
}

/** Whether a link leaves the repository: a scheme (https:, mailto:) or a protocol-relative `//host`. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}

/**
 * The anchor GitHub gives a heading (github-slugger, the slugger GitHub's renderer follows): the heading's
 * text as rendered (code spans, emphasis and links reduced to their text), lower-cased, every character but
 * letters, marks, digits, connector punctuation (`_`), hyphens and spaces removed, spaces made hyphens.
 */
export function headingSlug(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/(\*\*|__|\*|_)(\S(?:[\s\S]*?\S)?)\1/g, "$2")
    .replace(/<[^>]+>/g, "");
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of a page's ATX headings (`## Title`), outside code; a repeated slug gets -1, -2, … as on GitHub. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutFences(markdown).matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const slug = headingSlug(match[1] as string);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
