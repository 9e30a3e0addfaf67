import { PULL_FILES_MAX } from "../report/github-limits.js";
import { type FileDiffLines, gitDiffLines, parsePatch } from "./diff-lines.js";
import type { Trigger } from "./event.js";
import { diffRange, ensureCommits, git, mergeBase } from "./git-history.js";
import { describeFailure, type Octokit } from "./github.js";
import { listPullFiles, type PullFile } from "./github-answers.js";
import { isLfsPointerPatch } from "./lfs.js";

export { diffRange, ensureCommits };

/** The two commits a change is the difference of, and how: `base...head` or `base..head`. */
export interface Comparison {
  base: string;
  head: string;
  mode: "merge-base" | "direct";
}

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
  /** Renamed files: the path at head → the path at base. */
  renamed?: Record<string, string>;
  /** Files whose every line counts as changed: Git LFS files, whose diff is their pointer's. */
  wholeFiles?: string[];
  /** What the change was compared with; none when every dataset file is checked. */
  comparison?: Comparison;
}

/** PR file statuses whose file exists at head (REST "List pull requests files": `status`). */
const PRESENT_AT_HEAD = new Set(["added", "modified", "renamed", "copied", "changed"]);

export async function pullRequestFiles(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  trigger: Extract<Trigger, { kind: "pull-request" }>,
  workspace: string,
): Promise<ChangedFiles> {
  const comparison: Comparison = { base: trigger.baseSha, head: trigger.headSha, mode: "merge-base" };
  const fromGit = async (why: string): Promise<ChangedFiles> => {
    try {
      const { files, renamed } = await gitChangedFiles(workspace, comparison);
      return {
        files,
        renamed,
        comparison,
        note: `${why}: the changed files were taken from git diff of base and head`,
      };
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
  const renamed: Record<string, string> = {};
  const wholeFiles: string[] = [];
  for (const file of present) {
    if (file.status === "renamed" && file.previous_filename) renamed[file.filename] = file.previous_filename;
    if (file.patch === undefined) continue;
    // GitHub's patch of a Git LFS file is its pointer's (lines 1–3), not the data's.
    if (isLfsPointerPatch(file.patch)) wholeFiles.push(file.filename);
    else patches[file.filename] = parsePatch(file.patch);
  }
  return {
    files: present.map((file) => file.filename),
    patches,
    renamed,
    wholeFiles,
    comparison,
    ...(wholeFiles.length > 0 ? { note: lfsNote(wholeFiles) } : {}),
  };
}

function lfsNote(files: string[]): string {
  const one = files.length === 1;
  return `${one ? "1 changed file is" : `${files.length} changed files are`} stored in Git LFS, whose diff shows only the pointer: every line of ${one ? "it" : "them"} counts as changed.`;
}

/**
 * The files a push (or a merge queue's commit) changed. A push that created its branch is compared with
 * where it forked from the default branch; a force push with the merge base of before and after (or, when
 * `before` is gone, the default branch's); both say so.
 */
export async function pushFiles(
  workspace: string,
  trigger: Extract<Trigger, { kind: "push" }>,
): Promise<ChangedFiles> {
  let comparison: Comparison | null = null;
  let note: string | undefined;
  if (trigger.before !== null && !trigger.forced) {
    comparison = { base: trigger.before, head: trigger.after, mode: "direct" };
  } else if (trigger.before !== null && (await fetched(workspace, trigger.before))) {
    comparison = { base: trigger.before, head: trigger.after, mode: "merge-base" };
    note = "A force push: compared with the merge base of the commits before and after it.";
  } else {
    const forked = await defaultBranchFork(workspace, trigger.defaultBranch, trigger.after);
    const what =
      trigger.before === null ? "the push created its branch" : "a force push whose old commit is gone";
    if (!forked) {
      return {
        files: null,
        note: `${what}, and no fork point from the default branch was found: checked every dataset file.`,
      };
    }
    comparison = { base: forked, head: trigger.after, mode: "direct" };
    note = `${what[0]?.toUpperCase()}${what.slice(1)}: compared with where it forked from ${trigger.defaultBranch}.`;
  }
  try {
    const { files, renamed } = await gitChangedFiles(workspace, comparison);
    return { files, renamed, comparison, ...(note ? { note } : {}) };
  } catch (error) {
    return {
      files: null,
      note: `git diff of the push failed (${describeFailure(error)}): checked every dataset file`,
    };
  }
}

async function fetched(workspace: string, commit: string): Promise<boolean> {
  return ensureCommits(workspace, [commit]).then(
    () => true,
    () => false,
  );
}

/**
 * Where `head` forked from the default branch (fetched from origin), deepening a shallow checkout to find
 * it; null without a default branch, when head is on it, or when they share no history.
 */
async function defaultBranchFork(
  workspace: string,
  defaultBranch: string | undefined,
  head: string,
): Promise<string | null> {
  if (!defaultBranch) return null;
  try {
    await ensureCommits(workspace, [head]);
    const shallow = (await git(workspace, "rev-parse", "--is-shallow-repository")).stdout.trim() === "true";
    await git(
      workspace,
      "fetch",
      "--no-tags",
      "--quiet",
      ...(shallow ? ["--depth=1"] : []),
      "origin",
      `refs/heads/${defaultBranch}`,
    );
    const tip = (await git(workspace, "rev-parse", "--verify", "FETCH_HEAD^{commit}")).stdout.trim();
    const forked = await mergeBase(workspace, tip, head);
    return forked === null || forked === (await git(workspace, "rev-parse", `${head}^{commit}`)).stdout.trim()
      ? null
      : forked;
  } catch {
    return null;
  }
}

/**
 * Files added, copied, modified, renamed or retyped by a change, and the renamed ones' old paths, from git
 * diff in the workspace's repository (fetching either commit when the checkout is shallow).
 */
export async function gitChangedFiles(
  workspace: string,
  comparison: Comparison,
): Promise<{ files: string[]; renamed: Record<string, string> }> {
  const range = await diffRange(workspace, comparison.base, comparison.head, comparison.mode);
  // -z: names are NUL-separated and never quoted, so a name with a newline or a quote comes through whole.
  const { stdout } = await git(
    workspace,
    "diff",
    "--name-status",
    "-z",
    "--find-renames",
    "--diff-filter=ACMRT",
    range,
  );
  const fields = stdout.split("\0");
  const files: string[] = [];
  const renamed: Record<string, string> = {};
  for (let i = 0; i < fields.length && fields[i] !== ""; ) {
    const status = fields[i++] as string;
    // A rename or a copy names its old path first.
    const old = status.startsWith("R") || status.startsWith("C") ? (fields[i++] as string) : null;
    const name = fields[i++] as string;
    files.push(name);
    if (old !== null && status.startsWith("R")) renamed[name] = old;
  }
  return { files, renamed };
}

/**
 * The lines the change added to each of `files`, for the `changed-lines` scope: from GitHub's patch
 * when it gave one, else from git diff in the workspace (large and binary files, pushes). A file git
 * cannot tell about maps to null (every finding of it counts). Null when the event has no base to compare.
 */
export async function changedLines(
  workspace: string,
  changed: ChangedFiles,
  files: string[],
): Promise<Record<string, number[] | null> | null> {
  const comparison = changed.comparison;
  if (!comparison) return null;
  const whole = new Set(changed.wholeFiles ?? []);
  let range: string | null | undefined;
  const lines: Record<string, number[] | null> = {};
  for (const file of files) {
    const patch = changed.patches?.[file];
    if (whole.has(file)) {
      lines[file] = null;
      continue;
    }
    if (patch) {
      lines[file] = patch.added;
      continue;
    }
    if (range === undefined) {
      range = await diffRange(workspace, comparison.base, comparison.head, comparison.mode).catch(() => null);
    }
    lines[file] =
      range === null
        ? null
        : ((await gitDiffLines(workspace, range, file, changed.renamed?.[file]))?.added ?? null);
  }
  return lines;
}
