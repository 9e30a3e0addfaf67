import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Commits of history fetched first with a commit a shallow checkout lacks. A data repository's history can
 * be gigabytes: a plain `git fetch origin <sha>` into a shallow clone fetches all of it.
 */
const FETCH_DEPTH = 1;
/** The first `--deepen` when a merge base is not in a shallow checkout; each further round doubles it. */
const DEEPEN_FIRST = 50;
/** Rounds of deepening before giving up (50 · (2^16 − 1) commits: a whole history long before that). */
const DEEPEN_ROUNDS_MAX = 16;

/** Runs git in the workspace's repository; stdout as text. */
export function git(workspace: string, ...args: string[]) {
  return run("git", ["-C", workspace, ...args], { maxBuffer: 256 * 1024 * 1024 });
}

function succeeds(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

export function hasCommit(workspace: string, commit: string): Promise<boolean> {
  return succeeds(git(workspace, "cat-file", "-e", `${commit}^{commit}`));
}

async function isShallow(workspace: string): Promise<boolean> {
  const { stdout } = await git(workspace, "rev-parse", "--is-shallow-repository");
  return stdout.trim() === "true";
}

/**
 * Fetches each commit the checkout does not hold: with a depth in a shallow checkout (the default of
 * actions/checkout), so that only the commit comes, not its whole history; a complete clone fetches
 * normally and stays complete.
 */
export async function ensureCommits(workspace: string, commits: string[]): Promise<void> {
  for (const commit of commits) {
    if (await hasCommit(workspace, commit)) continue;
    const depth = (await isShallow(workspace)) ? [`--depth=${FETCH_DEPTH}`] : [];
    await git(workspace, "fetch", "--no-tags", "--quiet", ...depth, "origin", commit);
  }
}

/**
 * The merge base of two commits the checkout holds, deepening a shallow checkout (50 commits, then 100,
 * 200 …) until it is found or the history is complete; null when they share no history.
 */
export async function mergeBase(workspace: string, base: string, head: string): Promise<string | null> {
  let deepen = DEEPEN_FIRST;
  for (let round = 0; ; round++) {
    const found = await git(workspace, "merge-base", base, head).then(
      (result) => result.stdout.trim(),
      () => "",
    );
    if (found !== "") return found;
    if (round === DEEPEN_ROUNDS_MAX || !(await isShallow(workspace))) return null;
    const fetched = await succeeds(
      git(workspace, "fetch", "--no-tags", "--quiet", `--deepen=${deepen}`, "origin", base, head),
    );
    if (!fetched) return null;
    deepen *= 2;
  }
}

/**
 * The git range that compares head with base, fetching either commit when the checkout lacks it.
 * "merge-base" compares head with where it forked from base (`base...head`), as a pull request's diff
 * does, deepening a shallow checkout to find that point; when there is none, the two commits are compared
 * directly.
 */
export async function diffRange(
  workspace: string,
  base: string,
  head: string,
  mode: "merge-base" | "direct",
): Promise<string> {
  await ensureCommits(workspace, [base, head]);
  if (mode === "merge-base" && (await mergeBase(workspace, base, head)) !== null) return `${base}...${head}`;
  return `${base}..${head}`;
}
