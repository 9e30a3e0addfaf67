import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { commentForTerminal, EXAMPLE_COMMENT, exampleCommentFile, runDemo } from "../../scripts/demo.js";

// `npm run demo` is the README's quick start: it must keep working, and docs/example-comment.md must be
// what it posts today.
describe("the demo", () => {
  it("runs the bundled action on the example pull request, fails it, and posts the committed example comment", async () => {
    const demo = await runDemo();
    expect(demo.violations).toEqual([]);
    expect(demo.status).toBe(1);
    expect(demo.verdict).toBe(
      "dataset-ci failed: dataset task-api-safety: 1 category off target; 3 findings at error",
    );
    expect(demo.annotations).toContainEqual(
      expect.stringMatching(/^error\s+examples\/data\/new-pairs.jsonl:6\s+unknown-category/),
    );
    expect(demo.annotations).toContainEqual(
      expect.stringMatching(
        /^warning\s+examples\/data\/new-pairs.jsonl:4\s+duplicate-example: .*\/task-api-safety\.jsonl:4$/,
      ),
    );
    expect(await readFile(EXAMPLE_COMMENT, "utf8")).toBe(exampleCommentFile(demo.comment));
    // What the demo prints by default: the comment as GitHub shows it, not its Markdown escapes.
    const view = commentForTerminal(demo.comment);
    expect(view).toContain("Why it failed: dataset task-api-safety: 1 category off target");
    expect(view).not.toMatch(/\\[-_.()]|<sub>|\|/);
  });
});
