// A stand-in for api.github.com on 127.0.0.1, for end-to-end tests and the demo. It checks every request
// the action makes against GitHub's OpenAPI description (test/fixtures/github-openapi.json, extracted by
// scripts/extract-github-openapi.mjs), answers with bodies that satisfy the documented response schemas,
// keeps state between runs, paginates with Link headers, and can be told to fail the way GitHub fails.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";

interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: object }>;
  requestBody: object | null;
  responses: Record<string, { schema: object | null }>;
}

const SPEC = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../fixtures/github-openapi.json"), "utf8"),
) as { operations: Operation[] };

/**
 * The results service's message types as @actions/artifact generates them from its protobuf (Twirp) API,
 * which is not in GitHub's REST description: the stand-in parses every request and its own answers with
 * them, strictly (an unknown or mistyped field throws), as the service would.
 */
interface TwirpMessage {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): Record<string, unknown>;
}
const TWIRP = (await import(
  pathToFileURL(
    path.resolve(import.meta.dirname, "../../node_modules/@actions/artifact/lib/generated/index.js"),
  ).href
)) as Record<string, TwirpMessage>;
const TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";

// GitHub's description is OpenAPI 3.0 (`nullable`); formats are documentation there, not constraints.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

interface CompiledOperation extends Operation {
  pattern: RegExp;
  pathNames: string[];
  validateBody: ValidateFunction | null;
  validateResponse: Map<string, ValidateFunction | null>;
  validateParameter: Map<string, ValidateFunction>;
}

const OPERATIONS: CompiledOperation[] = SPEC.operations.map((operation) => {
  const pathNames: string[] = [];
  const pattern = new RegExp(
    `^${operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      pathNames.push(name);
      return "([^/]+)";
    })}$`,
  );
  return {
    ...operation,
    pattern,
    pathNames,
    validateBody: operation.requestBody ? ajv.compile(operation.requestBody) : null,
    validateResponse: new Map(
      Object.entries(operation.responses).map(([status, r]) => [
        status,
        r.schema ? ajv.compile(r.schema) : null,
      ]),
    ),
    validateParameter: new Map(operation.parameters.map((p) => [p.name, ajv.compile(p.schema)])),
  };
});

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  body: unknown;
  status: number;
}

export interface PullFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  patch?: string;
  /** A renamed file's path at base. */
  previous_filename?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  user: Identity;
  created_at: string;
  updated_at: string;
}

export interface Identity {
  login: string;
  id: number;
  type: "Bot" | "User";
}

/** A review comment as the stand-in keeps it. */
export interface StoredReviewComment {
  id: number;
  reviewId: number;
  path: string;
  line: number;
  startLine?: number;
  body: string;
  commitId: string;
  user: Identity;
  created_at: string;
  /** A reply: the id of the thread's first comment (REST `in_reply_to_id`). */
  inReplyTo?: number;
}

/** A check run as the stand-in keeps it: every annotation any request gave it, in order. */
export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  annotations: Array<Record<string, unknown>>;
}

/** A canned failure: answered instead of the real thing to the next `times` matching requests. */
export interface Fault {
  method?: string;
  /** Matched against the request path. */
  path?: RegExp;
  status: number;
  /** Headers of the answer; a function gets the request's URL (a Link naming that same page, or the next of an endless list). */
  headers?: Record<string, string> | ((url: URL) => Record<string, string>);
  body?: unknown;
  times?: number;
  /** Waits this long before answering: longer than the client's timeout, a request that hangs. */
  delayMs?: number;
  /** Runs when the fault fires, before the answer: another actor's change (a comment deleted meanwhile). */
  before?: () => void;
  /** Answers as GitHub would after `before` has run, instead of with `status`: a race, not an error. */
  passThrough?: boolean;
  /**
   * The body, sent as it is instead of as JSON and never checked against GitHub's description: an answer
   * GitHub's API would not give (an empty 200, a proxy's HTML error page, fields of the wrong type).
   */
  raw?: { text: string; contentType?: string };
  /** Sends the headers (with the whole body's length) and this many bytes of the body, then resets the connection. */
  resetAfterBytes?: number;
  /** Sends the headers and the first bytes of the body at once, and the rest after this long: a body that trickles. */
  bodyDelayMs?: number;
}

/** How an answer's body goes out: whole, cut off by a reset, or held back. */
interface Delivery {
  resetAfterBytes?: number;
  bodyDelayMs?: number;
}

/** An artifact as the results service stores it once its upload is finalized. */
export interface StoredArtifact {
  id: number;
  /** The workflow run that uploaded it. */
  runId: number;
  name: string;
  content: Buffer;
  contentType: string;
  /** "sha256:<hex>", as GitHub records it. */
  digest: string;
  createdAt: string;
}

/** What pulls.get answers for a pull request: its head commit and repository, and its base commit. */
export interface PullRequestHead {
  headSha: string;
  baseSha: string;
  /** owner/name of the head's repository: a fork's, or this one's. */
  headRepository: string;
  /** open (the default) or closed. */
  state?: "open" | "closed";
  /** The branch it targets: main by default. */
  baseRef?: string;
  /** Its head branch: feature by default. */
  headRef?: string;
}

