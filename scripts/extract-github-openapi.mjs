// Writes test/fixtures/github-openapi.json: the operations of GitHub's REST API that the action calls,
// taken from GitHub's official OpenAPI description (@octokit/openapi, dereferenced), so the e2e stand-in
// for api.github.com can check every request and response against what GitHub documents.
// Run after upgrading @octokit/openapi: `node scripts/extract-github-openapi.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Every operation src/action calls, as [method, path template]. */
export const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/files"],
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["delete", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["get", "/user"],
  // mode publish: the triggering run's artifact (listed by us, downloaded by @actions/artifact), the pull
  // request it names, and the verdict as a commit status.
  ["get", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
  ["get", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["post", "/repos/{owner}/{repo}/statuses/{sha}"],
  // mode publish judges by the base's config and baseline, and leaves alone a status another open pull
  // request of the same head commit shows.
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
  ["get", "/repos/{owner}/{repo}/pulls"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/comments"],
  ["post", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
  ["delete", "/repos/{owner}/{repo}/pulls/comments/{comment_id}"],
  ["post", "/repos/{owner}/{repo}/check-runs"],
  ["patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
];

const require = createRequire(import.meta.url);
const description = JSON.parse(
  readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.deref.json"), "utf8"),
);
const { version } = JSON.parse(readFileSync(require.resolve("@octokit/openapi/package.json"), "utf8"));

const operations = OPERATIONS.map(([method, template]) => {
  const operation = description.paths[template]?.[method];
  if (!operation)
    throw new Error(`${method.toUpperCase()} ${template} is not in GitHub's OpenAPI description`);
  const responses = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = {
      schema: response.content?.["application/json"]?.schema ?? null,
    };
  }
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path: template,
    parameters: (operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({
      name,
      in: where,
      required: Boolean(required),
      schema,
    })),
    requestBody: operation.requestBody?.content?.["application/json"]?.schema ?? null,
    responses,
  };
});

/**
 * The webhook payload of each event the e2e tests start the action with (the runner hands the action the
 * webhook's payload as GITHUB_EVENT_PATH), by event name: the tests check their payloads against these.
 */
export const WEBHOOKS = {
  pull_request: "pull-request-synchronize",
  pull_request_target: "pull-request-synchronize",
  push: "push",
  merge_group: "merge-group-checks-requested",
  workflow_run: "workflow-run-completed",
};

const webhooks = Object.fromEntries(
  Object.entries(WEBHOOKS).map(([event, name]) => {
    const schema =
      description["x-webhooks"]?.[name]?.post?.requestBody?.content?.["application/json"]?.schema;
    if (!schema) throw new Error(`the webhook ${name} is not in GitHub's OpenAPI description`);
    return [event, schema];
  }),
);

const target = path.resolve(import.meta.dirname, "../test/fixtures/github-openapi.json");
writeFileSync(
  target,
  `${JSON.stringify({ source: `@octokit/openapi@${version} api.github.com.deref.json`, operations, webhooks }, null, 1)}\n`,
);
console.log(
  `wrote ${operations.length} operations and ${Object.keys(webhooks).length} webhook payloads to ${path.relative(process.cwd(), target)}`,
);
