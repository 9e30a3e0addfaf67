import { execFile } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { isLfsPointer, LfsUnavailable, smudge } from "./lfs.js";

const run = promisify(execFile);

/** What writeCommitFiles wrote. */
export interface WrittenFiles {
  /** Paths written, as named in the directory (after renaming). */
  files: string[];
  /** LFS-tracked files written as their pointers, because git-lfs is not installed. */
  lfsUnread: string[];
}

/** `git ls-tree` modes (git's index format): a symbolic link, and a submodule's commit. */
const SYMLINK_MODE = "120000";

/**
 * Writes the files of `commit` that `select` picks (by their path in the commit) under `directory`, read
 * from git in the workspace's repository, which must hold the commit: a symbolic link stays one (so the
 * check still refuses a link out of the tree), and an LFS pointer is replaced by its data through git lfs.
 * `rename` maps a path of the commit to the path it is written at (a pull request's renames, so that base
 * and head name a file alike). Without git-lfs the pointer is written as it is: the check reports it as
 * `lfs-pointer`, and `lfsUnread` names it.
 */
export async function writeCommitFiles(
  workspace: string,
  commit: string,
  directory: string,
  select: (file: string) => boolean,
  rename: ReadonlyMap<string, string> = new Map(),
): Promise<WrittenFiles> {
  const git = (...args: string[]) =>
    run("git", ["-C", workspace, ...args], { maxBuffer: 1024 * 1024 * 1024, encoding: "buffer" });
  const listed = (await git("ls-tree", "-r", "-z", "--full-tree", commit)).stdout.toString("utf8");
  const written: WrittenFiles = { files: [], lfsUnread: [] };
  let lfsMissing = false;
  for (const entry of listed.split("\0")) {
    // "<mode> <type> <object>\t<path>"
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match?.[2] !== "blob") continue;
    const [, mode, , object, original] = match as unknown as [string, string, string, string, string];
    const name = rename.get(original) ?? original;
    if (!select(name)) continue;
    const target = path.join(directory, name);
    await mkdir(path.dirname(target), { recursive: true });
    let content: Buffer = (await git("cat-file", "blob", object)).stdout;
    if (mode === SYMLINK_MODE) {
      await symlink(content.toString("utf8"), target);
      written.files.push(name);
      continue;
    }
    if (isLfsPointer(content)) {
      if (lfsMissing) written.lfsUnread.push(name);
      else {
        try {
          content = await smudge(workspace, original, content);
        } catch (error) {
          if (!(error instanceof LfsUnavailable)) throw error;
          lfsMissing = true;
          written.lfsUnread.push(name);
        }
      }
    }
    await writeFile(target, content);
    written.files.push(name);
  }
  return written;
}
