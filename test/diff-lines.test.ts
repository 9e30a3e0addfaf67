import { describe, expect, it } from "vitest";
import { parsePatch } from "../src/action/diff-lines.js";

describe("parsePatch", () => {
  it("numbers added and context lines on the new side, across hunks", () => {
    const patch = [
      "@@ -1,3 +1,4 @@",
      " one",
      "-two",
      "+TWO",
      "+two and a half",
      " three",
      "@@ -10,2 +11,3 @@ a heading git shows",
      " ten",
      "+new eleven",
      " eleven",
    ].join("\n");
    expect(parsePatch(patch)).toEqual({ added: [2, 3, 12], commentable: [1, 2, 3, 4, 11, 12, 13] });
  });

  it("reads a new file, a hunk count left out, and a missing end-of-file newline", () => {
    expect(parsePatch("@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file")).toEqual({
      added: [1, 2],
      commentable: [1, 2],
    });
    expect(parsePatch("@@ -5 +5 @@\n-old\n+new")).toEqual({ added: [5], commentable: [5] });
  });

  it("counts an empty context line, and ignores git's header lines before the first hunk", () => {
    const diff = ["diff --git a/x b/x", "--- a/x", "+++ b/x", "@@ -1,3 +1,3 @@", "", "-b", "+B", " c"].join(
      "\n",
    );
    expect(parsePatch(diff)).toEqual({ added: [2], commentable: [1, 2, 3] });
  });

  it("gives nothing for a deletion-only hunk's new side, and nothing for no hunks", () => {
    expect(parsePatch("@@ -3,2 +2,0 @@\n-x\n-y")).toEqual({ added: [], commentable: [] });
    expect(parsePatch("Binary files a/x and b/x differ")).toEqual({ added: [], commentable: [] });
  });
});
