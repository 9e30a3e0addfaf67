import { existsSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import { type Config, ConfigError, DEFAULT_CONFIG_PATH, defaultConfig, loadConfig } from "../config.js";
import { DiscoveryError, planDatasets } from "../discover.js";
import { check } from "../engine.js";
import type { Report } from "../report.js";

/**
 * GitHub shows at most 10 annotations of each level per step (actions/toolkit docs/problem-matchers.md);
 * the rest are dropped silently, so we spend them on the most severe and say how many were left out.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const inputsSchema = z.object({
  config: z.string().min(1),
  failOn: z.enum(["error", "warning", "notice", "never"]),
});

/** Every input, read in one place when the action runs (never at import). */
function readInputs() {
  return inputsSchema.parse({
    config: core.getInput("config") || DEFAULT_CONFIG_PATH,
    failOn: core.getInput("fail-on") || "error",
  });
}

/** Checks every dataset of the config in the workspace, annotates, and fails the step on the gate. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const configPath = path.resolve(workspace, inputs.config);
    const config: Config = existsSync(configPath) ? await loadConfig(configPath) : defaultConfig();
    config.failOn = inputs.failOn;
    if (config.datasets.length === 0) {
      core.info(`no datasets declared in ${inputs.config}: nothing to check`);
      setOutputs(null);
      return;
    }
    const datasets = await planDatasets(config, [], workspace);
    const report = await check({ config, datasets });
    annotate(report);
    setOutputs(report);
    if (!report.passed) {
      const { errors, warnings, notices } = report.summary;
      core.setFailed(
        `dataset-ci: ${errors} errors, ${warnings} warnings, ${notices} notices (fail-on: ${report["fail-on"]})`,
      );
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DiscoveryError || error instanceof z.ZodError) {
      core.setFailed(`dataset-ci: ${error.message}`);
    } else {
      core.setFailed(`dataset-ci: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function annotate(report: Report): void {
  const used = { error: 0, warning: 0, notice: 0 };
  const emit = { error: core.error, warning: core.warning, notice: core.notice };
  const all = [
    ...report.files.flatMap((file) => file.findings.map((finding) => ({ file: file.path, finding }))),
    ...report.datasets.flatMap((dataset) =>
      dataset.findings.map((finding) => ({ file: undefined, finding })),
    ),
  ];
  for (const { file, finding } of all) {
    if (used[finding.severity] >= ANNOTATIONS_PER_LEVEL) continue;
    used[finding.severity]++;
    // core escapes %, CR and LF in the message and properties, so dataset text cannot end the command.
    emit[finding.severity](`${finding.rule}: ${finding.message}`, {
      title: `dataset-ci ${finding.rule}`,
      ...(file ? { file, startLine: finding.line ?? 1 } : {}),
    });
  }
}

function setOutputs(report: Report | null): void {
  core.setOutput("passed", String(report?.passed ?? true));
  core.setOutput("errors", String(report?.summary.errors ?? 0));
  core.setOutput("warnings", String(report?.summary.warnings ?? 0));
  core.setOutput("notices", String(report?.summary.notices ?? 0));
  core.setOutput("examples", String(report?.summary.examples ?? 0));
}
