// GitHub's GraphQL endpoint, for the two operations the action sends: a pull request's review threads,
// and resolveReviewThread.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GitHubStandIn } from "./server.js";
import type { RecordedRequest } from "./types.js";

/**
 * What the GraphQL documents the action sends may name, from GitHub's GraphQL reference (docs.github.com/
 * graphql/reference): Query.repository(owner, name); Repository.pullRequest(number);
 * PullRequest.reviewThreads(first, after) → PullRequestReviewThreadConnection { nodes, pageInfo };
 * PullRequestReviewThread { id, isResolved, comments(first) }; PullRequestReviewCommentConnection
 * { totalCount, nodes }; PullRequestReviewComment.databaseId; PageInfo { hasNextPage, endCursor };
 * Mutation.resolveReviewThread(input: ResolveReviewThreadInput { threadId }) → { thread }; and the
 * language's keywords and scalar types.
 */
const GRAPHQL_FIELDS: ReadonlySet<string> = new Set([
  "query",
  "mutation",
  "String",
  "Int",
  "ID",
  "repository",
  "owner",
  "name",
  "pullRequest",
  "number",
  "reviewThreads",
  "first",
  "after",
  "nodes",
  "pageInfo",
  "id",
  "isResolved",
  "comments",
  "totalCount",
  "databaseId",
  "hasNextPage",
  "endCursor",
  "resolveReviewThread",
  "input",
  "threadId",
  "thread",
]);

/**
 * Answers a GraphQL request. Its text may name only fields GitHub's GraphQL reference documents for the
 * two operations (GRAPHQL_FIELDS); anything else is a violation. Answers as GitHub does: 200 with `data`,
 * or 200 with `errors` (a mutation by a read-only token, an unknown thread).
 */
export async function handleGraphql(
  github: GitHubStandIn,
  request: IncomingMessage,
  bytes: Buffer,
  response: ServerResponse,
): Promise<void> {
  const record: RecordedRequest = {
    method: request.method ?? "GET",
    path: "/graphql",
    query: {},
    operationId: "graphql",
    body: undefined,
    status: 0,
  };
  github.requests.push(record);
  const reply = (status: number, body: unknown) => {
    record.status = status;
    response
      .writeHead(status, { "content-type": "application/json; charset=utf-8" })
      .end(JSON.stringify(body));
  };
  let parsed: { query?: unknown; variables?: Record<string, unknown> };
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    github.violations.push("POST /graphql: the body is not JSON");
    return reply(400, { message: "Problems parsing JSON" });
  }
  record.body = parsed;
  if (request.method !== "POST" || typeof parsed.query !== "string") {
    github.violations.push("/graphql: not a POST of { query, variables }");
    return reply(400, { message: "A query attribute must be specified and must be a string." });
  }
  const token = (request.headers.authorization ?? "").replace(/^(token|bearer) /i, "");
  const caller = github.tokens.get(token);
  if (!caller)
    return reply(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
  const query = parsed.query;
  const variables = parsed.variables ?? {};
  const words =
    query
      .replace(/\$\w+/g, " ")
      .replace(/"[^"]*"/g, " ")
      .match(/[A-Za-z_]\w*/g) ?? [];
  for (const word of words) {
    if (!GRAPHQL_FIELDS.has(word))
      github.violations.push(`/graphql: ${word} is no field or argument GitHub documents here`);
  }
  const fault = github.takeFault("POST", "/graphql");
  if (fault) return reply(fault.status, fault.body ?? { message: "fault" });
  if (/^\s*mutation\b/.test(query)) {
    if (!/resolveReviewThread\s*\(\s*input:\s*\{\s*threadId:\s*\$threadId\s*\}\s*\)/.test(query)) {
      github.violations.push("/graphql: a mutation other than resolveReviewThread(input: { threadId })");
    }
    if (caller.readOnly) {
      return reply(200, {
        data: { resolveReviewThread: null },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["resolveReviewThread"],
            message: "Resource not accessible by integration",
          },
        ],
      });
    }
    const threadId = String(variables.threadId ?? "");
    const first = Number(/^PRRT_(\d+)$/.exec(threadId)?.[1]);
    const exists = [...github.reviewComments.values()].some((list) =>
      list.some((c) => c.id === first && c.inReplyTo === undefined),
    );
    if (!exists) {
      return reply(200, {
        data: { resolveReviewThread: null },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["resolveReviewThread"],
            message: `Could not resolve to a node with the global id of '${threadId}'`,
          },
        ],
      });
    }
    github.resolvedThreads.add(first);
    return reply(200, { data: { resolveReviewThread: { thread: { id: threadId, isResolved: true } } } });
  }
  for (const name of ["owner", "repo", "number"]) {
    if (variables[name] === undefined) github.violations.push(`/graphql: variable ${name} missing`);
  }
  if (variables.owner !== github.owner || variables.repo !== github.repo) {
    return reply(200, {
      data: { repository: null },
      errors: [{ type: "NOT_FOUND", path: ["repository"], message: "Could not resolve to a Repository" }],
    });
  }
  const pull = Number(variables.number);
  const comments = github.reviewCommentsOn(pull);
  const threads = comments
    .filter((c) => c.inReplyTo === undefined)
    .map((c) => ({
      id: `PRRT_${c.id}`,
      isResolved: github.resolvedThreads.has(c.id),
      comments: {
        totalCount: 1 + comments.filter((r) => r.inReplyTo === c.id).length,
        nodes: [{ databaseId: c.id }],
      },
    }));
  // Connections take at most 100 nodes a page; the cursor is opaque to clients.
  const first = Math.min(100, Number(/reviewThreads\(first:\s*(\d+)/.exec(query)?.[1] ?? 100));
  const start = variables.cursor ? Number(Buffer.from(String(variables.cursor), "base64").toString()) : 0;
  const nodes = threads.slice(start, start + first);
  const end = start + nodes.length;
  return reply(200, {
    data: {
      repository: {
        pullRequest: github.pulls.has(pull)
          ? {
              reviewThreads: {
                nodes,
                pageInfo: {
                  hasNextPage: end < threads.length,
                  endCursor: nodes.length > 0 ? Buffer.from(String(end)).toString("base64") : null,
                },
              },
            }
          : null,
      },
    },
  });
}
