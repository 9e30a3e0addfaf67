import { spawnSync } from "node:child_process";
import path from "node:path";

/** The repository's root: the bundled example's paths (examples/…) are relative to it. */
export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The bundled CLI, as package.json's `bin` names it. */
export const CLI = path.join(ROOT, "dist/cli.js");

/**
 * PATH with the node running the tests first: a child's `#!/usr/bin/env node` (an installed bin, a
 * pre-commit hook) then runs under it, as the runner's node would run the action.
 */
export const PATH_WITH_NODE = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Where it runs: the repository's root unless said. */
  cwd?: string;
  /** More of the environment: the CLI is given PATH and these only. */
  env?: Record<string, string>;
  /** Options for node itself, before the script (`--max-old-space-size=48`). */
  nodeOptions?: string[];
}

/** Runs dist/cli.js as users run it: a child process, nothing mocked, its whole output kept. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [...(options.nodeOptions ?? []), CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** JSON Lines (the export's output) as records, one a line. */
export function parseLines(text: string): Array<Record<string, string>> {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}
