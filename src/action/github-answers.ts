import { z } from "zod";
import {
  ISSUE_COMMENT_PAGES_MAX,
  PER_PAGE_MAX,
  PULL_FILES_PAGES_MAX,
  REVIEW_COMMENT_PAGES_MAX,
} from "../report/github-limits.js";
import { type Octokit, RETRIES, retryWaitMs } from "./github.js";

// GitHub's answers, checked against what the REST API documents: single answers (checkAnswer) and
// paginated lists, read page by page. Octokit's
// paginate() takes whatever a page holds: an empty or cut-off body becomes "" and then [] ("no files
// changed", and the action passed a pull request it never checked), a field of the wrong type fails far
// from the request ("patch.split is not a function"), and a Link header that names the same page again is
// followed for ever. Here every such answer is a ListError that says what went wrong, never what the
// body held, and the caller falls back or reports, as for an answer GitHub refused.

/** An answer that is not what GitHub documents, or a list that never ends: a fault like a 5xx. */
export class ListError extends Error {}

/** A pull request as REST "Get a pull request" documents it: what a publish run checks of it. */
export const PULL_REQUEST = z.object({
  head: z.object({
    sha: z.string(),
    ref: z.string(),
    label: z.string(),
    repo: z.object({ full_name: z.string() }).nullable(),
  }),
  base: z.object({ sha: z.string(), ref: z.string() }),
  state: z.string(),
});

/** A run's artifacts as REST "List workflow run artifacts" documents them: what a publish run reads. */
export const RUN_ARTIFACTS = z.object({
  artifacts: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      expired: z.boolean(),
      size_in_bytes: z.number(),
      digest: z.string().nullish(),
    }),
  ),
});

/**
 * A single answer, checked: throws a ListError naming the endpoint and the field that is wrong, never
 * its value, when the answer is not what GitHub documents.
 */
export function checkAnswer<T>(schema: z.ZodType<T>, data: unknown, endpoint: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new ListError(`GitHub's answer to ${endpoint} is ${describeAnswer(data, parsed.error)}`);
}

/** A comment as REST "Create an issue comment" and "Update an issue comment" document it: what the action reads. */
export const WRITTEN_COMMENT = z.object({ id: z.number().int(), html_url: z.string() });

/** A check run as REST "Create a check run" documents it: what the action reads of it. */
export const CREATED_CHECK_RUN = z.object({
  id: z.number().int(),
  html_url: z.string().nullish(),
  url: z.string(),
});

/** The token's user as REST "Get the authenticated user" documents it. */
export const AUTHENTICATED_USER = z.object({ login: z.string() });

/** Open pull requests (REST "List pull requests"): what a publish run reads of them. */
export const OPEN_PULL_REQUESTS = z.array(
  z.object({ number: z.number().int(), head: z.object({ sha: z.string() }) }),
);

/**
 * Sends one request and checks its answer: the checked data. An answer that is not what GitHub documents
 * (an empty or cut-off body, an HTML page, a field of the wrong type) is a fault like a 5xx: a request that
 * may be repeated (a GET, a PATCH that sets the same thing) is sent again RETRIES times, as plugin-retry
 * does a 5xx; then, or at once for one that may not (a POST creates again), a ListError naming the
 * method, endpoint and status, never the body.
 */
export async function checkedRequest<T>(
  schema: z.ZodType<T>,
  method: string,
  send: () => Promise<{ data: unknown; status: number; url: string }>,
  options: { repeatable: boolean; octokit: Octokit },
): Promise<T> {
  const attempts = options.repeatable ? RETRIES + 1 : 1;
  let problem = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0)
      await new Promise((resolve) => setTimeout(resolve, retryWaitMs(options.octokit, attempt)));
    const answer = await send();
    const parsed = schema.safeParse(answer.data);
    if (parsed.success) return parsed.data;
    let path = "GitHub";
    try {
      path = new URL(answer.url).pathname;
    } catch {
      // no URL to name: GitHub it is
    }
    problem = `GitHub's answer to ${method} ${path} (HTTP ${answer.status}) is ${describeAnswer(answer.data, parsed.error)}`;
  }
  throw new ListError(attempts > 1 ? `${problem}, ${attempts} times` : problem);
}

function describeAnswer(data: unknown, error: z.ZodError): string {
  if (data === "" || data === undefined || data === null) return "an empty body";
  if (typeof data === "string" || data instanceof ArrayBuffer) return "a body that is not JSON";
  const path = error.issues[0]?.path.join(".") || "the answer";
  return `not as GitHub documents it (${path}: ${error.issues[0]?.code ?? "invalid"})`;
}

interface Repository {
  owner: string;
  repo: string;
}

/** A pull request file as REST "List pull requests files" documents it: what the action reads of it. */
const PULL_FILE = z.object({
  filename: z.string().min(1),
  // Every status GitHub documents; an unknown one is a fault, never a file silently left unchecked.
  status: z.enum(["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"]),
  patch: z.string().optional(),
  previous_filename: z.string().optional(),
});
export type PullFile = z.infer<typeof PULL_FILE>;

const AUTHOR = z.object({ login: z.string(), type: z.string() }).nullable();

