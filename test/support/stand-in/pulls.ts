// Pull requests: their changed files (at most 3,000 listed, as GitHub lists), pulls.get and pulls.list
// answered as the schema's smallest instance with what the action reads filled in, and the contents API
// through which the action reads the base's config and baseline.
import { responseSchema, type SchemaNode, smallestInstance } from "./openapi.js";
import { notFound, page, repoUrl } from "./rest.js";
import type { GitHubStandIn } from "./server.js";
import type { Operations, PullFile, PullRequestHead } from "./types.js";
import { user } from "./users.js";

/** The lines of a patch that start with `sign` (added or removed lines). */
function countLines(patch: string | undefined, sign: "+" | "-"): number {
  return patch === undefined ? 0 : patch.split("\n").filter((line) => line.startsWith(sign)).length;
}

function diffEntry(github: GitHubStandIn, file: PullFile, index: number) {
  const sha = (index + 1).toString(16).padStart(40, "0");
  const blob = `https://github.com/${github.owner}/${github.repo}/blob/${sha}/${file.filename}`;
  return {
    sha,
    filename: file.filename,
    status: file.status,
    // Counted from the patch, as GitHub counts them: a pure rename changes nothing.
    additions: countLines(file.patch, "+"),
    deletions: countLines(file.patch, "-"),
    changes: countLines(file.patch, "+") + countLines(file.patch, "-"),
    blob_url: blob,
    raw_url: blob.replace("/blob/", "/raw/"),
    contents_url: `${repoUrl(github)}/contents/${file.filename}?ref=${sha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}

/**
 * A pull request as pulls.get answers it: GitHub's schema asks for some 40 fields and two full
 * repositories, so the body is the schema's smallest instance with what the action reads filled in.
 */
function pullRequest(github: GitHubStandIn, number: number, head: PullRequestHead) {
  const schema = responseSchema("pulls/get", "200");
  const body = smallestInstance(schema) as Record<string, Record<string, unknown>>;
  const repository = (fullName: string) => {
    const [owner, name] = fullName.split("/");
    return {
      ...(smallestInstance(schema?.properties?.head?.properties?.repo) as object),
      name,
      full_name: fullName,
      owner: user(github, { login: owner as string, id: 5, type: "User" }),
      fork: fullName !== `${github.owner}/${github.repo}`,
    };
  };
  return {
    ...body,
    number,
    state: head.state ?? "open",
    title: `Pull request ${number}`,
    user: user(github, { login: "contributor", id: 9, type: "User" }),
    head: {
      ...body.head,
      sha: head.headSha,
      ref: head.headRef ?? "feature",
      label: `${head.headRepository.split("/")[0]}:${head.headRef ?? "feature"}`,
      repo: repository(head.headRepository),
    },
    base: {
      ...body.base,
      sha: head.baseSha,
      ref: head.baseRef ?? "main",
      label: `${github.owner}:${head.baseRef ?? "main"}`,
      repo: repository(`${github.owner}/${github.repo}`),
    },
  };
}

/** A pull request as pulls.list answers it: its schema's smallest instance with the fields read. */
function pullRequestSimple(github: GitHubStandIn, number: number, head: PullRequestHead) {
  const schema: SchemaNode | undefined = responseSchema("pulls/list", "200");
  const full = pullRequest(github, number, head) as Record<string, unknown>;
  const required = schema?.items?.required ?? [];
  return Object.fromEntries(
    Object.entries({ ...(smallestInstance(schema?.items) as object), ...full }).filter(
      ([key]) => required.includes(key) || key in (schema?.items?.properties ?? {}),
    ),
  );
}

export const PULLS: Operations = {
  "pulls/list-files": (github, { params, query }) => {
    const files = github.pulls.get(Number(params.pull_number));
    if (!files) return notFound();
    // GitHub lists at most 3,000 files of a pull request.
    const entries = files.slice(0, 3000).map((file, i) => diffEntry(github, file, i));
    return page(entries, query, `${repoUrl(github)}/pulls/${params.pull_number}/files`);
  },
  "pulls/list": (github, { query }) => {
    // Open pull requests, filtered by head ("owner:branch") as GitHub documents.
    const state = query.state ?? "open";
    const entries = [...github.pullHeads.entries()]
      .filter(([, head]) => state === "all" || (head.state ?? "open") === state)
      .filter(
        ([, head]) =>
          query.head === undefined ||
          query.head === `${head.headRepository.split("/")[0]}:${head.headRef ?? "feature"}`,
      )
      .map(([number, head]) => pullRequestSimple(github, number, head));
    return page(entries, query, `${repoUrl(github)}/pulls`);
  },
  "pulls/get": (github, { params }) => {
    const number = Number(params.pull_number);
    const head = github.pullHeads.get(number);
    if (!head) return notFound();
    return { status: 200, body: pullRequest(github, number, head) };
  },
  "repos/get-content": (github, { params, query }) => {
    // Served raw only (Accept: application/vnd.github.raw), as the action asks.
    const text = github.contentAt(query.ref ?? "HEAD", params.path ?? "");
    if (text === null) return notFound();
    return { status: 200, body: text, headers: { "content-type": "application/vnd.github.raw" } };
  },
};
