import os from "node:os";
import { z } from "zod";
import type { FailOn } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { PER_PAGE_MAX } from "../report/github-limits.js";
import {
  ANALYSIS_MAX_BYTES,
  ANALYSIS_VERSION,
  type Analysis,
  AnalysisRefused,
  downloadAnalysis,
  type PullRequestFacts,
  uploadAnalysis,
} from "./analysis.js";
import { judgeByBase } from "./base-verdict.js";
import { EventError, type Run, readPayload, readRun } from "./event.js";
import { describeFailure, type Octokit, statusOf } from "./github.js";
import {
  checkAnswer,
  checkedRequest,
  ListError,
  OPEN_PULL_REQUESTS,
  PULL_REQUEST,
  RUN_ARTIFACTS,
} from "./github-answers.js";
import { analysisArtifactName } from "./job-key.js";

/** A publish run that cannot publish: the message is the one line the failed step shows. */
export class PublishError extends Error {}

/** GitHub's answer, checked (checkAnswer); one that is not what GitHub documents stops the publish run in one line. */
function checkedAnswer<T>(schema: z.ZodType<T>, data: unknown, endpoint: string): T {
  try {
    return checkAnswer(schema, data, endpoint);
  } catch (error) {
    if (error instanceof ListError) throw new PublishError(error.message);
    throw error;
  }
}

/**
 * An analyze run's upload: the report and the notes its comment would carry, for the pull request it
 * checked. Throws when the upload fails (sinks/upload-sink.ts turns that into one warning).
 */
export async function uploadForPublish(
  report: Report,
  runInfo: Run,
  commentNotes: string[],
  facts: PullRequestFacts,
  env: NodeJS.ProcessEnv,
  key: string,
  log: (line: string) => void,
): Promise<void> {
  const artifactName = analysisArtifactName(key);
  const trigger = runInfo.trigger;
  const subject = analysisSubject(trigger);
  if (!subject) {
    log(`mode analyze uploads only on pull requests and merge queues; this ${trigger.kind} run has none`);
    return;
  }
  // The branch it targets, so a publish run can tell a pull request retargeted since (payload: base.ref).
  const payload = (await readPayload(env.GITHUB_EVENT_PATH).catch(() => null)) as {
    pull_request?: { base?: { ref?: unknown } };
  } | null;
  const baseRef =
    typeof payload?.pull_request?.base?.ref === "string" ? payload.pull_request.base.ref : undefined;
  const analysis: Analysis = {
    "dataset-ci-analysis": ANALYSIS_VERSION,
    ...(subject.pullRequest
      ? { pullRequest: { ...subject.pullRequest, ...(baseRef ? { baseRef } : {}) } }
      : { mergeGroup: subject.mergeGroup }),
    notes: commentNotes,
    report,
    facts,
  };
  const id = await uploadAnalysis(analysis, env.RUNNER_TEMP || os.tmpdir(), artifactName);
  log(`uploaded the artifact ${artifactName} (id ${id}) for a publish run`);
}

/** Conclusions of a run that got to check: a failing check fails its step, so failure is one of them. */
const CHECKED_CONCLUSIONS: ReadonlySet<string> = new Set(["success", "failure"]);

const sha = z.string().regex(/^[0-9a-f]{40}$/i, "should be a commit SHA");

const workflowRunPayload = z.object({
  workflow_run: z.object({
    id: z.number().int().positive(),
    event: z.string(),
    head_sha: sha,
    head_branch: z.string().nullable().optional(),
    head_repository: z.object({ full_name: z.string() }).nullable().optional(),
    // success, failure, neutral, cancelled, skipped, timed_out, action_required, stale, or null (webhook docs).
    conclusion: z.string().nullable().optional(),
    // Empty for a pull request from a fork: the number is then taken from the artifact and verified.
    pull_requests: z.array(z.object({ number: z.number().int().positive() })).default([]),
  }),
});

