import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingAnchors, headingSlug, isExternal, markdownLinks } from "./support/markdown-links.js";

const ROOT = path.resolve(import.meta.dirname, "..");

/** README.md and every page of docs/, relative to the repository root, with forward slashes. */
async function pages(): Promise<string[]> {
  const docs = (await readdir(path.join(ROOT, "docs"))).filter((name) => name.endsWith(".md")).sort();
  return ["README.md", ...docs.map((name) => `docs/${name}`)];
}

/** Pages of other projects that our comments cite by their own path (not pages of this repository). */
const OTHER_PROJECTS_PAGES = new Set(["docs/problem-matchers.md", "docs/spec.md"]);

/**
 * Why a link of `page` (a repository-relative path) does not land, or null when it does: its file must
 * exist inside the repository and, for a Markdown page, its #fragment must be one of the page's heading
 * anchors. Only files of the repository are read.
 */
async function brokenReason(page: string, target: string, readPage: (file: string) => Promise<string>) {
  const hash = target.indexOf("#");
  const file = hash === -1 ? target : target.slice(0, hash);
  const fragment = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const resolved =
    file === ""
      ? page
      : path.posix.normalize(
          file.startsWith("/")
            ? file.slice(1)
            : path.posix.join(path.posix.dirname(page), decodeURIComponent(file)),
        );
  if (resolved.startsWith("../") || resolved === ".." || path.posix.isAbsolute(resolved))
    return "leaves the repository";
  const found = await stat(path.join(ROOT, resolved)).catch(() => null);
  if (found === null) return `${resolved} does not exist`;
  if (fragment === undefined || !resolved.endsWith(".md")) return null;
  return headingAnchors(await readPage(resolved)).has(fragment)
    ? null
    : `${resolved} has no heading #${fragment}`;
}

const readRepo = (file: string) => readFile(path.join(ROOT, file), "utf8");

describe("GitHub's heading anchors", () => {
  it("are the heading's rendered text, lower-cased, punctuation dropped, spaces made hyphens", () => {
    expect(headingSlug("Platform limits, and how the action degrades")).toBe(
      "platform-limits-and-how-the-action-degrades",
    );
    expect(headingSlug("Annotations from a `run:` step")).toBe("annotations-from-a-run-step");
    expect(headingSlug("What it reads")).toBe("what-it-reads");
    expect(headingSlug("The config's `limits` (and **why**)")).toBe("the-configs-limits-and-why");
    expect(headingSlug("Inputs_and outputs — 2")).toBe("inputs_and-outputs--2");
  });

  it("number a repeated heading -1, -2, and ignore headings inside code blocks", () => {
    const page = "# Usage\n\n## Usage\n\n```sh\n# not a heading\n```\n\n## Usage\n";
    expect([...headingAnchors(page)]).toEqual(["usage", "usage-1", "usage-2"]);
  });
});

describe("the link checker", () => {
  it("finds inline links, images and reference definitions, not links inside code", () => {
    const page = [
      "See [the rules](docs/rules.md#refusal-scope) and ![a chart](chart.png).",
      "`[text](not-a-link.md)` and",
      "```md",
      "[also not](inside-a-fence.md)",
      "```",
      "[ref]: docs/config.md",
      "[out](https://example.com/x.md)",
    ].join("\n");
    expect(markdownLinks(page)).toEqual([
      { target: "docs/rules.md#refusal-scope", line: 1 },
      { target: "chart.png", line: 1 },
      { target: "https://example.com/x.md", line: 7 },
      { target: "docs/config.md", line: 6 },
    ]);
    expect(isExternal("https://example.com/x.md")).toBe(true);
    expect(isExternal("../schema/dataset-ci.schema.json")).toBe(false);
  });

  it("reports a missing file, a missing heading and a link out of the repository", async () => {
    expect(await brokenReason("README.md", "docs/no-such-page.md", readRepo)).toBe(
      "docs/no-such-page.md does not exist",
    );
    expect(await brokenReason("README.md", "docs/action.md#no-such-heading", readRepo)).toBe(
      "docs/action.md has no heading #no-such-heading",
    );
    expect(await brokenReason("docs/cli.md", "../../outside.md", readRepo)).toBe("leaves the repository");
    expect(await brokenReason("docs/cli.md", "../README.md#the-cli", readRepo)).toBeNull();
    expect(await brokenReason("docs/cli.md", "#baseline", readRepo)).toBeNull();
  });
});

describe("the documentation's links", () => {
  it("every relative link of README.md and docs/*.md lands on a file, and a #fragment on a heading", async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of await pages()) {
      for (const link of markdownLinks(await readRepo(page))) {
        if (isExternal(link.target)) continue;
        checked++;
        const reason = await brokenReason(page, link.target, readRepo);
        if (reason !== null) broken.push(`${page}:${link.line} ${link.target}: ${reason}`);
      }
    }
    expect(broken).toEqual([]);
    // The README alone links to every page of docs/ and to a heading of docs/action.md.
    expect(checked).toBeGreaterThan(20);
  });

  it("the README links to every page of docs/", async () => {
    const readme = markdownLinks(await readRepo("README.md")).map((link) => link.target.split("#")[0]);
    const docs = (await pages()).filter((page) => page !== "README.md");
    expect(docs.filter((page) => !readme.includes(page))).toEqual([]);
  });

  it("every docs/*.md page that dataset-ci's messages, action.yml and the schema name exists, with its #heading", async () => {
    const sources = [
      "action.yml",
      "schema/dataset-ci.schema.json",
      ...(await readdir(path.join(ROOT, "src"), { recursive: true }))
        .filter((file) => file.endsWith(".ts"))
        .map((file) => `src/${file.split(path.sep).join("/")}`),
    ];
    const broken: string[] = [];
    const named: string[] = [];
    for (const source of sources) {
      const text = await readRepo(source);
      for (const match of text.matchAll(/(?<![\w/.-])(docs\/[\w.-]+\.md)(#[\w-]+)?/g)) {
        const [, page, fragment = ""] = match;
        if (OTHER_PROJECTS_PAGES.has(page as string)) continue;
        named.push(`${page}${fragment}`);
        const reason = await brokenReason("README.md", `${page}${fragment}`, readRepo);
        if (reason !== null) broken.push(`${source}: ${page}${fragment}: ${reason}`);
      }
    }
    expect(broken).toEqual([]);
    expect(named).toContain("docs/action.md#fork-pull-requests");
    expect(named).toContain("docs/formats.md");
  });
});
