import { spawn } from "node:child_process";
import { LFS_POINTER_PREFIX } from "../read/byte-source.js";

// Git LFS keeps a small pointer in git and the data elsewhere. Everything that reads git's objects
// (`git cat-file`, `git diff`, GitHub's `patch` of a pull request file) sees the pointer: its three lines,
// never the records. Spec: https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md

/** "Pointer files must be less than 1024 bytes in size" (the Git LFS spec). */
const POINTER_MAX_BYTES = 1024;

/** A pointer's lines: the version, then keys in order (`oid`, `size`, extensions as `ext-…`). */
const POINTER_LINE =
  /^(?:version https:\/\/git-lfs\.github\.com\/spec\/v1|oid sha256:[0-9a-f]{64}|size \d+|ext-\d+-\S+ sha256:[0-9a-f]{64})$/;

/** Whether a blob is a Git LFS pointer rather than data. */
export function isLfsPointer(content: Buffer): boolean {
  return (
    content.length < POINTER_MAX_BYTES &&
    content.subarray(0, LFS_POINTER_PREFIX.length).toString("latin1") === LFS_POINTER_PREFIX &&
    /\noid sha256:[0-9a-f]{64}\n/.test(content.toString("latin1"))
  );
}

/**
 * Whether a unified diff is the diff of an LFS pointer: every line it adds or removes is a pointer line
 * (the version, `oid`, `size`). Its line numbers are the pointer's, never the data's.
 */
export function isLfsPointerPatch(patch: string): boolean {
  const changed = patch
    .split("\n")
    .filter((line) => (line.startsWith("+") || line.startsWith("-")) && !/^(?:\+\+\+|---) /.test(line));
  return changed.length > 0 && changed.every((line) => POINTER_LINE.test(line.slice(1)));
}

/** git-lfs is not installed where the action runs: LFS objects cannot be read. */
export class LfsUnavailable extends Error {}

/**
 * The data a pointer stands for, through `git lfs smudge` in the workspace's repository: from its local
 * LFS store, else downloaded from the repository's LFS server. Throws LfsUnavailable without git-lfs.
 */
export function smudge(workspace: string, file: string, pointer: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", workspace, "lfs", "smudge", "--", file], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    child.on("error", reject);
    child.stdin.on("error", () => {}); // a git without lfs exits before reading the pointer
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else if (/'lfs' is not a git command/.test(err)) reject(new LfsUnavailable("git-lfs is not installed"));
      else reject(new Error(`git lfs smudge ${file} failed: ${err.trim().split("\n")[0] ?? `exit ${code}`}`));
    });
    child.stdin.end(pointer);
  });
}
