import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type FileDiffLines, gitDiffLines, parsePatch } from "./diff-lines.js";
import type { Trigger } from "./event.js";
import { describeFailure, type Octokit } from "./github.js";
import { listPullFiles, type PullFile } from "./github-answers.js";
import { PULL_FILES_MAX } from "./limits.js";

const run = promisify(execFile);

/** The files a change touched and still has (removed files are not checked), and how they were found. */
export interface ChangedFiles {
  /** Paths relative to the repository root, forward slashes; null means "every dataset file". */
  files: string[] | null;
  /** Said in the log, the summary and the comment when the list did not come the usual way. */
  note?: string;
  /**
   * The diff lines of each changed file GitHub gave a patch for (none for large or binary files, none
   * when the list came from git): where review comments may go.
   */
  patches?: Record<string, FileDiffLines>;
}

/** PR file statuses whose file exists at head (REST "List pull requests files": `status`). */
const PRESENT_AT_HEAD = new Set(["added", "modified", "renamed", "copied", "changed"]);

export async function pullRequestFiles(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  trigger: Extract<Trigger, { kind: "pull-request" }>,
  workspace: string,
): Promise<ChangedFiles> {
  const fromGit = async (why: string): Promise<ChangedFiles> => {
    try {
      const files = await gitChangedFiles(workspace, trigger.baseSha, trigger.headSha, "merge-base");
      return { files, note: `${why}: the changed files were taken from git diff of base and head` };
    } catch (error) {
      return {
        files: null,
        note: `${why}, and git diff failed too (${describeFailure(error)}): checked every dataset file`,
      };
    }
  };
  if (trigger.changedFiles !== undefined && trigger.changedFiles > PULL_FILES_MAX) {
    return fromGit(
      `the pull request changes ${trigger.changedFiles} files, past the ${PULL_FILES_MAX} GitHub lists`,
    );
  }
  let listed: PullFile[];
  try {
    // Validated: an empty, cut-off or malformed answer is a fault, never "no files changed".
    listed = await listPullFiles(octokit, repository, trigger.number);
  } catch (error) {
    return fromGit(`GitHub did not list the pull request's files (${describeFailure(error)})`);
  }
  if (listed.length >= PULL_FILES_MAX) {
    return fromGit(`GitHub lists at most ${PULL_FILES_MAX} files of a pull request`);
  }
  const present = listed.filter((file) => PRESENT_AT_HEAD.has(file.status));
  const patches: Record<string, FileDiffLines> = {};
  for (const file of present) {
    if (file.patch !== undefined) patches[file.filename] = parsePatch(file.patch);
  }
  return { files: present.map((file) => file.filename), patches };
}

export async function pushFiles(workspace: string, before: string, after: string): Promise<ChangedFiles> {
  try {
    return { files: await gitChangedFiles(workspace, before, after, "direct") };
  } catch (error) {
    return {
      files: null,
      note: `git diff of the push failed (${describeFailure(error)}): checked every dataset file`,
    };
  }
}

/**
 * Files added, copied, modified, renamed or retyped between two commits of the workspace's repository,
 * fetching either commit when the checkout is shallow. "merge-base" compares head with where it forked
 * from base, as a pull request's diff does.
 */
export async function gitChangedFiles(
  workspace: string,
  base: string,
  head: string,
  mode: "merge-base" | "direct",
): Promise<string[]> {
  const range = await diffRange(workspace, base, head, mode);
  // -z: names are NUL-separated and never quoted, so a name with a newline or a quote comes through whole.
  const { stdout } = await git(workspace, "diff", "--name-only", "-z", "--diff-filter=ACMRT", range);
  return stdout.split("\0").filter((name) => name !== "");
}

function git(workspace: string, ...args: string[]) {
  return run("git", ["-C", workspace, ...args], { maxBuffer: 256 * 1024 * 1024 });
}

/**
 * The git range that compares head with base, fetching either commit when the checkout is shallow.
 * "merge-base" compares head with where it forked from base (`base...head`), as a pull request's diff
 * does; when a shallow checkout lacks the fork point, the two commits are compared directly.
 */
export async function diffRange(
  workspace: string,
  base: string,
  head: string,
  mode: "merge-base" | "direct",
): Promise<string> {
  await ensureCommits(workspace, [base, head]);
  let range = mode === "merge-base" ? `${base}...${head}` : `${base}..${head}`;
  if (
    mode === "merge-base" &&
    !(await git(workspace, "merge-base", base, head).then(
      () => true,
      () => false,
    ))
  ) {
    range = `${base}..${head}`;
  }
  return range;
}

/** Fetches each commit the (possibly shallow) checkout does not hold. */
export async function ensureCommits(workspace: string, commits: string[]): Promise<void> {
  for (const commit of commits) {
    const present = await git(workspace, "cat-file", "-e", `${commit}^{commit}`).then(
      () => true,
      () => false,
    );
    if (!present) await git(workspace, "fetch", "--no-tags", "--quiet", "origin", commit);
  }
}

/**
 * The lines the change added to each of `files`, for the `changed-lines` scope: from GitHub's patch
 * when it gave one, else from git diff in the workspace (large and binary files, pushes). A file git
 * cannot tell about maps to null (every finding of it counts). Null when the event has no base to compare.
 */
export async function changedLines(
  workspace: string,
  trigger: Trigger,
  files: string[],
  patches: Record<string, FileDiffLines>,
): Promise<Record<string, number[] | null> | null> {
  if (trigger.kind === "all") return null;
  const [base, head, mode] =
    trigger.kind === "pull-request"
      ? ([trigger.baseSha, trigger.headSha, "merge-base"] as const)
      : ([trigger.before, trigger.after, "direct"] as const);
  let range: string | null | undefined;
  const lines: Record<string, number[] | null> = {};
  for (const file of files) {
    const patch = patches[file];
    if (patch) {
      lines[file] = patch.added;
      continue;
    }
    if (range === undefined) range = await diffRange(workspace, base, head, mode).catch(() => null);
    lines[file] = range === null ? null : ((await gitDiffLines(workspace, range, file))?.added ?? null);
  }
  return lines;
}
