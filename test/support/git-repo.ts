import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PullFile } from "./github-stand-in.js";

/** Files of a commit: content by path; null removes the file. */
export type Tree = Record<string, string | null>;

export interface PullRequestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

// Fixed names and dates make the commit SHAs, and so every link in a rendered comment, reproducible.
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Dataset Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Dataset Author",
  GIT_COMMITTER_EMAIL: "author@example.com",
  GIT_AUTHOR_DATE: "2026-11-27T10:00:00Z",
  GIT_COMMITTER_DATE: "2026-11-27T10:00:00Z",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...GIT_ENV },
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [name, content] of Object.entries(tree)) {
    const file = path.join(dir, name);
    if (content === null) {
      await rm(file, { force: true });
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/**
 * A real git repository in `dir` with a base commit and a head commit on top of it, checked out at head,
 * the way actions/checkout leaves a pull request's workspace.
 */
export async function pullRequestRepo(dir: string, base: Tree, head: Tree): Promise<PullRequestRepo> {
  await mkdir(dir, { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  await writeTree(dir, base);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "--quiet", "-b", "feature");
  await writeTree(dir, head);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "head");
  return { dir, baseSha, headSha: git(dir, "rev-parse", "HEAD") };
}

/** What GitHub would list for the pull request, from git's own view of the change. */
export function listPullFiles(dir: string, base: string, head: string): PullFile[] {
  const statuses: Record<string, PullFile["status"]> = {
    A: "added",
    M: "modified",
    D: "removed",
    R: "renamed",
    C: "copied",
  };
  const fields = git(dir, "diff", "--name-status", "-z", `${base}..${head}`).split("\0").filter(Boolean);
  const patches = patchesOf(dir, base, head);
  const files: PullFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = (fields[i++] as string)[0] as string;
    if (code === "R" || code === "C") i++; // the old name
    const filename = fields[i++] as string;
    const patch = patches.get(filename);
    files.push({ filename, status: statuses[code] ?? "modified", ...(patch !== undefined ? { patch } : {}) });
  }
  return files;
}

/**
 * The `patch` GitHub lists for each text file: git's diff of it from the first hunk on (none for binary
 * files). One git diff for the whole change; the tests' file names need no quoting.
 */
function patchesOf(dir: string, base: string, head: string): Map<string, string> {
  const patches = new Map<string, string>();
  for (const chunk of git(dir, "diff", "--no-color", `${base}...${head}`).split(/^diff --git /m)) {
    const name = /^\+\+\+ b\/(.*)$/m.exec(chunk)?.[1];
    const start = chunk.indexOf("\n@@");
    if (name !== undefined && start >= 0) patches.set(name, chunk.slice(start + 1).replace(/\n$/, ""));
  }
  return patches;
}
