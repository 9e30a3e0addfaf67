import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Config } from "../config/config.js";
import type { Report } from "../model/report.js";
import { renderSarif, type SarifOptions } from "../report/sarif.js";
import type { Inputs } from "./inputs.js";

const SARIF_FILE = "dataset-ci.sarif";

/** Writes the report as SARIF beside the JSON report, under RUNNER_TEMP; returns its path (the `sarif` output). */
export async function writeSarif(
  report: Report,
  env: NodeJS.ProcessEnv,
  options: SarifOptions,
): Promise<string> {
  const directory = env.RUNNER_TEMP || os.tmpdir();
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, SARIF_FILE);
  await writeFile(file, renderSarif(report, options).text);
  return file;
}

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
