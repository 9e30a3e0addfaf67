import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { commentForTerminal, EXAMPLE_COMMENT } from "../scripts/demo.js";
import { displayWidth, markdownForTerminal } from "../scripts/markdown-for-terminal.js";

// `npm run demo` speaks to a terminal (issue 19): it prints the comment as GitHub shows it, not its
// Markdown source with `task\-api\-safety` escapes, table pipes and HTML tags.

const committed = async () => (await readFile(EXAMPLE_COMMENT, "utf8")).replace(/^<!--.*-->\n/, "");

describe("the demo's terminal view of the comment", () => {
  it("shows the example comment without Markdown escapes, pipes, tags or comments", async () => {
    const markdown = await committed();
    // The committed comment has all of these: the view must have none.
    expect(markdown).toMatch(/task\\-api\\-safety/);
    expect(markdown).toContain("| `direct_harm` |");
    expect(markdown).toContain("<sub>");
    const view = commentForTerminal(markdown);
    expect(view).not.toMatch(/\\[-_.()]/);
    expect(view).not.toMatch(/<\/?(sub|br)>|<!--|```|\|/);
    expect(view).toContain(
      "  Why it failed: dataset task-api-safety: 1 category off target; 3 findings at error.",
    );
    expect(view).toContain(
      '  • line 6 category: unknown category "social_enginering": did you mean "social_engineering"?',
    );
    expect(view).toContain(
      "  [a chart: Category shares before and after (%) (GitHub draws it from Mermaid)]",
    );
    // <br> puts the quoted text on its own line, under the item.
    expect(view).toMatch(
      /\n {2}• line 7 rejected: chosen and rejected are the same text\n {4}Sure, I'll remind you every hour/,
    );
  });

  it("aligns the category table's columns, counting an emoji as two columns", async () => {
    const view = commentForTerminal(await committed());
    const rows = view.split("\n").filter((line) => /^ {2}(category|direct_harm|edge_cases) /.test(line));
    expect(rows).toHaveLength(3);
    // Right-aligned counts end in the same column; the last column starts in the same column.
    const ends = rows.slice(1).map((row) => displayWidth(row.slice(0, row.indexOf("→") + 5)));
    expect(new Set(ends).size).toBe(1);
    const status = rows.slice(1).map((row) => displayWidth(row.slice(0, row.search(/[✅❌]/))));
    expect(new Set(status).size).toBe(1);
    expect(displayWidth("❌ add 2")).toBe(8);
    expect(displayWidth("ℹ️ x")).toBe(4);
  });

  it("indents every line, so none can start a workflow command, and shows control characters", () => {
    const hostile = "::error::owned\n\n- `\u001b]8;;https://x\u0007link` and ::warning::x<br>::notice::y\n";
    const view = commentForTerminal(hostile);
    for (const line of view.split("\n")) expect(line).not.toMatch(/^::/);
    expect(view).not.toContain("\u001b");
    expect(view).toContain("\\u001b]8;;https://x\\u0007link");
  });

  it("renders headings, bold only when asked, and a plain table", () => {
    const markdown = "### Title\n\n**bold** text\n\n| a | b |\n|---|---:|\n| x | 10 |\n| yy | 2 |\n";
    expect(markdownForTerminal(markdown)).toBe(
      "Title\n═════\n\nbold text\n\na    b\n──  ──\nx   10\nyy   2\n",
    );
    expect(markdownForTerminal("**bold**", { color: true })).toBe("\u001b[1mbold\u001b[0m\n");
  });
});
