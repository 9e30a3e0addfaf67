import * as core from "@actions/core";
import { ConfigError } from "../config/config.js";
import { DiscoveryError } from "../config/discover.js";
import { BaselineError } from "../report/baseline.js";
import { terminalSafe } from "../report/terminal-safe.js";
import type { ActionIO } from "./action-io.js";
import { EventError } from "./event.js";
import { InputError, readInputs } from "./inputs.js";
import { main } from "./main.js";
import { PublishError } from "./publish-mode.js";

// The action's only contact with the runner (@actions/core): it reads the inputs, hands main() the log,
// annotations, outputs and job summary as an ActionIO, and turns main's verdict or error into the step's
// outcome. Everything else in src/action/ is plain functions over plain data and that interface.

/** @actions/core as an ActionIO. */
export const coreIO: ActionIO = {
  info: (line) => core.info(line),
  annotate: (level, message, properties) => {
    const emit = { error: core.error, warning: core.warning, notice: core.notice }[level];
    emit(message, properties ?? {});
  },
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};

/** Errors whose message is the whole story, shown as one line; anything else is unexpected. */
const KNOWN_ERRORS = [ConfigError, DiscoveryError, InputError, EventError, BaselineError, PublishError];

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const verdict = await main(inputs, env, coreIO);
    if (verdict.failure) core.setFailed(verdict.failure);
  } catch (error) {
    const known = KNOWN_ERRORS.some((kind) => error instanceof kind);
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`dataset-ci: ${terminalSafe(known ? message : `unexpected error: ${message}`, 1000)}`);
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
  }
}
