import { writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { defaultConfig, parseConfig } from "../src/config/config.js";
import { assignDatasets } from "../src/config/discover.js";
import { SEVERITY_RANK } from "../src/model/finding.js";
import { codeSpan, markdownText } from "../src/report/markdown-safe.js";
import { REPORT_MARKER } from "../src/report/render-markdown.js";
import { terminalSafe } from "../src/report/terminal-safe.js";
import { GOOD_PAIR, tempDir } from "./helpers/run-check.js";

// Properties over generated input (fast-check): what must hold for every input, not only the catalogue's.
// A failure prints the shrunk counterexample and the seed to replay it.

/** Pieces that steer random bytes toward the readers' edge cases: structure, encodings, limits. */
const PIECES = [
  "{",
  "}",
  "[",
  "]",
  '"',
  ",",
  ":",
  "\n",
  "\r\n",
  "\\",
  "\\u",
  "\\ud800",
  "NaN",
  "-Infinity",
  "\uFEFF",
  "\u0000",
  '"prompt":',
  '"chosen":',
  '"rejected":',
  '"messages":[{"role":"user","content":"x"}]',
  "prompt,chosen,rejected\n",
  JSON.stringify(GOOD_PAIR),
  "version https://git-lfs.github.com/spec/v1\n",
].map((piece) => Buffer.from(piece));

const fileBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ maxLength: 40 }).map((text) => Buffer.from(text)),
    ),
    { maxLength: 60 },
  )
  .map((pieces) => Buffer.concat(pieces));

/** The lines a finding may name in a file: 1 to the number of lines (an empty file still has line 1). */
function lineCount(bytes: Buffer): number {
  let lines = 1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return lines;
}

const SMALL_LIMITS = "limits:\n  max-line-bytes: 1024\n  max-findings-per-rule: 5\n";

describe("readers and engine, on arbitrary bytes", () => {
  it("never crash, every finding points at a line that exists, and the summary's counts add up", async () => {
    const dir = await tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fileBytes,
        fc.constantFrom("data.jsonl", "data.json", "data.csv"),
        fc.boolean(),
        async (bytes, name, small) => {
          const file = `${run++}-${name}`;
          await writeFile(path.join(dir, file), bytes);
          const config = small ? parseConfig(SMALL_LIMITS, "t.yml") : defaultConfig();
          const report = await check({
            config,
            fingerprints: true,
            datasets: await assignDatasets(config, [file], dir),
          });
          const lines = lineCount(bytes);
          for (const finding of report.files.flatMap((f) => f.findings)) {
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.line).toBeLessThanOrEqual(lines);
          }
          const all = [...report.files, ...report.datasets].flatMap((f) => f.findings);
          const { summary } = report;
          expect(summary.errors + summary.warnings + summary.notices + summary.baselined).toBe(all.length);
          expect(summary.errors).toBe(all.filter((f) => f.severity === "error" && !f.baselined).length);
          expect(summary.examples).toBe(report.files.reduce((n, f) => n + f.examples, 0));
          // Passed exactly when no finding the baseline does not accept reaches fail-on.
          const threshold =
            config.failOn === "never" ? Number.POSITIVE_INFINITY : SEVERITY_RANK[config.failOn];
          expect(report.passed).toBe(all.every((f) => f.baselined || SEVERITY_RANK[f.severity] < threshold));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

const render = (markdown: string) => new MarkdownIt({ html: true, linkify: true }).render(markdown);

/** Text an attacker would write: markup, mentions, links, workflow commands, our marker, any code point. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<",
        ">",
        "<img src=x>",
        "<!--",
        "-->",
        REPORT_MARKER,
        "<!-- dataset-ci",
        ":report -->",
        "@",
        "@alice",
        "#12",
        "GH-3",
        "https://",
        "www.",
        "[a](b)",
        "![i](j)",
        "`",
        "``",
        "*",
        "_",
        "|",
        "\\",
        "\n",
        "\r\n",
        "::error::",
        "::add-mask::",
        "\u2028",
        "\u202e",
        "\ud800",
      ),
      fc.string({ maxLength: 20, unit: "binary" }),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(""));

describe("the Markdown escaper, on arbitrary strings", () => {
  it("markdownText renders as one inert paragraph: no tag, mention, link, workflow command or marker", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = markdownText(text);
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029]/); // one line: no `::command` can start a line
        expect(escaped).not.toContain(REPORT_MARKER);
        const html = render(`before ${escaped} after`);
        expect(html).toMatch(/^<p>before [\s\S]* after<\/p>\n$/);
        expect(html).not.toMatch(/<(?!\/?p>)[a-z!]/i); // no element, no comment, but the paragraph
        expect(html).not.toMatch(/(^|[^\w\u200b])@[a-z0-9]/i); // no mention
        expect(html).not.toMatch(/#\d|(^|\W)GH-\d/i); // no issue reference (GitHub links GH-1 at a word's start)
        // Nothing GitHub would autolink: a scheme's "://", or "www." where GFM starts one (after a space, *, _, ~ or ().
        expect(html).not.toContain("://");
        expect(html).not.toMatch(/(^|[\s*_~(])www\./i);
      }),
      { numRuns: 1000 },
    );
  });

  it("codeSpan renders as one code span, and never holds or forges our marker", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, inTable) => {
        const span = codeSpan(text, 160, { inTable });
        expect(span).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(span).not.toContain("<!--");
        expect(span).not.toContain("-->");
        const html = render(`before ${span} after`);
        expect(html).toMatch(/^<p>before (<code>[\s\S]*<\/code>|<em>\(empty\)<\/em>) after<\/p>\n$/);
        expect(html.replace(/<\/?(p|code|em)>/g, "")).not.toMatch(/<[a-z!]/i);
      }),
      { numRuns: 1000 },
    );
  });

  it("terminalSafe leaves no control character, line break or lone surrogate, and bounds the length", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const safe = terminalSafe(text, max);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence is the point.
        expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(safe).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(safe.length).toBeLessThanOrEqual(max * 7 + 1); // each kept character at most "\\u0000"
      }),
      { numRuns: 1000 },
    );
  });
});