/** An issue comment (REST "List issue comments"): what the sticky comment reads of it. */
const ISSUE_COMMENT = z.object({
  id: z.number().int(),
  body: z.string().nullish(),
  user: AUTHOR,
});
export type IssueComment = z.infer<typeof ISSUE_COMMENT>;

/** A review comment (REST "List review comments on a pull request"): what the review reads of it. */
const REVIEW_COMMENT = z.object({
  id: z.number().int(),
  body: z.string(),
  user: AUTHOR,
  // Set on a reply: the comment it answers (a thread with replies is left open).
  in_reply_to_id: z.number().int().optional(),
});
export type ReviewComment = z.infer<typeof REVIEW_COMMENT>;

/** The files of a pull request, at most PULL_FILES_PAGES_MAX pages of them. */
export function listPullFiles(octokit: Octokit, repository: Repository, pullNumber: number) {
  return listAll(octokit, {
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    parameters: { ...repository, pull_number: pullNumber },
    item: PULL_FILE,
    maxPages: PULL_FILES_PAGES_MAX,
    what: "the pull request's files",
  });
}

/** The comments of an issue or pull request, at most ISSUE_COMMENT_PAGES_MAX pages of them. */
export function listIssueComments(octokit: Octokit, repository: Repository, issueNumber: number) {
  return listAll(octokit, {
    route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    parameters: { ...repository, issue_number: issueNumber },
    item: ISSUE_COMMENT,
    maxPages: ISSUE_COMMENT_PAGES_MAX,
    what: "the pull request's comments",
  });
}

/** The review comments of a pull request, at most REVIEW_COMMENT_PAGES_MAX pages of them. */
export function listReviewComments(octokit: Octokit, repository: Repository, pullNumber: number) {
  return listAll(octokit, {
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
    parameters: { ...repository, pull_number: pullNumber },
    item: REVIEW_COMMENT,
    maxPages: REVIEW_COMMENT_PAGES_MAX,
    what: "the pull request's review comments",
  });
}

interface ListSpec<T> {
  route: string;
  parameters: Record<string, string | number>;
  item: z.ZodType<T>;
  maxPages: number;
  /** Names the list in an error: "the pull request's files". */
  what: string;
}

/**
 * Every item of a paginated list. Each page must be a JSON array of valid items: one that is not (an
 * empty or cut-off body, HTML, a field of the wrong type) is asked for again RETRIES times, as
 * plugin-retry does a 5xx, then the list fails. The list also fails past `maxPages`, on a Link that
 * names a page already read, and on a Link off GitHub's API (it would be sent the token).
 */
export async function listAll<T>(octokit: Octokit, spec: ListSpec<T>): Promise<T[]> {
  const page = z.array(spec.item);
  const first = octokit.request.endpoint(spec.route, { ...spec.parameters, per_page: PER_PAGE_MAX });
  const origin = new URL(first.url).origin;
  const endpoint = `GET ${new URL(first.url).pathname}`;
  const fail = (why: string) => new ListError(`GitHub's list of ${spec.what} (${endpoint}) ${why}`);
  const seen = new Set<string>([first.url]);
  const items: T[] = [];
  let url = first.url;
  for (let number = 1; ; number++) {
    let response: Awaited<ReturnType<Octokit["request"]>> | undefined;
    let problem = "";
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryWaitMs(octokit, attempt)));
      const answer = await octokit.request({ method: "GET", url });
      const parsed = page.safeParse(answer.data);
      if (parsed.success) {
        items.push(...parsed.data);
        response = answer;
        break;
      }
      problem = describeInvalid(answer.data, parsed.error);
    }
    if (!response) throw fail(`answered page ${number} with ${problem}, ${RETRIES + 1} times`);
    const next = nextLink(response.headers.link);
    if (next === undefined) return items;
    if (number >= spec.maxPages) {
      throw fail(`goes on past ${spec.maxPages} pages of ${PER_PAGE_MAX}, more than GitHub ever lists`);
    }
    let nextUrl: URL;
    try {
      nextUrl = new URL(next);
    } catch {
      throw fail(`gave page ${number} a Link to a next page that is no URL`);
    }
    if (nextUrl.origin !== origin) throw fail(`gave page ${number} a Link to a next page off GitHub's API`);
    if (seen.has(nextUrl.href)) throw fail(`gave page ${number} a Link back to a page already read`);
    seen.add(nextUrl.href);
    url = nextUrl.href;
  }
}

/** The URL of rel="next" in a Link header (RFC 8288), as Octokit reads it. */
function nextLink(link: string | undefined): string | undefined {
  return /<([^<>]+)>;\s*rel="next"/.exec(link ?? "")?.[1];
}

/** What was wrong with a page, in words that never quote it: it may be anything (an HTML page, a script). */
function describeInvalid(data: unknown, error: z.ZodError): string {
  if (data === "" || data === undefined || data === null) return "an empty body";
  if (typeof data === "string" || data instanceof ArrayBuffer) return "a body that is not JSON";
  if (!Array.isArray(data)) return "JSON that is not a list";
  // zod's path names the item and its field (`3.patch`), never the value.
  const issue = error.issues[0];
  const [index, ...field] = issue?.path ?? [];
  const what = field.length > 0 ? `field ${field.join(".")}` : "an item";
  return `${what} not as GitHub documents it (item ${String(index)}: ${issue?.code ?? "invalid"})`;
}
