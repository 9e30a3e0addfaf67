// Check runs: created and updated, their annotations appended by every request, GitHub's limits (50
// annotations a request, 65,535 characters of summary) answered 422.
import { notFound } from "./rest.js";
import type { GitHubStandIn } from "./server.js";
import type { Answer, Operations, StoredCheckRun } from "./types.js";

interface CheckRunRequest {
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; annotations?: Array<Record<string, unknown>> };
}

/** Applies a create or update request's fields; GitHub's limits answer 422 as GitHub does. */
function applyCheckRun(run: StoredCheckRun, request: CheckRunRequest): Answer | null {
  const output = request.output;
  if (output) {
    if ((output.annotations?.length ?? 0) > 50 || (output.summary?.length ?? 0) > 65535) {
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          documentation_url: "https://docs.github.com/rest/checks/runs",
        },
      };
    }
    run.title = output.title ?? run.title;
    run.summary = output.summary ?? run.summary;
    // Annotations are appended by every request, as GitHub documents.
    run.annotations.push(...(output.annotations ?? []));
  }
  if (request.status) run.status = request.status;
  if (request.conclusion) {
    run.conclusion = request.conclusion;
    run.status = "completed";
  }
  return null;
}

function checkRun(github: GitHubStandIn, run: StoredCheckRun) {
  const url = `${github.url}/repos/${github.owner}/${github.repo}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    name: run.name,
    url,
    html_url: `https://github.com/${github.owner}/${github.repo}/runs/${run.id}`,
    details_url: null,
    status: run.status,
    conclusion: run.conclusion,
    started_at: "2026-11-27T10:00:00Z",
    completed_at: run.status === "completed" ? "2026-11-27T10:01:00Z" : null,
    external_id: null,
    check_suite: { id: 1 },
    output: {
      title: run.title,
      summary: run.summary,
      text: null,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    app: null,
    pull_requests: [],
  };
}

export const CHECKS: Operations = {
  "checks/create": (github, { body }) => {
    const request = body as CheckRunRequest & { name: string; head_sha: string };
    const run: StoredCheckRun = {
      id: github.newId(),
      name: request.name,
      headSha: request.head_sha,
      status: "queued",
      conclusion: null,
      title: null,
      summary: null,
      annotations: [],
    };
    github.checkRuns.push(run);
    const problem = applyCheckRun(run, request);
    if (problem) return problem;
    return { status: 201, body: checkRun(github, run) };
  },
  "checks/update": (github, { params, body }) => {
    const run = github.checkRuns.find((r) => r.id === Number(params.check_run_id));
    if (!run) return notFound();
    const problem = applyCheckRun(run, body as CheckRunRequest);
    if (problem) return problem;
    return { status: 200, body: checkRun(github, run) };
  },
};