export interface StoredStatus {
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

/** The Actions token's identity: it writes as github-actions[bot] and may not read GET /user. */
export const ACTIONS_BOT: Identity = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export class GitHubStandIn {
  readonly owner: string;
  readonly repo: string;
  /** Every request, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Every way a request or our answer departed from GitHub's description: a test expects none. */
  readonly violations: string[] = [];
  readonly pulls = new Map<number, PullFile[]>();
  readonly comments = new Map<number, StoredComment[]>();
  readonly reviewComments = new Map<number, StoredReviewComment[]>();
  readonly checkRuns: StoredCheckRun[] = [];
  /** Tokens the server accepts, and whose they are. Writes by a read-only token answer 403. */
  readonly tokens = new Map<string, { identity: Identity; readOnly: boolean; canReadUser: boolean }>();
  /** Finalized artifacts, by id. */
  readonly artifacts = new Map<number, StoredArtifact>();
  /** What pulls.get knows of each pull request. */
  readonly pullHeads = new Map<number, PullRequestHead>();
  /** Commit statuses, in the order they were set. */
  readonly statuses: StoredStatus[] = [];
  /** Repositories whose commits the contents API serves (`git show ref:path`), tried in order. */
  readonly gitDirs: string[] = [];
  /** Review threads resolved (GraphQL resolveReviewThread), by the REST id of their first comment. */
  readonly resolvedThreads = new Set<number>();
  /** Runtime tokens (ACTIONS_RUNTIME_TOKEN) the results service accepts, and the run each belongs to. */
  private readonly runtimeTokens = new Map<string, number>();
  /** Uploads between CreateArtifact and FinalizeArtifact: their staged blocks and committed content. */
  private readonly uploads = new Map<
    string,
    { runId: number; name: string; blocks: Map<string, Buffer>; content: Buffer | null; contentType: string }
  >();
  private faults: Fault[] = [];
  private nextId = 1000;
  private clock = Date.parse("2026-11-27T10:00:00Z");
  private server: Server | null = null;
  url = "";

  constructor(repository = "octo-org/preference-data") {
    const [owner, repo] = repository.split("/");
    this.owner = owner as string;
    this.repo = repo as string;
    this.tokens.set("actions-token", { identity: ACTIONS_BOT, readOnly: false, canReadUser: false });
    this.tokens.set("fork-token", { identity: ACTIONS_BOT, readOnly: true, canReadUser: false });
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: Error) => {
        this.violations.push(`stand-in crashed on ${request.method} ${request.url}: ${error.stack}`);
        response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /**
   * The ACTIONS_RUNTIME_TOKEN the runner gives a job of run `runId`: a JWT whose `scp` claim names the run's
   * and job's backend ids (Actions.Results:<run>:<job>), which @actions/artifact decodes and sends back.
   */
  runtimeToken(runId: number): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const token = `${encode({ alg: "none", typ: "JWT" })}.${encode({
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:run-${runId}:job-${runId}`,
    })}.stand-in`;
    this.runtimeTokens.set(token, runId);
    return token;
  }

  /** Stores an artifact as a run's upload would have (a forged analyze run may upload anything). */
  putArtifact(
    runId: number,
    name: string,
    content: Buffer | string,
    contentType = "application/json",
  ): StoredArtifact {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const artifact: StoredArtifact = {
      id: this.nextId++,
      runId,
      name,
      content: bytes,
      contentType,
      digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      createdAt: this.now(),
    };
    this.artifacts.set(artifact.id, artifact);
    return artifact;
  }

  artifactsOf(runId: number): StoredArtifact[] {
    return [...this.artifacts.values()].filter((a) => a.runId === runId);
  }

  fault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.get(issue) ?? [];
  }

  /** Adds a comment as someone else would (a person quoting the marker, another bot). */
  addComment(issue: number, body: string, user: Identity): StoredComment {
    const comment = { id: this.nextId++, body, user, created_at: this.now(), updated_at: this.now() };
    this.comments.set(issue, [...this.commentsOn(issue), comment]);
    return comment;
  }

  reviewCommentsOn(pull: number): StoredReviewComment[] {
    return this.reviewComments.get(pull) ?? [];
  }

  /** Adds a review comment as someone else would (a person quoting our marker). */
  addReviewComment(
    pull: number,
    path: string,
    line: number,
    body: string,
    user: Identity,
    inReplyTo?: number,
  ): StoredReviewComment {
    const comment = {
      id: this.nextId++,
      reviewId: this.nextId++,
      path,
      line,
      body,
      commitId: "0".repeat(40),
      user,
      created_at: this.now(),
      ...(inReplyTo !== undefined ? { inReplyTo } : {}),
    };
    this.reviewComments.set(pull, [...this.reviewCommentsOn(pull), comment]);
    return comment;
  }

  /**
   * The lines of a pull request file's new version that GitHub lets a review comment name (side RIGHT):
   * the added and context lines of its patch's hunks. None for a file without a patch (large, binary).
   */
  diffLines(pull: number, file: string): Set<number> {
    const patch = this.pulls.get(pull)?.find((f) => f.filename === file)?.patch;
    const lines = new Set<number>();
    if (patch === undefined) return lines;
    let next = 0;
    for (const text of patch.split("\n")) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
      if (hunk) next = Number(hunk[1]);
      else if (next > 0 && (text.startsWith("+") || text.startsWith(" "))) lines.add(next++);
    }
    return lines;
  }

  /** A file's text at a commit of one of gitDirs, or null when none has it. */
  contentAt(ref: string, file: string): string | null {
    for (const dir of this.gitDirs) {
      try {
        return execFileSync("git", ["-C", dir, "show", `${ref}:${file}`], {
          encoding: "utf8",
          stdio: "pipe",
        });
      } catch {
        // not in this repository, or not at this commit
      }
    }
    return null;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, "Z");
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    if (url.pathname.startsWith("/twirp/")) return this.handleTwirp(request, url, bytes, response);
    if (url.pathname.startsWith("/blob-storage/")) return this.handleBlob(request, url, bytes, response);
    if (url.pathname === "/graphql") return this.handleGraphql(request, bytes, response);
    const raw = bytes.toString("utf8");
    let body: unknown;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: the body is not JSON`);
      }
    }
    const query = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      operationId: undefined,
      body,
      status: 0,
    };
    this.requests.push(record);

    const match = this.route(method, url.pathname);
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: not an operation the extract describes`);
      return this.send(response, record, undefined, 404, { message: "Not Found", documentation_url: "" });
    }
    const { operation, params } = match;
    record.operationId = operation.operationId;
    this.validateRequest(operation, params, query, body, record);

    const token = (request.headers.authorization ?? "").replace(/^(token|bearer) /i, "");
    const caller = this.tokens.get(token);
    if (!caller)
      return this.send(response, record, operation, 401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
      });

    const faultIndex = this.faults.findIndex(
      (f) => (f.method ?? method) === method && (f.path ?? /./).test(url.pathname),
    );
    const fault = this.faults[faultIndex];
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(faultIndex, 1);
      fault.before?.();
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
    const faultHeaders = typeof fault?.headers === "function" ? fault.headers(url) : fault?.headers;
    const delivery: Delivery = {
      ...(fault?.resetAfterBytes !== undefined ? { resetAfterBytes: fault.resetAfterBytes } : {}),
      ...(fault?.bodyDelayMs !== undefined ? { bodyDelayMs: fault.bodyDelayMs } : {}),
    };
    if (fault?.raw) {
      record.status = fault.status;
      const headers = {
        ...(fault.raw.contentType ? { "content-type": fault.raw.contentType } : {}),
        ...faultHeaders,
      };
      return this.deliver(response, fault.status, headers, fault.raw.text, delivery);
    }
    if (fault && !fault.passThrough) {
      return this.send(
        response,
        record,
        operation,
        fault.status,
        fault.body ?? { message: "fault", documentation_url: "" },
        faultHeaders,
        delivery,
      );
    }
    if (method !== "GET" && caller.readOnly) {
      return this.send(response, record, operation, 403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      });
    }
    if (params.owner !== this.owner || params.repo !== this.repo) {
      if (params.owner !== undefined) {
        return this.send(response, record, operation, 404, { message: "Not Found", documentation_url: "" });
      }
    }
    const answer = this.answer(operation.operationId, params, query, body, caller);
    // A fault passed through may still change the headers (a Link naming the same page) or the delivery.
    const headers = { ...answer.headers, ...faultHeaders };
    return this.send(response, record, operation, answer.status, answer.body, headers, delivery);
  }

  private route(method: string, pathname: string) {
    for (const operation of OPERATIONS) {
      if (operation.method !== method) continue;
      const found = operation.pattern.exec(pathname);
      if (!found) continue;
      const params = Object.fromEntries(
        operation.pathNames.map((name, i) => [name, decodeURIComponent(found[i + 1] as string)]),
      );
      return { operation, params };
    }
    return null;
  }

  private validateRequest(
    operation: CompiledOperation,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    record: RecordedRequest,
  ): void {
    const where = `${record.method} ${record.path}`;
    for (const parameter of operation.parameters) {
      const value =
        parameter.in === "path"
          ? params[parameter.name]
          : parameter.in === "query"
            ? query[parameter.name]
            : undefined;
      if (parameter.in !== "path" && parameter.in !== "query") continue;
      if (value === undefined) {
        if (parameter.required)
          this.violations.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const validate = operation.validateParameter.get(parameter.name) as ValidateFunction;
      const typed = /^-?\d+$/.test(value) && !validate(value) ? Number(value) : value;
      if (!validate(typed)) {
        this.violations.push(`${where}: ${parameter.name}=${value} ${ajv.errorsText(validate.errors)}`);
      }
    }
    for (const name of Object.keys(query)) {
      if (!operation.parameters.some((p) => p.in === "query" && p.name === name)) {
        this.violations.push(`${where}: unknown query parameter ${name}`);
      }
    }
    if (operation.validateBody) {
      if (!operation.validateBody(body)) {
        this.violations.push(`${where}: request body ${ajv.errorsText(operation.validateBody.errors)}`);
      }
    } else if (body !== undefined) {
      this.violations.push(`${where}: a body where the operation takes none`);
    }
  }

  private send(
    response: ServerResponse,
    record: RecordedRequest,
    operation: CompiledOperation | undefined,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    delivery: Delivery = {},
  ): Promise<void> {
    record.status = status;
    if (headers["content-type"] === "application/vnd.github.raw" && typeof body === "string") {
      // A file's raw content: no JSON schema describes it.
      response.writeHead(status, { "x-github-api-version-selected": "2022-11-28", ...headers });
      response.end(body);
      return Promise.resolve();
    }
    if (operation) {
      const documented = operation.validateResponse.get(String(status));
      if (documented && !documented(body)) {
        this.violations.push(
          `our answer ${status} to ${operation.operationId} breaks its schema: ${ajv.errorsText(documented.errors)}`,
        );
      }
    }
    const text = body === undefined ? "" : JSON.stringify(body);
    const typed = text ? { "content-type": "application/json; charset=utf-8", ...headers } : headers;
    return this.deliver(response, status, typed, text, delivery);
  }

  /** Writes an answer: whole, or cut off by a reset, or with its body held back (Delivery). */
  private async deliver(
    response: ServerResponse,
    status: number,
    headers: Record<string, string>,
    text: string,
    delivery: Delivery,
  ): Promise<void> {
    const bytes = Buffer.from(text);
    response.writeHead(status, {
      "x-github-api-version-selected": "2022-11-28",
      // 204 and 304 carry no body, and no length.
      ...(status === 204 || status === 304 ? {} : { "content-length": String(bytes.length) }),
      ...headers,
    });
    if (delivery.resetAfterBytes !== undefined) {
      response.write(bytes.subarray(0, delivery.resetAfterBytes));
      // Let the first bytes reach the client, then drop the connection mid-body.
      await new Promise((resolve) => setTimeout(resolve, 50));
      response.socket?.resetAndDestroy();
      return;
    }
    if (delivery.bodyDelayMs !== undefined) {
      response.write(bytes.subarray(0, 1));
      await new Promise((resolve) => setTimeout(resolve, delivery.bodyDelayMs));
      if (!response.destroyed) response.end(bytes.subarray(1));
      return;
    }
    response.end(bytes);
  }

  private answer(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    caller: { identity: Identity; canReadUser: boolean },
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const repoUrl = `${this.url}/repos/${this.owner}/${this.repo}`;
    switch (operationId) {
      case "pulls/list-files": {
        const files = this.pulls.get(Number(params.pull_number));
        if (!files) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        // GitHub lists at most 3,000 files of a pull request.
        const entries = files.slice(0, 3000).map((file, i) => this.diffEntry(file, i));
        return this.page(entries, query, `${repoUrl}/pulls/${params.pull_number}/files`);
      }
      case "issues/list-comments": {
        const issue = Number(params.issue_number);
        const entries = this.commentsOn(issue).map((c) => this.issueComment(c, issue));
        return this.page(entries, query, `${repoUrl}/issues/${issue}/comments`);
      }
      case "issues/create-comment": {
        const issue = Number(params.issue_number);
        const text = (body as { body: string }).body;
        if (text.length > 65536) return tooLong();
        const comment = this.addComment(issue, text, caller.identity);
        return { status: 201, body: this.issueComment(comment, issue) };
      }
      case "issues/update-comment": {
        const found = this.findComment(Number(params.comment_id));
        if (!found) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        const text = (body as { body: string }).body;
        if (text.length > 65536) return tooLong();
        found.comment.body = text;
        found.comment.updated_at = this.now();
        return { status: 200, body: this.issueComment(found.comment, found.issue) };
      }
      case "issues/delete-comment": {
        const found = this.findComment(Number(params.comment_id));
        if (!found) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        this.comments.set(
          found.issue,
          this.commentsOn(found.issue).filter((c) => c !== found.comment),
        );
        return { status: 204, body: undefined };
      }
      case "pulls/list-review-comments": {
        const pull = Number(params.pull_number);
        const entries = this.reviewCommentsOn(pull).map((c) => this.reviewComment(c, pull));
        return this.page(entries, query, `${repoUrl}/pulls/${pull}/comments`);
      }
      case "pulls/create-review": {
        const pull = Number(params.pull_number);
        if (!this.pulls.has(pull))
          return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        const request = body as {
          commit_id?: string;
          body?: string;
          event?: string;
          comments?: Array<{ path: string; line?: number; side?: string; start_line?: number; body: string }>;
        };
        const comments = request.comments ?? [];
        // GitHub refuses the whole review when one comment names a line its diff does not show.
        for (const comment of comments) {
          const lines = this.diffLines(pull, comment.path);
          const named = [comment.line, comment.start_line].filter((n) => n !== undefined);
          if (comment.side !== "RIGHT" || named.length === 0 || !named.every((n) => lines.has(n as number))) {
            return {
              status: 422,
              body: {
                message: "Unprocessable Entity",
                errors: ["Line could not be resolved"],
                documentation_url:
                  "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request",
              },
            };
          }
          if (comment.body.length > 65536) return tooLong();
        }
        const reviewId = this.nextId++;
        const commitId = request.commit_id ?? "0".repeat(40);
        const stored = comments.map((comment) => ({
          id: this.nextId++,
          reviewId,
          path: comment.path,
          line: comment.line as number,
          ...(comment.start_line !== undefined ? { startLine: comment.start_line } : {}),
          body: comment.body,
          commitId,
          user: caller.identity,
          created_at: this.now(),
        }));
        this.reviewComments.set(pull, [...this.reviewCommentsOn(pull), ...stored]);
        const html = `https://github.com/${this.owner}/${this.repo}/pull/${pull}#pullrequestreview-${reviewId}`;
        return {
          status: 200,
          body: {
            id: reviewId,
            node_id: `PRR_${reviewId}`,
            user: this.user(caller.identity),
            body: request.body ?? "",
            state: request.event === "COMMENT" ? "COMMENTED" : "PENDING",
            html_url: html,
            pull_request_url: `${repoUrl}/pulls/${pull}`,
            _links: { html: { href: html }, pull_request: { href: `${repoUrl}/pulls/${pull}` } },
            submitted_at: this.now(),
            commit_id: commitId,
            author_association: "NONE",
          },
        };
      }
      case "pulls/delete-review-comment": {
        const id = Number(params.comment_id);
        for (const [pull, comments] of this.reviewComments) {
          if (comments.some((c) => c.id === id)) {
            this.reviewComments.set(
              pull,
              comments.filter((c) => c.id !== id),
            );
            return { status: 204, body: undefined };
          }
        }
        return { status: 404, body: { message: "Not Found", documentation_url: "" } };
      }
      case "checks/create": {
        const request = body as CheckRunRequest & { name: string; head_sha: string };
        const run: StoredCheckRun = {
          id: this.nextId++,
          name: request.name,
          headSha: request.head_sha,
          status: "queued",
          conclusion: null,
          title: null,
          summary: null,
          annotations: [],
        };
        this.checkRuns.push(run);
        const problem = this.applyCheckRun(run, request);
        if (problem) return problem;
        return { status: 201, body: this.checkRun(run) };
      }
      case "checks/update": {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        const problem = this.applyCheckRun(run, body as CheckRunRequest);
        if (problem) return problem;
        return { status: 200, body: this.checkRun(run) };
      }
      case "users/get-authenticated":
        if (!caller.canReadUser) {
          return {
            status: 403,
            body: {
              message: "Resource not accessible by integration",
              documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
            },
          };
        }
        return { status: 200, body: this.privateUser(caller.identity) };
      case "actions/list-workflow-run-artifacts": {
        const runId = Number(params.run_id);
        const entries = this.artifactsOf(runId)
          .filter((a) => query.name === undefined || a.name === query.name)
          .map((a) => this.artifactEntry(a));
        const page = this.page(entries, query, `${repoUrl}/actions/runs/${runId}/artifacts`);
        return { ...page, body: { total_count: entries.length, artifacts: page.body } };
      }
      case "actions/download-artifact": {
        const artifact = this.artifacts.get(Number(params.artifact_id));
        if (!artifact || params.archive_format !== "zip") {
          return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        }
        // GitHub answers with a redirect to a short-lived signed URL of the blob.
        return {
          status: 302,
          body: undefined,
          headers: { location: this.blobUrl(artifact.id, artifact.name) },
        };
      }
      case "pulls/list": {
        // Open pull requests, filtered by head ("owner:branch") as GitHub documents.
        const state = query.state ?? "open";
        const entries = [...this.pullHeads.entries()]
          .filter(([, head]) => state === "all" || (head.state ?? "open") === state)
          .filter(
            ([, head]) =>
              query.head === undefined ||
              query.head === `${head.headRepository.split("/")[0]}:${head.headRef ?? "feature"}`,
          )
          .map(([number, head]) => this.pullRequestSimple(number, head));
        return this.page(entries, query, `${repoUrl}/pulls`);
      }
      case "repos/get-content": {
        // Served raw only (Accept: application/vnd.github.raw), as the action asks.
        const text = this.contentAt(query.ref ?? "HEAD", params.path ?? "");
        if (text === null) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        return { status: 200, body: text, headers: { "content-type": "application/vnd.github.raw" } };
      }
      case "pulls/get": {
        const number = Number(params.pull_number);
        const head = this.pullHeads.get(number);
        if (!head) return { status: 404, body: { message: "Not Found", documentation_url: "" } };
        return { status: 200, body: this.pullRequest(number, head) };
      }
      case "repos/create-commit-status": {
        const request = body as {
          state: string;
          context?: string;
          description?: string;
          target_url?: string;
        };
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
        this.statuses.push(status);
        return { status: 201, body: this.commitStatus(status, caller.identity) };
      }
      default:
        return { status: 404, body: { message: "Not Found", documentation_url: "" } };
    }
  }

  /** The results service (Twirp, JSON): CreateArtifact, then the blob upload, then FinalizeArtifact. */
  private async handleTwirp(
    request: IncomingMessage,
    url: URL,
    bytes: Buffer,
    response: ServerResponse,
  ): Promise<void> {
    const where = `${request.method} ${url.pathname}`;
    const record: RecordedRequest = {
      method: request.method ?? "POST",
      path: url.pathname,
      query: {},
      operationId: undefined,
      body: undefined,
      status: 0,
    };
    this.requests.push(record);
    const answer = (status: number, body: object) => {
      record.status = status;
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    const method = url.pathname.slice(`/twirp/${TWIRP_SERVICE}/`.length);
    if (!url.pathname.startsWith(`/twirp/${TWIRP_SERVICE}/`) || request.method !== "POST") {
      this.violations.push(`${where}: not a method of ${TWIRP_SERVICE}`);
      return answer(404, { code: "bad_route", msg: "no such method" });
    }
    record.operationId = `twirp/${method}`;
    const runId = this.runtimeTokens.get((request.headers.authorization ?? "").replace(/^bearer /i, ""));
    if (runId === undefined) return answer(401, { code: "unauthenticated", msg: "invalid runtime token" });
    const requestType = TWIRP[`${method}Request`];
    const responseType = TWIRP[`${method}Response`];
    if (!requestType || !responseType) {
      this.violations.push(`${where}: @actions/artifact defines no ${method} messages`);
      return answer(404, { code: "bad_route", msg: "no such method" });
    }
    let message: Record<string, unknown>;
    try {
      record.body = JSON.parse(bytes.toString("utf8"));
      message = requestType.fromJson(record.body);
    } catch (error) {
      this.violations.push(`${where}: request ${(error as Error).message}`);
      return answer(400, { code: "malformed", msg: "bad request" });
    }
    if (message.workflowRunBackendId !== `run-${runId}`) {
      this.violations.push(
        `${where}: names run ${String(message.workflowRunBackendId)}, not its token's run-${runId}`,
      );
    }
    const key = `${runId}/${String(message.name)}`;
    let body: object;
    if (method === "CreateArtifact") {
      this.uploads.set(key, {
        runId,
        name: String(message.name),
        blocks: new Map(),
        content: null,
        contentType: "application/octet-stream",
      });
      body = {
        ok: true,
        signed_upload_url: `${this.url}/blob-storage/uploads/${encodeURIComponent(key)}?sig=stand-in`,
      };
    } else if (method === "FinalizeArtifact") {
      const upload = this.uploads.get(key);
      if (!upload?.content) return answer(404, { code: "not_found", msg: "no upload to finalize" });
      this.uploads.delete(key);
      const artifact = this.putArtifact(runId, upload.name, upload.content, upload.contentType);
      if (message.size !== String(artifact.content.length)) {
        this.violations.push(
          `${where}: size ${String(message.size)}, but ${artifact.content.length} bytes were uploaded`,
        );
      }
      // A google.protobuf.StringValue: { value } once parsed.
      const hash = (message.hash as { value?: string } | undefined)?.value;
      if (hash !== undefined && hash !== artifact.digest) {
        this.violations.push(`${where}: hash ${hash}, but the upload's is ${artifact.digest}`);
      }
      body = { ok: true, artifact_id: String(artifact.id) };
    } else {
      this.violations.push(`${where}: the stand-in does not serve ${method}`);
      return answer(501, { code: "unimplemented", msg: method });
    }
    try {
      responseType.fromJson(body);
    } catch (error) {
      this.violations.push(`our answer to ${method} breaks its message: ${(error as Error).message}`);
    }
    return answer(200, body);
  }

  /**
   * Blob storage behind the signed URLs: Azure's Put Block and Put Block List for an upload (what
   * @azure/storage-blob's uploadStream sends), and a plain GET of a finalized artifact.
   */
  private async handleBlob(
    request: IncomingMessage,
    url: URL,
    bytes: Buffer,
    response: ServerResponse,
  ): Promise<void> {
    const method = request.method ?? "GET";
    const where = `${method} ${url.pathname}`;
    const query = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      operationId: `blob/${query.comp ?? method.toLowerCase()}`,
      body: undefined,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, headers: Record<string, string> = {}, body: Buffer | string = "") => {
      record.status = status;
      response
        .writeHead(status, {
          "x-ms-request-id": `stand-in-${this.nextId++}`,
          "x-ms-version": "2025-01-05",
          ...headers,
        })
        .end(body);
    };
    if (query.sig !== "stand-in") return send(403);
    const [, , kind, rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest ?? "");
    if (kind === "uploads" && method === "PUT") {
      const upload = this.uploads.get(key);
      if (!upload) return send(404);
      if (query.comp === "block" && query.blockid) {
        upload.blocks.set(query.blockid, bytes);
        return send(201, { "content-md5": createHash("md5").update(bytes).digest("base64") });
      }
      if (query.comp === "blocklist") {
        const ids = [...bytes.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (m) => m[1] as string,
        );
        const missing = ids.filter((id) => !upload.blocks.has(id));
        if (missing.length > 0) {
          this.violations.push(`${where}: commits blocks never staged: ${missing.join(", ")}`);
          return send(400);
        }
        upload.content = Buffer.concat(ids.map((id) => upload.blocks.get(id) as Buffer));
        upload.contentType = String(request.headers["x-ms-blob-content-type"] ?? upload.contentType);
        return send(201, {
          etag: `"0x${this.nextId++}"`,
          "last-modified": new Date(this.clock).toUTCString(),
        });
      }
      if (!query.comp) {
        // Put Blob: the whole content in one request.
        upload.content = bytes;
        upload.contentType = String(request.headers["x-ms-blob-content-type"] ?? upload.contentType);
        return send(201, {
          etag: `"0x${this.nextId++}"`,
          "last-modified": new Date(this.clock).toUTCString(),
        });
      }
    }
    if (kind === "artifacts" && method === "GET") {
      const artifact = this.artifacts.get(Number(key));
      if (!artifact) return send(404);
      return send(
        200,
        {
          "content-type": artifact.contentType,
          "content-length": String(artifact.content.length),
          "content-disposition": `attachment; filename="${artifact.name.replace(/["\\]/g, "")}"`,
        },
        artifact.content,
      );
    }
    this.violations.push(`${where}: not a blob operation the stand-in serves`);
    return send(400);
  }

  /**
   * GitHub's GraphQL endpoint, for the two operations the action sends: the pull request's review
   * threads, and resolveReviewThread. Their text may name only fields GitHub's GraphQL reference
   * documents for them (GRAPHQL_FIELDS); anything else is a violation. Answers as GitHub does: 200 with
   * `data`, or 200 with `errors` (a mutation by a read-only token, an unknown thread).
   */
  private async handleGraphql(
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
    this.requests.push(record);
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
      this.violations.push("POST /graphql: the body is not JSON");
      return reply(400, { message: "Problems parsing JSON" });
    }
    record.body = parsed;
    if (request.method !== "POST" || typeof parsed.query !== "string") {
      this.violations.push("/graphql: not a POST of { query, variables }");
      return reply(400, { message: "A query attribute must be specified and must be a string." });
    }
    const token = (request.headers.authorization ?? "").replace(/^(token|bearer) /i, "");
    const caller = this.tokens.get(token);
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
        this.violations.push(`/graphql: ${word} is no field or argument GitHub documents here`);
    }
    const fault = this.faults.findIndex(
      (f) => (f.method ?? "POST") === "POST" && (f.path ?? /./).test("/graphql"),
    );
    if (fault >= 0) {
      const found = this.faults[fault] as Fault;
      found.times = (found.times ?? 1) - 1;
      if (found.times <= 0) this.faults.splice(fault, 1);
      return reply(found.status, found.body ?? { message: "fault" });
    }
    if (/^\s*mutation\b/.test(query)) {
      if (!/resolveReviewThread\s*\(\s*input:\s*\{\s*threadId:\s*\$threadId\s*\}\s*\)/.test(query)) {
        this.violations.push("/graphql: a mutation other than resolveReviewThread(input: { threadId })");
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
      const exists = [...this.reviewComments.values()].some((list) =>
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
      this.resolvedThreads.add(first);
      return reply(200, { data: { resolveReviewThread: { thread: { id: threadId, isResolved: true } } } });
    }
    for (const name of ["owner", "repo", "number"]) {
      if (variables[name] === undefined) this.violations.push(`/graphql: variable ${name} missing`);
    }
    if (variables.owner !== this.owner || variables.repo !== this.repo) {
      return reply(200, {
        data: { repository: null },
        errors: [{ type: "NOT_FOUND", path: ["repository"], message: "Could not resolve to a Repository" }],
      });
    }
    const pull = Number(variables.number);
    const comments = this.reviewCommentsOn(pull);
    const threads = comments
      .filter((c) => c.inReplyTo === undefined)
      .map((c) => ({
        id: `PRRT_${c.id}`,
        isResolved: this.resolvedThreads.has(c.id),
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
          pullRequest: this.pulls.has(pull)
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

  private blobUrl(id: number, _name: string): string {
    return `${this.url}/blob-storage/artifacts/${id}?sig=stand-in`;
  }

  /** Applies a create or update request's fields; GitHub's limits answer 422 as GitHub does. */
  private applyCheckRun(run: StoredCheckRun, request: CheckRunRequest) {
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

  private checkRun(run: StoredCheckRun) {
    const url = `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`;
    return {
      id: run.id,
      node_id: `CR_${run.id}`,
      head_sha: run.headSha,
      name: run.name,
      url,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
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

  private reviewComment(comment: StoredReviewComment, pull: number) {
    const repoUrl = `${this.url}/repos/${this.owner}/${this.repo}`;
    const url = `${repoUrl}/pulls/comments/${comment.id}`;
    const html = `https://github.com/${this.owner}/${this.repo}/pull/${pull}#discussion_r${comment.id}`;
    return {
      url,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: `PRRC_${comment.id}`,
      diff_hunk: "@@ -1 +1 @@",
      path: comment.path,
      commit_id: comment.commitId,
      original_commit_id: comment.commitId,
      user: this.user(comment.user),
      body: comment.body,
      created_at: comment.created_at,
      updated_at: comment.created_at,
      html_url: html,
      pull_request_url: `${repoUrl}/pulls/${pull}`,
      author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
      _links: {
        self: { href: url },
        html: { href: html },
        pull_request: { href: `${repoUrl}/pulls/${pull}` },
      },
      ...(comment.inReplyTo !== undefined ? { in_reply_to_id: comment.inReplyTo } : {}),
      start_line: comment.startLine ?? null,
      original_start_line: comment.startLine ?? null,
      ...(comment.startLine !== undefined ? { start_side: "RIGHT" } : {}),
      line: comment.line,
      original_line: comment.line,
      side: "RIGHT",
      subject_type: "line",
    };
  }

  private findComment(id: number): { issue: number; comment: StoredComment } | null {
    for (const [issue, comments] of this.comments) {
      const comment = comments.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return null;
  }

  /** One page of a list, with GitHub's Link header (30 a page by default, at most 100). */
  private page<T>(
    entries: T[],
    query: Record<string, string>,
    base: string,
  ): { status: number; body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(query.per_page ?? 30));
    const page = Math.max(1, Number(query.page ?? 1));
    const last = Math.max(1, Math.ceil(entries.length / perPage));
    const link = (n: number, rel: string) => `<${base}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links = [
      ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
      ...(page > 1 ? [link(1, "first"), link(page - 1, "prev")] : []),
    ];
    return {
      status: 200,
      body: entries.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(", ") } : {},
    };
  }

  private artifactEntry(artifact: StoredArtifact) {
    const repoUrl = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.content.length,
      url: `${repoUrl}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${repoUrl}/actions/artifacts/${artifact.id}/zip`,
      expired: false,
      created_at: artifact.createdAt,
      expires_at: "2027-02-25T10:00:00Z",
      updated_at: artifact.createdAt,
      digest: artifact.digest,
      workflow_run: {
        id: artifact.runId,
        repository_id: 1,
        head_repository_id: 2,
        head_branch: "feature",
        head_sha: "0".repeat(40),
      },
    };
  }

  /**
   * A pull request as pulls.get answers it: GitHub's schema asks for some 40 fields and two full
   * repositories, so the body is the schema's smallest instance with what the action reads filled in.
   */
  private pullRequest(number: number, head: PullRequestHead) {
    const schema = SPEC.operations.find((o) => o.operationId === "pulls/get")?.responses["200"]?.schema;
    const body = smallestInstance(schema) as Record<string, Record<string, unknown>>;
    const repository = (fullName: string) => {
      const [owner, name] = fullName.split("/");
      return {
        ...(smallestInstance((schema as SchemaNode).properties?.head?.properties?.repo) as object),
        name,
        full_name: fullName,
        owner: this.user({ login: owner as string, id: 5, type: "User" }),
        fork: fullName !== `${this.owner}/${this.repo}`,
      };
    };
    return {
      ...body,
      number,
      state: head.state ?? "open",
      title: `Pull request ${number}`,
      user: this.user({ login: "contributor", id: 9, type: "User" }),
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
        label: `${this.owner}:${head.baseRef ?? "main"}`,
        repo: repository(`${this.owner}/${this.repo}`),
      },
    };
  }

  /** A pull request as pulls.list answers it: its schema's smallest instance with the fields read. */
  private pullRequestSimple(number: number, head: PullRequestHead) {
    const schema = SPEC.operations.find((o) => o.operationId === "pulls/list")?.responses["200"]?.schema as
      | SchemaNode
      | undefined;
    const full = this.pullRequest(number, head) as Record<string, unknown>;
    const required = schema?.items?.required ?? [];
    return Object.fromEntries(
      Object.entries({ ...(smallestInstance(schema?.items) as object), ...full }).filter(
        ([key]) => required.includes(key) || key in (schema?.items?.properties ?? {}),
      ),
    );
  }

  private commitStatus(status: StoredStatus, creator: Identity) {
    const id = this.nextId++;
    return {
      url: `${this.url}/repos/${this.owner}/${this.repo}/statuses/${status.sha}`,
      avatar_url: null,
      id,
      node_id: `SC_${id}`,
      state: status.state,
      description: status.description,
      target_url: status.target_url,
      context: status.context,
      created_at: this.now(),
      updated_at: this.now(),
      creator: this.user(creator),
    };
  }

  private user(identity: Identity) {
    const base = `${this.url}/users/${encodeURIComponent(identity.login)}`;
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

  private privateUser(identity: Identity) {
    return {
      ...this.user(identity),
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

  private issueComment(comment: StoredComment, issue: number) {
    const repoUrl = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${repoUrl}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      issue_url: `${repoUrl}/issues/${issue}`,
      author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    };
  }

  private diffEntry(file: PullFile, index: number) {
    const sha = (index + 1).toString(16).padStart(40, "0");
    const blob = `https://github.com/${this.owner}/${this.repo}/blob/${sha}/${file.filename}`;
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
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${file.filename}?ref=${sha}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
    };
  }
}

/** The lines of a patch that start with `sign` (added or removed lines). */
function countLines(patch: string | undefined, sign: "+" | "-"): number {
  return patch === undefined ? 0 : patch.split("\n").filter((line) => line.startsWith(sign)).length;
}

interface SchemaNode {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  minimum?: number;
}

/** The smallest value a schema accepts: required properties only, null where allowed, first enum value. */
function smallestInstance(schema: unknown): unknown {
  const node = (schema ?? {}) as SchemaNode;
  const variant = node.allOf?.[0] ?? node.anyOf?.[0] ?? node.oneOf?.[0];
  if (node.allOf && node.allOf.length > 1) {
    return Object.assign({}, ...node.allOf.map((part) => smallestInstance(part)));
  }
  if (variant) return smallestInstance(variant);
  if (node.nullable && node.type !== "object") return null;
  if (node.enum) return node.enum[0];
  switch (node.type) {
    case "object":
    case undefined:
      if (!node.properties) return node.nullable ? null : {};
      if (node.nullable) return null;
      return Object.fromEntries(
        (node.required ?? []).map((key) => [key, smallestInstance(node.properties?.[key])]),
      );
    case "array":
      return [];
    case "string":
      return "";
    case "integer":
    case "number":
      return node.minimum ?? 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}

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

interface CheckRunRequest {
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; annotations?: Array<Record<string, unknown>> };
}

function tooLong() {
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
    },
  };
}
