import nodeFs from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { FileSystemAdapter } from "tinyglobby";

// The action runs on a pull request's files, and a pull request can add symlinks and change the config:
// a config or baseline that is a symlink to a file elsewhere on the runner, or a glob such as
// `/proc/**/*.jsonl` or `../../*/*.jsonl`, would have the action read, list and quote files outside the
// checkout. Everything the action opens or lists is confined to the workspace by real path.

/** Whether a real path lies inside a real directory (or is that directory). */
function contains(directory: string, real: string): boolean {
  const relative = path.relative(directory, real);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Whether `file`, with every symlink resolved, lies inside `directory`: "inside", "outside", or why its
 * real path cannot be told (a symlink loop, a dangling link). A path where nothing exists is "inside":
 * the reader reports it missing.
 */
export async function whereIs(
  file: string,
  directory: string,
): Promise<"inside" | "outside" | { unresolved: unknown }> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    return (await lstat(file).catch(() => null)) === null ? "inside" : { unresolved: error };
  }
  const relative = path.relative(await realpath(directory), real);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? "inside" : "outside";
}

/**
 * Why a glob may not be used in the workspace, or undefined. Globs are relative to the workspace: an
 * absolute one or one with a `..` segment names files outside it. (The crawl is confined as well, by
 * confinedFileSystem, which also covers what brace expansion could spell.)
 */
export function workspaceGlobProblem(glob: string): string | undefined {
  if (path.isAbsolute(glob) || /^[A-Za-z]:/.test(glob)) {
    return "an absolute path: globs are relative to the workspace";
  }
  if (glob.split(/[\\/]/).includes("..")) return 'a ".." segment: globs may not leave the workspace';
  return undefined;
}

/** The refusal a confined crawl gets for a directory outside the workspace. */
function outsideError(directory: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${directory} is outside the workspace`), { code: "EACCES" });
}

/** A stat for a symlink target outside the workspace: never a directory, so it is never crawled. */
const NOT_A_DIRECTORY = { isDirectory: () => false } as nodeFs.Stats;

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

/**
 * The file system tinyglobby crawls with in the workspace: a directory whose real path is outside the
 * workspace is never read, and a symlink that leads outside is listed as a file under its own name (the
 * engine then refuses it with outside-workspace), never followed.
 */
export function confinedFileSystem(workspace: string): FileSystemAdapter {
  const root = nodeFs.realpathSync(workspace);
  const readdir = ((directory: string, options: object, callback: Callback<unknown>) => {
    nodeFs.realpath(directory, (error, real) => {
      if (error) return callback(error, []);
      if (!contains(root, real)) return callback(outsideError(directory), []);
      nodeFs.readdir(directory, options as { withFileTypes: true }, callback);
    });
  }) as unknown as typeof nodeFs.readdir;
  const readdirSync = ((directory: string, options: object) => {
    if (!contains(root, nodeFs.realpathSync(directory))) throw outsideError(directory);
    return nodeFs.readdirSync(directory, options as { withFileTypes: true });
  }) as unknown as typeof nodeFs.readdirSync;
  const statConfined = ((file: string, callback: Callback<nodeFs.Stats>) => {
    if (!contains(root, file)) return callback(null, NOT_A_DIRECTORY);
    nodeFs.stat(file, callback);
  }) as unknown as typeof nodeFs.stat;
  const statSync = ((file: string) =>
    contains(root, file) ? nodeFs.statSync(file) : NOT_A_DIRECTORY) as unknown as typeof nodeFs.statSync;
  return {
    readdir,
    readdirSync,
    realpath: nodeFs.realpath,
    realpathSync: nodeFs.realpathSync,
    stat: statConfined,
    statSync,
  };
}

/**
 * Files (relative to the root) with each real file once: symlinks such as `data/copy -> .` or two links
 * to one file would otherwise read it twice and count its examples twice. The name kept is one that
 * passes through no symlink when there is one, else the first. A file whose real path cannot be told
 * (dangling, a loop) is kept for the reader to report.
 */
export async function uniqueRealFiles(files: string[], root: string): Promise<string[]> {
  const kept = new Map<string, string>();
  const direct = new Set<string>();
  const unresolved: string[] = [];
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  for (const file of files) {
    const absolute = path.resolve(root, file);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      unresolved.push(file);
      continue;
    }
    const key = `${info.dev}:${info.ino}`;
    const isDirect = (await realpath(absolute).catch(() => "")) === path.join(realRoot, file);
    const previous = kept.get(key);
    if (previous === undefined || (isDirect && !direct.has(key))) {
      kept.set(key, file);
      if (isDirect) direct.add(key);
    }
  }
  const keep = new Set([...kept.values(), ...unresolved]);
  return files.filter((file) => keep.has(file));
}
