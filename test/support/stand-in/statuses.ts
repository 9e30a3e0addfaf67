// Commit statuses: set on a commit, kept in order; a description past 140 characters answers 422.
import type { GitHubStandIn } from "./server.js";
import type { Identity, Operations, StoredStatus } from "./types.js";
import { user } from "./users.js";

function commitStatus(github: GitHubStandIn, status: StoredStatus, creator: Identity) {
  const id = github.newId();
  return {
    url: `${github.url}/repos/${github.owner}/${github.repo}/statuses/${status.sha}`,
    avatar_url: null,
    id,
    node_id: `SC_${id}`,
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: github.now(),
    updated_at: github.now(),
    creator: user(github, creator),
  };
}

export const STATUSES: Operations = {
  "repos/create-commit-status": (github, { params, body, caller }) => {
    const request = body as { state: string; context?: string; description?: string; target_url?: string };
    if ((request.description ?? "").length > 140) {
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          documentation_url: "https://docs.github.com/rest/commits/statuses",
        },
      };
    }
    const status: StoredStatus = {
      sha: params.sha as string,
      state: request.state,
      context: request.context ?? "default",
      description: request.description ?? null,
      target_url: request.target_url ?? null,
    };
    github.statuses.push(status);
    return { status: 201, body: commitStatus(github, status, caller.identity) };
  },
};
