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
  | { kind: "push"; before: string; after: string }
  | { kind: "all"; event: string };

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

const pushPayload = z.object({ before: sha, after: sha });

/** An all-zero `before`: the push created the branch, so there is nothing to compare with. */
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
    if (parsed.success && !NO_COMMIT.test(parsed.data.before)) {
      return { ...base, sha: parsed.data.after, trigger: { kind: "push", ...parsed.data } };
    }
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
