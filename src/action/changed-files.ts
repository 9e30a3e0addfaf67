import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Trigger } from "./event.js";
import { describeFailure, type Octokit } from "./github.js";
import { PER_PAGE_MAX, PULL_FILES_MAX } from "./limits.js";

const run = promisify(execFile);

/** The files a change touched and still has (removed files are not checked), and how they were found. */
export interface ChangedFiles {
  /** Paths relative to the repository root, forward slashes; null means "every dataset file". */
  files: string[] | null;
  /** Said in the log, the summary and the comment when the list did not come the usual way. */
  note?: string;
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
  let listed: Array<{ filename: string; status: string }>;
  try {
    listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repository,
      pull_number: trigger.number,
      per_page: PER_PAGE_MAX,
    });
  } catch (error) {
    return fromGit(`GitHub did not list the pull request's files (${describeFailure(error)})`);
  }
  if (listed.length >= PULL_FILES_MAX) {
    return fromGit(`GitHub lists at most ${PULL_FILES_MAX} files of a pull request`);
  }
  return { files: listed.filter((file) => PRESENT_AT_HEAD.has(file.status)).map((file) => file.filename) };
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
  const git = (...args: string[]) => run("git", ["-C", workspace, ...args], { maxBuffer: 256 * 1024 * 1024 });
  for (const commit of [base, head]) {
    const present = await git("cat-file", "-e", `${commit}^{commit}`).then(
      () => true,
      () => false,
    );
    if (!present) await git("fetch", "--no-tags", "--quiet", "origin", commit);
  }
  let range = mode === "merge-base" ? `${base}...${head}` : `${base}..${head}`;
  // A shallow checkout may not hold the fork point; then the two commits are compared directly.
  if (
    mode === "merge-base" &&
    !(await git("merge-base", base, head).then(
      () => true,
      () => false,
    ))
  ) {
    range = `${base}..${head}`;
  }
  // -z: names are NUL-separated and never quoted, so a name with a newline or a quote comes through whole.
  const { stdout } = await git("diff", "--name-only", "-z", "--diff-filter=ACMRT", range);
  return stdout.split("\0").filter((name) => name !== "");
}
