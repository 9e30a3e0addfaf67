import { existsSync } from "node:fs";
import path from "node:path";
import { type Config, ConfigError, DEFAULT_CONFIG_PATH, defaultConfig } from "../config/config.js";
import type { Inputs } from "./inputs.js";
import { mergeInputsAndConfig } from "./merge-inputs.js";
import { loadConfinedConfig, refuseEscapingGlobs } from "./workspace-files.js";

/**
 * The config a check run uses: the config file in the workspace (none at the default path is fine, the
 * defaults apply), with the inputs merged over it (merge-inputs.ts).
 */
export async function readRunConfig(
  inputs: Pick<Inputs, "config" | "files" | "fail-on">,
  workspace: string,
): Promise<Config> {
  const missing = !existsSync(path.resolve(workspace, inputs.config));
  if (missing && inputs.config !== DEFAULT_CONFIG_PATH) {
    throw new ConfigError(`the config ${inputs.config} does not exist in the workspace`);
  }
  const file = missing ? null : await loadConfinedConfig(inputs.config, workspace);
  const config = mergeInputsAndConfig(inputs, file, defaultConfig());
  refuseEscapingGlobs(config, inputs.config);
  return config;
}
