// Users: how an identity appears in every answer, and GET /user (which the Actions token may not read).
import type { GitHubStandIn } from "./server.js";
import type { Identity, Operations } from "./types.js";

/** A simple user, as comments, reviews and statuses name their author. */
export function user(github: GitHubStandIn, identity: Identity) {
  const base = `${github.url}/users/${encodeURIComponent(identity.login)}`;
  return {
    login: identity.login,
    id: identity.id,
    node_id: `U_${identity.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${identity.id}?v=4`,
    gravatar_id: "",
    url: base,
    html_url: `https://github.com/${identity.login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: identity.type,
    site_admin: false,
  };
}

function privateUser(github: GitHubStandIn, identity: Identity) {
  return {
    ...user(github, identity),
    name: null,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { collaborators: 0, name: "free", space: 976562499, private_repos: 10000 },
  };
}

export const USERS: Operations = {
  "users/get-authenticated": (github, { caller }) => {
    if (!caller.canReadUser) {
      return {
        status: 403,
        body: {
          message: "Resource not accessible by integration",
          documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
        },
      };
    }
    return { status: 200, body: privateUser(github, caller.identity) };
  },
};