export interface VerifiedAnalysis {
  report: Report;
  /** The coordinates of the checked run: this repository, the pull request, its head, the analyze run. */
  runInfo: Run;
  notes: string[];
  facts: PullRequestFacts;
  /** False when another open pull request has the same head commit, whose status this would set. */
  setStatus: boolean;
}

/**
 * A publish run's input: the analysis the triggering workflow run uploaded, verified to be the report of
 * that run's pull request at that run's head commit. Returns null when the triggering run was not for a
 * pull request (nothing to publish). Throws PublishError for a missing, malformed or mismatched artifact.
 */
export async function readVerifiedAnalysis(
  env: NodeJS.ProcessEnv,
  octokit: Octokit | null,
  token: string,
  key: string,
  /** The config's path and the fail-on input (undefined when unset) the verdict is judged by. */
  judging: { config: string; failOn: FailOn | undefined },
  log: (line: string) => void,
): Promise<VerifiedAnalysis | null> {
  const artifactName = analysisArtifactName(key);
  if (env.GITHUB_EVENT_NAME !== "workflow_run") {
    throw new EventError(
      `mode publish runs in a workflow_run workflow, not on ${env.GITHUB_EVENT_NAME || "an unknown event"} (dataset-ci's docs/action.md#fork-pull-requests)`,
    );
  }
  const base = await readRun(env);
  const parsed = workflowRunPayload.safeParse(await readPayload(env.GITHUB_EVENT_PATH));
  if (!parsed.success) throw new EventError("the workflow_run payload lacks workflow_run.id or head_sha");
  const triggering = parsed.data.workflow_run;
  if (triggering.event !== "pull_request" && triggering.event !== "merge_group") {
    log(`run ${triggering.id} ran on ${triggering.event}, not a pull request: nothing to publish`);
    return null;
  }
  if (!octokit)
    throw new PublishError("input github-token: needed to download the analysis and to publish it");
  const repository = { owner: base.owner, repo: base.repo };
  const runId = triggering.id;
  // A run that did not check (cancelled, skipped, timed out, awaiting approval) has nothing to publish:
  // that is no failure of this run, so it logs and succeeds instead of turning red and notifying.
  if (triggering.conclusion !== undefined && !CHECKED_CONCLUSIONS.has(triggering.conclusion ?? "")) {
    log(
      `run ${runId} ended ${triggering.conclusion ?? "without a conclusion"}, so it checked nothing: nothing to publish`,
    );
    return null;
  }

  const listed = checkedAnswer(
    RUN_ARTIFACTS,
    (
      await octokit.rest.actions.listWorkflowRunArtifacts({
        ...repository,
        run_id: runId,
        name: artifactName,
        per_page: PER_PAGE_MAX,
      })
    ).data,
    `GET /repos/${repository.owner}/${repository.repo}/actions/runs/${runId}/artifacts`,
  );
  const artifact = listed.artifacts
    .filter((a) => a.name === artifactName && !a.expired)
    .sort((a, b) => b.id - a.id)[0];
  if (!artifact) {
    // A run that stopped before its dataset-ci step, or a workflow without mode: analyze: logged, not red.
    log(
      `run ${runId} uploaded no ${artifactName} artifact (it stopped before its dataset-ci step, or that step does not run mode: analyze${key ? ` with key ${key}` : ""}): nothing to publish`,
    );
    return null;
  }
  const refuse = (why: string) =>
    new PublishError(`refused the ${artifactName} artifact of run ${runId}: ${why}`);
  if (artifact.size_in_bytes > ANALYSIS_MAX_BYTES) {
    throw refuse(`it is ${artifact.size_in_bytes} bytes, more than the ${ANALYSIS_MAX_BYTES} a report needs`);
  }
  let analysis: Analysis;
  try {
    analysis = await downloadAnalysis(
      { id: artifact.id, digest: artifact.digest },
      { ...repository, runId },
      token,
      env.RUNNER_TEMP || os.tmpdir(),
    );
  } catch (error) {
    if (error instanceof AnalysisRefused) throw refuse(error.message);
    throw new PublishError(`could not download the artifact of run ${runId}: ${describeFailure(error)}`);
  }

  if (triggering.event === "merge_group") return verifiedMergeGroup(analysis, triggering, base, refuse, log);
  // The artifact names the pull request; the triggering run and GitHub's own record of that pull request
  // must both agree with it, since anything in the artifact may be forged.
  const claimed = analysis.pullRequest;
  if (!claimed) throw refuse("it names no pull request");
  if (claimed.headSha.toLowerCase() !== triggering.head_sha.toLowerCase()) {
    throw refuse(`it is for commit ${claimed.headSha}, but run ${runId} checked ${triggering.head_sha}`);
  }
  const listedNumbers = triggering.pull_requests.map((pr) => pr.number);
  if (listedNumbers.length > 0 && !listedNumbers.includes(claimed.number)) {
    throw refuse(
      `it names pull request #${claimed.number}, but run ${runId} was for #${listedNumbers.join(", #")}`,
    );
  }
  let pull: z.infer<typeof PULL_REQUEST>;
  try {
    pull = checkedAnswer(
      PULL_REQUEST,
      (await octokit.rest.pulls.get({ ...repository, pull_number: claimed.number })).data,
      `GET /repos/${repository.owner}/${repository.repo}/pulls/${claimed.number}`,
    );
  } catch (error) {
    if (statusOf(error) === 404)
      throw refuse(`it names pull request #${claimed.number}, which does not exist`);
    throw error;
  }
  const sameBranch =
    pull.head.repo?.full_name === triggering.head_repository?.full_name &&
    triggering.head_branch != null &&
    pull.head.ref === triggering.head_branch;
  if (pull.head.sha.toLowerCase() !== triggering.head_sha.toLowerCase() && !sameBranch) {
    throw refuse(
      `it names pull request #${claimed.number}, whose head is ${pull.head.sha}, not run ${runId}'s commit ${triggering.head_sha}`,
    );
  }
  if (pull.head.sha.toLowerCase() !== triggering.head_sha.toLowerCase()) {
    // An older run of the pull request's branch finishing after a newer push: its report is out of date,
    // and the newer push's run publishes.
    log(
      `pull request #${claimed.number} has a newer head (${pull.head.sha}) than run ${runId}'s ${triggering.head_sha}: nothing to publish, the newer push's run publishes`,
    );
    return null;
  }
  if (pull.state !== "open") {
    log(`pull request #${claimed.number} is ${pull.state}: nothing to publish`);
    return null;
  }
  if (claimed.baseRef !== undefined && claimed.baseRef !== pull.base.ref) {
    log(
      `pull request #${claimed.number} now targets ${pull.base.ref}, not ${claimed.baseRef} as when run ${runId} checked it: nothing to publish`,
    );
    return null;
  }
  const headRepository = pull.head.repo?.full_name ?? null;
  const runRepository = triggering.head_repository?.full_name ?? null;
  if (headRepository === null || headRepository !== runRepository) {
    throw refuse(
      `it names pull request #${claimed.number}, whose head is in ${headRepository ?? "a deleted repository"}, not run ${runId}'s ${runRepository ?? "(none)"}`,
    );
  }

  log(`verified the analysis of run ${runId}: pull request #${claimed.number} at ${triggering.head_sha}`);
  let judged: Awaited<ReturnType<typeof judgeByBase>>;
  try {
    judged = await judgeByBase(
      octokit,
      repository,
      { baseSha: pull.base.sha, headSha: triggering.head_sha },
      judging.config,
      judging.failOn,
      analysis.report,
    );
  } catch (error) {
    throw new PublishError(
      `could not judge by the base's config and baseline: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // A commit status belongs to the commit: another open pull request with the same head commit (the same
  // branch into another base) shows it too, as its own verdict, so it is not set for this one.
  let open: z.infer<typeof OPEN_PULL_REQUESTS>;
  try {
    open = await checkedRequest(
      OPEN_PULL_REQUESTS,
      "GET",
      () =>
        octokit.rest.pulls.list({
          ...repository,
          state: "open",
          head: pull.head.label,
          per_page: PER_PAGE_MAX,
        }),
      { repeatable: true, octokit },
    );
  } catch (error) {
    if (error instanceof ListError) throw new PublishError(error.message);
    throw error;
  }
  const sharing = open
    .filter((other) => other.number !== claimed.number && other.head.sha === pull.head.sha)
    .map((other) => other.number);
  const notes = [...analysis.notes, ...(judged.note ? [judged.note] : [])];
  if (sharing.length > 0) {
    notes.push(
      `no commit status set: pull request #${sharing.join(", #")} has the same head commit and would show this verdict as its own.`,
    );
  }
  return {
    report: judged.report,
    notes,
    setStatus: sharing.length === 0,
    facts: analysis.facts,
    runInfo: {
      ...base,
      sha: triggering.head_sha,
      // The analyze run has the annotations and the job summary the comment points to.
      runUrl: `${base.serverUrl}/${base.owner}/${base.repo}/actions/runs/${runId}`,
      trigger: {
        kind: "pull-request",
        number: claimed.number,
        baseSha: pull.base.sha,
        headSha: triggering.head_sha,
        changedFiles: undefined,
      },
    },
  };
}

