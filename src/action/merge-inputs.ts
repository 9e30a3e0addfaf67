import { type Config, ConfigError, datasetInfo } from "../config/config.js";
import type { FailOn } from "../model/finding.js";
import { InputError, type Inputs } from "./inputs.js";

// The action's inputs laid over the config file, as plain data in and out: no file is read here, so every
// case of the merge is a unit test (test/merge-inputs.test.ts).

/** The fail-on a run judges by: the input when the workflow sets it, else the config's, else error. */
export function mergeFailOn(input: FailOn | undefined, config: FailOn | undefined): FailOn {
  return input ?? config ?? "error";
}

/**
 * The config a run checks with: the config file's (null when there is none), with the `fail-on` input
 * over its fail-on and the `files` input in place of its one dataset's globs.
 */
export function mergeInputsAndConfig(
  inputs: Pick<Inputs, "fail-on" | "files" | "config">,
  file: Config | null,
  defaults: Config,
): Config {
  // A new object: the config read stays as the file says (the caller's copy is not changed).
  const config: Config = { ...(file ?? defaults), failOn: mergeFailOn(inputs["fail-on"], file?.failOn) };
  if (inputs.files.length > 0) {
    if (config.datasets.length > 1) {
      throw new InputError(
        `input files: replaces the globs of one dataset, but ${inputs.config} declares ${config.datasets.length}: set each dataset's files in the config instead`,
      );
    }
    const info = config.datasets[0]?.info ?? datasetInfo("default");
    config.datasets = [{ info, globs: inputs.files }];
  }
  if (config.datasets.length === 0 && file !== null) {
    throw new ConfigError(
      `no datasets to check: declare them in ${inputs.config} (see dataset-ci's docs/config.md) or set the files input`,
    );
  }
  return config;
}
