import path from "node:path";
import type { Baseline } from "../check/baseline-match.js";
import { type Config, ConfigError, loadConfig } from "../config/config.js";
import { whereIs, workspaceGlobProblem } from "../read/workspace-boundary.js";
import { BaselineError, loadBaseline } from "../report/baseline.js";

// The config and the baseline come from the pull request's checkout, and a pull request can turn either
// into a symlink to a file elsewhere on the runner: the action would read it and quote its keys in an
// error. Both are read only when their real path lies inside the workspace; a refusal names the path the
// config gave, never anything of the file it leads to.

/** Why a file named by the pull request may not be read, or undefined when it lies inside the workspace. */
async function refusal(file: string, workspace: string): Promise<string | undefined> {
  const where = await whereIs(path.resolve(workspace, file), workspace);
  if (where === "inside") return undefined;
  if (where === "outside") return "resolves outside the workspace (a symlink or ..): not read";
  return `cannot be resolved (${(where.unresolved as NodeJS.ErrnoException).code ?? "a symlink loop or a dangling link"}): not read`;
}

/** The config at `file` (relative to the workspace), read only when it lies inside the workspace. */
export async function loadConfinedConfig(file: string, workspace: string): Promise<Config> {
  const refused = await refusal(file, workspace);
  if (refused) throw new ConfigError(`the config ${file} ${refused}`);
  return loadConfig(path.resolve(workspace, file));
}

/** The baseline at `file` (relative to the workspace), read only when it lies inside the workspace. */
export async function loadConfinedBaseline(file: string, workspace: string): Promise<Baseline | undefined> {
  const refused = await refusal(file, workspace);
  if (refused) throw new BaselineError(`the baseline ${file} ${refused}`);
  return loadBaseline(path.resolve(workspace, file));
}

/** Refuses a dataset glob that names files outside the workspace (absolute, or with a `..` segment). */
export function refuseEscapingGlobs(config: Config, source: string): void {
  for (const dataset of config.datasets) {
    const globs = [...dataset.globs, ...Object.values(dataset.splits ?? {}).flat()];
    for (const glob of globs) {
      const problem = workspaceGlobProblem(glob);
      if (problem) {
        throw new ConfigError(
          `${source}: dataset "${dataset.info.name}": refused glob ${JSON.stringify(glob.slice(0, 80))}: ${problem}`,
        );
      }
    }
  }
}