/** What an analyze run's artifact is about: the pull request, or the merge queue's commit; null otherwise. */
function analysisSubject(trigger: Run["trigger"]): Pick<Analysis, "pullRequest" | "mergeGroup"> | null {
  if (trigger.kind === "pull-request") {
    return { pullRequest: { number: trigger.number, headSha: trigger.headSha, baseSha: trigger.baseSha } };
  }
  if (trigger.kind === "push" && trigger.event === "merge_group" && trigger.before !== null) {
    return { mergeGroup: { headSha: trigger.after, baseSha: trigger.before } };
  }
  return null;
}

/**
 * A merge queue's analysis: for the triggering run's commit, made in this repository (a merge queue's
 * commits are the base repository's own). Its verdict goes on that commit, where the queue waits for the
 * required status; there is no pull request to comment on.
 */
function verifiedMergeGroup(
  analysis: Analysis,
  triggering: z.infer<typeof workflowRunPayload>["workflow_run"],
  base: Run,
  refuse: (why: string) => PublishError,
  log: (line: string) => void,
): VerifiedAnalysis {
  const group = analysis.mergeGroup;
  if (!group) throw refuse("it names no merge group");
  if (group.headSha.toLowerCase() !== triggering.head_sha.toLowerCase()) {
    throw refuse(
      `it is for commit ${group.headSha}, but run ${triggering.id} checked ${triggering.head_sha}`,
    );
  }
  const repository = `${base.owner}/${base.repo}`;
  if (triggering.head_repository?.full_name !== repository) {
    throw refuse(
      `run ${triggering.id} ran in ${triggering.head_repository?.full_name ?? "(none)"}, not ${repository}`,
    );
  }
  log(`verified the analysis of run ${triggering.id}: the merge queue's commit ${triggering.head_sha}`);
  return {
    report: analysis.report,
    notes: analysis.notes,
    facts: analysis.facts,
    runInfo: {
      ...base,
      sha: triggering.head_sha,
      runUrl: `${base.serverUrl}/${base.owner}/${base.repo}/actions/runs/${triggering.id}`,
      trigger: {
        kind: "push",
        before: group.baseSha,
        after: triggering.head_sha,
        event: "merge_group",
        forced: false,
        defaultBranch: undefined,
      },
    },
    // The queue waits for the required status on its own commit, which no pull request shares.
    setStatus: true,
  };
}
