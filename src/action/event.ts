import { readFile } from "node:fs/promises";
import { z } from "zod";

/** What a run checks, decided by the event that started the workflow. */
export type Trigger =
  | {
      kind: "pull-request";
      number: number;
      baseSha: string;
      headSha: string;
      /** The count GitHub gives in the payload; past PULL_FILES_MAX the API cannot list them all. */
      changedFiles: number | undefined;
    }
  | {
      kind: "push";
      /** The push's `before`; null for a push that created the branch (GitHub sends all zeros). */
      before: string | null;
      after: string;
      /** "merge_group": a merge queue's commit, compared with the queue's base like a push. */
      event: "push" | "merge_group";
      /** A force push: `before` may be no ancestor of `after`, or gone. */
      forced: boolean;
      /** The repository's default branch, the comparison of a new branch. */
      defaultBranch: string | undefined;
    }
  | { kind: "all"; event: string }
  /** Nothing to check: a push that deleted its branch. */
  | { kind: "none"; reason: string };

export interface Run {
  owner: string;
  repo: string;
  /** The commit the run is for: a PR's head, else GITHUB_SHA. Links to lines point at it. */
  sha: string;
  serverUrl: string;
  /** The page of this workflow run, where the job summary is; undefined outside a runner. */
  runUrl: string | undefined;
  trigger: Trigger;
}

const sha = z.string().regex(/^[0-9a-f]{40}$/i, "should be a commit SHA");

const pullRequestPayload = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha }),
    head: z.object({ sha }),
    changed_files: z.number().int().nonnegative().optional(),
  }),
});

// Webhook payloads "push" and "merge_group" (docs.github.com "Webhook events and payloads").
const pushPayload = z.object({
  before: sha,
  after: sha,
  ref: z.string().optional(),
  created: z.boolean().optional(),
  deleted: z.boolean().optional(),
  forced: z.boolean().optional(),
  repository: z.object({ default_branch: z.string().optional() }).optional(),
});

const mergeGroupPayload = z.object({ merge_group: z.object({ base_sha: sha, head_sha: sha }) });

/** An all-zero `before` (the push created the branch) or `after` (it deleted it). */
const NO_COMMIT = /^0{40}$/;

export class EventError extends Error {}

/** Reads the runner's environment and event payload into what this run checks. */
export async function readRun(env: NodeJS.ProcessEnv): Promise<Run> {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new EventError(`GITHUB_REPOSITORY should be owner/name, found "${repository}"`);
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const event = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const base = { owner, repo, serverUrl, runUrl };
  if (event === "pull_request" || event === "pull_request_target") {
    const parsed = pullRequestPayload.safeParse(payload);
    if (!parsed.success) throw new EventError(`the ${event} payload lacks ${describe(parsed.error)}`);
    const pr = parsed.data.pull_request;
    return {
      ...base,
      sha: pr.head.sha,
      trigger: {
        kind: "pull-request",
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        changedFiles: pr.changed_files,
      },
    };
  }
  const headSha = env.GITHUB_SHA ?? "";
  if (event === "push") {
    const parsed = pushPayload.safeParse(payload);
    if (parsed.success) {
      const push = parsed.data;
      if (push.deleted || NO_COMMIT.test(push.after)) {
        return {
          ...base,
          sha: headSha,
          trigger: { kind: "none", reason: `the push deleted ${push.ref ?? "its branch"}: nothing to check` },
        };
      }
      return {
        ...base,
        sha: push.after,
        trigger: {
          kind: "push",
          before: NO_COMMIT.test(push.before) || push.created ? null : push.before,
          after: push.after,
          event: "push",
          forced: push.forced === true,
          defaultBranch: push.repository?.default_branch,
        },
      };
    }
  }
  if (event === "merge_group") {
    const parsed = mergeGroupPayload.safeParse(payload);
    if (!parsed.success) throw new EventError(`the merge_group payload lacks ${describe(parsed.error)}`);
    const group = parsed.data.merge_group;
    return {
      ...base,
      sha: group.head_sha,
      trigger: {
        kind: "push",
        before: group.base_sha,
        after: group.head_sha,
        event: "merge_group",
        forced: false,
        defaultBranch: undefined,
      },
    };
  }
  return { ...base, sha: headSha, trigger: { kind: "all", event: event || "unknown" } };
}

export async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new EventError(`cannot read the event payload ${file}: ${(error as Error).message}`);
  }
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".")} (${issue.message})`).join(", ");
}
