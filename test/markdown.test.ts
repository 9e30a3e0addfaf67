import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { planAnnotations } from "../src/report/annotations.js";
import { codeSpan, markdownText } from "../src/report/markdown-safe.js";
import { prioritise } from "../src/report/prioritise.js";
import { REPORT_MARKER, renderMarkdown } from "../src/report/render-markdown.js";

const render = (markdown: string) => new MarkdownIt({ html: true, linkify: true }).render(markdown);

const HOSTILE = [
  '<img src="https://evil.example/x.png">',
  "<details open><summary>x</summary>",
  "@octo-org/team and @alice",
  "fixes #12, GH-3, octo/repo#4",
  "[link](https://evil.example) ![img](https://evil.example/i.png)",
  "https://evil.example/bare www.evil.example mail@evil.example",
  "**bold** _em_ `code` ``` fence",
  "# heading",
  "- list",
  "| a | b |",
  REPORT_MARKER,
  "-->",
  "line one\nline two\r\n::error::x",
];

describe("markdownText", () => {
  it.each(HOSTILE)("renders %j as inert text", (text) => {
    const html = render(`before ${markdownText(text)} after`);
    expect(html).toMatch(/^<p>before .* after<\/p>\n$/s);
    expect(html).not.toMatch(/<(?!\/?p>)[a-z]/i); // no element but the paragraph
    const shown = html.replace(/<\/?p>/g, "").replace(/\u200b/g, "");
    // What a reader sees is the text itself (entities decoded), on one line.
    expect(decode(shown)).toContain(text.split(/\r?\n/)[0]?.slice(0, 20));
    expect(html).not.toMatch(/(^|[^\w\u200b])@[a-z0-9]/i);
    expect(html).not.toMatch(/#\d|GH-\d/i);
    expect(html).not.toContain("<!--");
  });

  it("bounds the length", () => {
    expect(markdownText("x".repeat(1000), 50).length).toBeLessThan(60);
  });
});

describe("codeSpan", () => {
  it.each(HOSTILE)("shows %j verbatim inside code, and nothing else", (text) => {
    const html = render(`before ${codeSpan(text)} after`);
    expect(html).toMatch(/^<p>before <code>.*<\/code> after<\/p>\n$/s);
    expect(html).not.toContain("<!--");
  });

  it("survives backticks at the edges and inside", () => {
    expect(render(codeSpan("`a``b`"))).toBe("<p><code>`a``b`</code></p>\n");
  });

  it("escapes the pipe inside a table cell", () => {
    const html = render(`| h |\n|---|\n| ${codeSpan("a|b", 60, { inTable: true })} |`);
    expect(html).toContain("<td><code>a|b</code></td>");
  });

  it("shows an empty value as such", () => {
    expect(codeSpan("")).toBe("*(empty)*");
  });
});

function finding(rule: string, severity: Finding["severity"], line: number): Finding {
  return { rule, severity, line, message: `${rule} at ${line}` };
}

function report(files: Record<string, Finding[]>, datasetFindings: Finding[] = []): Report {
  return {
    version: 1,
    passed: false,
    "fail-on": "error",
    summary: {
      files: Object.keys(files).length,
      examples: 100,
      errors: 0,
      warnings: 0,
      notices: 0,
      baselined: 0,
    },
    files: Object.entries(files).map(([path, findings]) => ({
      path,
      container: "jsonl",
      compression: null,
      shape: "trl-standard",
      examples: 50,
      findings,
      notes: [],
    })),
    datasets: [
      {
        name: "d",
        files: Object.keys(files),
        examples: 100,
        "min-size": 50,
        categorised: 0,
        categories: [],
        findings: datasetFindings,
      },
    ],
  };
}

describe("prioritise and the annotation budget", () => {
  const noisy = Array.from({ length: 40 }, (_, i) => finding("invalid-json", "error", i + 1));
  const big = report(
    {
      "a.jsonl": [...noisy, finding("chosen-vague", "warning", 3)],
      "b.jsonl": [finding("identical-responses", "error", 7), finding("chosen-lecturing", "notice", 9)],
    },
    [finding("min-size", "error", 0)],
  );

  it("puts the gates first, then takes one of each file and rule in turn, most severe first", () => {
    const order = prioritise(big).map((p) => `${p.file ?? "dataset"}:${p.finding.rule}:${p.finding.line}`);
    expect(order.slice(0, 5)).toEqual([
      "dataset:min-size:0",
      "a.jsonl:invalid-json:1",
      "b.jsonl:identical-responses:7",
      "a.jsonl:invalid-json:2",
      "a.jsonl:invalid-json:3",
    ]);
    expect(order.indexOf("a.jsonl:chosen-vague:3")).toBe(42);
    expect(order.at(-1)).toBe("b.jsonl:chosen-lecturing:9");
  });

  it("spends at most 10 a level, within the total, and counts the rest", () => {
    const plan = planAnnotations(big, 30);
    const levels = plan.chosen.map((p) => p.finding.severity);
    expect(levels.filter((l) => l === "error")).toHaveLength(10);
    expect(levels.filter((l) => l === "warning")).toHaveLength(1);
    expect(levels.filter((l) => l === "notice")).toHaveLength(1);
    expect(plan.notShown).toBe(44 - 12);
    expect(
      planAnnotations(big, 30, { warning: 10 }).chosen.some((p) => p.finding.severity === "warning"),
    ).toBe(false);
    expect(planAnnotations(big, 5).chosen).toHaveLength(5);
  });
});

describe("renderMarkdown", () => {
  const many = report({
    "a.jsonl": Array.from({ length: 2000 }, (_, i) => ({
      ...finding("invalid-json", "error", i + 1),
      excerpt: "x".repeat(100),
    })),
  });
  const options = (limit: number) => ({
    scope: "this pull request",
    notes: [],
    limit,
    measure: (text: string) => text.length,
    fullReport: "See the job summary.",
  });

  it("keeps everything when it fits", () => {
    const small = renderMarkdown(
      report({ "a.jsonl": [finding("invalid-json", "error", 1)] }),
      options(65_536),
    );
    expect(small).toMatchObject({ shown: 1, total: 1 });
    expect(small.text.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(small.text).not.toContain("Shortened");
  });

  it("shortens to the limit, keeps as many findings as fit, and says so", () => {
    for (const limit of [65_536, 10_000, 2_000]) {
      const shortened = renderMarkdown(many, options(limit));
      expect(shortened.text.length).toBeLessThanOrEqual(limit);
      expect(shortened.shown).toBeLessThan(2000);
      expect(shortened.text).toContain(
        `**Shortened:** ${shortened.shown.toLocaleString("en-US")} findings of 2,000 shown here`,
      );
      // One more finding would not have fitted.
      expect(shortened.text.length + 150).toBeGreaterThan(limit);
    }
  });

  it("cuts at a line when even the datasets do not fit", () => {
    const text = renderMarkdown(many, options(300)).text;
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toContain("cut short");
  });
});

function decode(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
