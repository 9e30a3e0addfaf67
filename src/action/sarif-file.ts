import { existsSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config/config.js";
import type { SarifOptions } from "../report/sarif.js";
import type { Inputs } from "./inputs.js";

/** Where the action's SARIF points: paths relative to the workspace, the action's repository as its home. */
export function sarifOptions(
  inputs: Pick<Inputs, "config">,
  config: Pick<Config, "baseline">,
  workspace: string,
  env: NodeJS.ProcessEnv,
): SarifOptions {
  const relative = (file: string) =>
    path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join("/");
  const home =
    env.GITHUB_SERVER_URL && env.GITHUB_ACTION_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_ACTION_REPOSITORY}`
      : undefined;
  return {
    ...(existsSync(path.resolve(workspace, inputs.config)) ? { configPath: relative(inputs.config) } : {}),
    baselinePath: relative(config.baseline),
    ...(home ? { informationUri: home } : {}),
  };
}
