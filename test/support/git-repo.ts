import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PullFile } from "./stand-in/types.js";

/** Files of a commit: content by path; null removes the file. */
export type Tree = Record<string, string | null>;

export interface PullRequestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A git that commits as a fixed author and reads no system or user config: the tests' git. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Dataset Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Dataset Author",
  GIT_COMMITTER_EMAIL: "author@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

// Fixed names and dates make the commit SHAs, and so every link in a rendered comment, reproducible.
const GIT_ENV = {
  ...GIT_IDENTITY,
  GIT_AUTHOR_DATE: "2026-11-27T10:00:00Z",
  GIT_COMMITTER_DATE: "2026-11-27T10:00:00Z",
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...GIT_ENV },
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

async function writeTree(dir: string, tree: Tree, lfs: (file: string) => boolean): Promise<void> {
  for (const [name, content] of Object.entries(tree)) {
    const file = path.join(dir, name);
    if (content === null) {
      await rm(file, { force: true });
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, lfs(name) ? await storeLfsObject(dir, content) : content);
  }
}

const LFS_POINTER_START = "version https://git-lfs.github.com/spec/v1\n";

/**
 * What `git add` does to a file Git LFS tracks: the data goes into the repository's LFS store
 * (.git/lfs/objects/ab/cd/abcd…), and git keeps a pointer to it (the Git LFS spec's format). The pointer
 * is returned, to be committed.
 */
async function storeLfsObject(dir: string, content: string): Promise<string> {
  const oid = createHash("sha256").update(content).digest("hex");
  const object = path.join(dir, ".git/lfs/objects", oid.slice(0, 2), oid.slice(2, 4), oid);
  await mkdir(path.dirname(object), { recursive: true });
  await writeFile(object, content);
  return `${LFS_POINTER_START}oid sha256:${oid}\nsize ${Buffer.byteLength(content)}\n`;
}

/** What a checkout with LFS (`lfs: true`) leaves: each pointer in the working tree replaced by its data. */
async function smudgeWorkingTree(dir: string): Promise<void> {
  for (const name of git(dir, "ls-files", "-z").split("\0").filter(Boolean)) {
    const file = path.join(dir, name);
    const text = await readFile(file, "utf8").catch(() => "");
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    if (!text.startsWith(LFS_POINTER_START) || !oid) continue;
    await writeFile(
      file,
      await readFile(path.join(dir, ".git/lfs/objects", oid.slice(0, 2), oid.slice(2, 4), oid)),
    );
  }
}

export interface RepoOptions {
  /** Files Git LFS tracks (by path): committed as pointers, their data in the LFS store and the checkout. */
  lfs?: (file: string) => boolean;
}

/**
 * A real git repository in `dir` with a base commit and a head commit on top of it, checked out at head,
 * the way actions/checkout leaves a pull request's workspace.
 */
export async function pullRequestRepo(
  dir: string,
  base: Tree,
  head: Tree,
  options: RepoOptions = {},
): Promise<PullRequestRepo> {
  const lfs = options.lfs ?? (() => false);
  await mkdir(dir, { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  await writeTree(dir, base, lfs);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "--quiet", "-b", "feature");
  await writeTree(dir, head, lfs);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "head");
  if (options.lfs) await smudgeWorkingTree(dir);
  return { dir, baseSha, headSha: git(dir, "rev-parse", "HEAD") };
}

/** Commits `tree` on the branch checked out in `dir`; returns the new commit. */
export async function commitTree(dir: string, tree: Tree, message: string): Promise<string> {
  await writeTree(dir, tree, () => false);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}

/**
 * What GitHub does when the base branch moves on after a pull request forked from it: commits `change` on
 * main, then makes the pull request's merge commit (head merged into main's tip) as refs/pull/N/merge.
 * Returns main's new tip (the payload's base.sha) and the merge commit.
 */
export async function moveBaseAndMerge(
  repo: PullRequestRepo,
  number: number,
  change: Tree,
): Promise<{ baseSha: string; mergeSha: string }> {
  git(repo.dir, "checkout", "--quiet", "main");
  const baseSha = await commitTree(repo.dir, change, "base moves on");
  git(repo.dir, "checkout", "--quiet", "--detach", baseSha);
  git(repo.dir, "merge", "--quiet", "--no-ff", "-m", `Merge ${repo.headSha} into ${baseSha}`, repo.headSha);
  const mergeSha = git(repo.dir, "rev-parse", "HEAD");
  git(repo.dir, "update-ref", `refs/pull/${number}/merge`, mergeSha);
  git(repo.dir, "update-ref", `refs/pull/${number}/head`, repo.headSha);
  git(repo.dir, "checkout", "--quiet", "feature");
  return { baseSha, mergeSha };
}

/**
 * A workspace as actions/checkout leaves it by default on pull_request: the repository at `origin`
 * fetched with depth 1 at `ref` (refs/pull/N/merge), checked out detached.
 */
export function shallowCheckout(origin: string, dir: string, ref: string): void {
  execFileSync("git", ["init", "--quiet", dir]);
  git(dir, "remote", "add", "origin", `file://${origin}`);
  git(dir, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", `+${ref}:refs/remotes/checkout`);
  git(dir, "checkout", "--quiet", "--detach", "refs/remotes/checkout");
}

/**
 * What GitHub would list for the pull request, from git's own view of the change: the changes since head
 * forked from base (`base...head`), a rename with its previous_filename (and no patch when the content did
 * not change), an LFS file with its pointer's diff.
 */
export function listPullFiles(dir: string, base: string, head: string): PullFile[] {
  const statuses: Record<string, PullFile["status"]> = {
    A: "added",
    M: "modified",
    D: "removed",
    R: "renamed",
    C: "copied",
  };
  const fields = git(dir, "diff", "--name-status", "-z", "--find-renames", `${base}...${head}`)
    .split("\0")
    .filter(Boolean);
  const patches = patchesOf(dir, base, head);
  const files: PullFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = (fields[i++] as string)[0] as string;
    const previous = code === "R" || code === "C" ? (fields[i++] as string) : undefined;
    const filename = fields[i++] as string;
    const patch = patches.get(filename);
    files.push({
      filename,
      status: statuses[code] ?? "modified",
      ...(patch !== undefined ? { patch } : {}),
      ...(previous !== undefined && code === "R" ? { previous_filename: previous } : {}),
    });
  }
  return files;
}

/**
 * The `patch` GitHub lists for each text file: git's diff of it from the first hunk on (none for binary
 * files). One git diff for the whole change; the tests' file names need no quoting.
 */
function patchesOf(dir: string, base: string, head: string): Map<string, string> {
  const patches = new Map<string, string>();
  for (const chunk of git(dir, "diff", "--no-color", "--find-renames", `${base}...${head}`).split(
    /^diff --git /m,
  )) {
    const name = /^\+\+\+ b\/(.*)$/m.exec(chunk)?.[1];
    const start = chunk.indexOf("\n@@");
    if (name !== undefined && start >= 0) patches.set(name, chunk.slice(start + 1).replace(/\n$/, ""));
  }
  return patches;
}
