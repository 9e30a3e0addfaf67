import { type ActionIO, logLine } from "./action-io.js";
import { checkWorkspace } from "./check-workspace.js";
import { readRun } from "./event.js";
import { clientTiming, createOctokit } from "./github.js";
import type { Inputs } from "./inputs.js";
import { checkRunName } from "./job-key.js";
import { readVerifiedAnalysis } from "./publish-mode.js";
import { publishReport, type StepVerdict } from "./publish-report.js";

/**
 * One run of the action, from its inputs and environment: in mode check or analyze, check what the event
 * changed (check-workspace.ts); in mode publish, take the report an analyze run uploaded
 * (publish-mode.ts); then report through every sink (publish-report.ts). Returns the step's verdict; the
 * runner (runner.ts) turns it, and any error thrown, into the step's outcome.
 */
export async function main(inputs: Inputs, env: NodeJS.ProcessEnv, io: ActionIO): Promise<StepVerdict> {
  const log = logLine(io);
  const octokit = inputs["github-token"]
    ? createOctokit(
        inputs["github-token"],
        env.GITHUB_API_URL || "https://api.github.com",
        log,
        clientTiming(env),
      )
    : null;
  const shared = {
    octokit,
    key: inputs.key,
    checkName: checkRunName(inputs.key, inputs["check-name"]),
    env,
  };
  if (inputs.mode === "publish") {
    const judging = { config: inputs.config, failOn: inputs["fail-on"] };
    const verified = await readVerifiedAnalysis(
      env,
      octokit,
      inputs["github-token"],
      inputs.key,
      judging,
      log,
    );
    if (!verified) return { passed: true };
    return publishReport(
      verified.report,
      verified.runInfo,
      verified.notes,
      verified.facts,
      {
        ...shared,
        comment: inputs.comment,
        maxReviewComments: inputs["max-review-comments"],
        checkRun: inputs["check-run"],
        maxAnnotations: null,
        verdict: verified.setStatus ? "commit-status" : "none",
        upload: false,
      },
      io,
    );
  }
  const runInfo = await readRun(env);
  if (runInfo.trigger.kind === "none") {
    io.annotate("notice", `dataset-ci: ${runInfo.trigger.reason}`);
    return { passed: true };
  }
  const checked = await checkWorkspace(inputs, runInfo, octokit, env, io);
  // An analyze run has a read-only token: the comment, the review and the check run are the publish run's.
  const oneRun = inputs.mode === "check";
  return publishReport(
    checked.report,
    runInfo,
    checked.notes,
    checked.facts,
    {
      ...shared,
      comment: oneRun ? inputs.comment : "off",
      maxReviewComments: oneRun ? inputs["max-review-comments"] : 0,
      checkRun: oneRun && inputs["check-run"],
      maxAnnotations: inputs["max-annotations"],
      verdict: "step",
      upload: inputs.mode === "analyze",
      sarif: checked.sarif,
    },
    io,
  );
}
