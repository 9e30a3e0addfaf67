import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { isLfsPointerPatch } from "./lfs.js";

const run = promisify(execFile);

/**
 * The lines of a file's new version that a pull request's diff shows, numbered as in the file at head.
 * Plain data (arrays, not sets) so that it can be stored with a report and published later.
 */
export interface FileDiffLines {
  /** Lines the change added or modified (`+` lines). */
  added: number[];
  /**
   * Lines a review comment may sit on with `side: RIGHT`: the added lines and the context lines of each
   * hunk. GitHub rejects a whole review (422) when one comment names a line outside these.
   */
  commentable: number[];
}

/** `@@ -12,3 +14,5 @@ …`: the new side starts at 14 and spans 5 lines (a count of 1 may be left out). */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads a unified diff of one file (the `patch` of GitHub's "List pull request files", or `git diff`
 * output, whose header lines before the first hunk are skipped). Each hunk is read for exactly the
 * number of lines its header counts, so a blank line or a "\ No newline at end of file" marker cannot
 * shift the numbering.
 */
export function parsePatch(patch: string): FileDiffLines {
  const added: number[] = [];
  const commentable: number[] = [];
  const lines = patch.split("\n");
  let i = 0;
  while (i < lines.length) {
    const header = HUNK_HEADER.exec(lines[i] as string);
    i++;
    if (!header) continue;
    let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
    let newLeft = header[4] === undefined ? 1 : Number(header[4]);
    let newLine = Number(header[3]);
    while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
      const line = lines[i] as string;
      const kind = line[0];
      if (kind === "+") {
        added.push(newLine);
        commentable.push(newLine);
        newLine++;
        newLeft--;
      } else if (kind === "-") {
        oldLeft--;
      } else if (kind === "\\") {
        // "\ No newline at end of file": about the line before, counts toward neither side.
      } else if (line.startsWith("@@")) {
        break; // a hunk shorter than its header said: trust the next header
      } else {
        // A context line (" text", or "" where a tool dropped the space of an empty line).
        commentable.push(newLine);
        newLine++;
        newLeft--;
        oldLeft--;
      }
      i++;
    }
  }
  return { added, commentable };
}

/**
 * The lines `range` (`base...head` or `base..head`) added to one file, from `git diff` in the workspace:
 * for files GitHub gave no patch for (large or binary) and for pushes. A renamed file is diffed from its
 * `previous` path, so a pure rename adds no line. Null when git cannot tell.
 */
export async function gitDiffLines(
  workspace: string,
  range: string,
  file: string,
  previous?: string,
): Promise<FileDiffLines | null> {
  try {
    const paths = previous === undefined ? [file] : [previous, file];
    const { stdout } = await run(
      "git",
      [
        "-C",
        workspace,
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--find-renames",
        "--unified=0",
        range,
        "--",
        ...paths,
      ],
      { maxBuffer: 256 * 1024 * 1024 },
    );
    // A binary file (Parquet, a compressed file) has no lines to tell apart; an LFS file's diff is its
    // pointer's.
    if (/^Binary files .* differ$/m.test(stdout) || isLfsPointerPatch(stdout)) return null;
    return parsePatch(stdout);
  } catch {
    return null;
  }
}
