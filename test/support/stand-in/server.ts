// A stand-in for api.github.com on 127.0.0.1, for end-to-end tests and the demo. It checks every request
// the action makes against GitHub's OpenAPI description (openapi.ts), answers with bodies that satisfy the
// documented response schemas, keeps state between runs, paginates with Link headers, and can be told to
// fail the way GitHub fails. This file is the server and its state; each API area answers in its own file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ARTIFACTS, handleBlob, handleTwirp, type Upload } from "./artifacts.js";
import { CHECKS } from "./checks.js";
import { handleGraphql } from "./graphql.js";
import { ISSUE_COMMENTS } from "./issues-comments.js";
import { ajv, type CompiledOperation, requestViolations, route } from "./openapi.js";
import { PULLS } from "./pulls.js";
import { notFound } from "./rest.js";
import { REVIEWS } from "./reviews.js";
import { STATUSES } from "./statuses.js";
import {
  ACTIONS_BOT,
  type Caller,
  type Fault,
  type Identity,
  type Operations,
  type PullFile,
  type PullRequestHead,
  type RecordedRequest,
  type StoredArtifact,
  type StoredCheckRun,
  type StoredComment,
  type StoredReviewComment,
  type StoredStatus,
} from "./types.js";
import { USERS } from "./users.js";

/** Every REST operation the stand-in answers, by operationId; any other documented one answers 404. */
const OPERATIONS: Operations = {
  ...PULLS,
  ...ISSUE_COMMENTS,
  ...REVIEWS,
  ...CHECKS,
  ...STATUSES,
  ...USERS,
  ...ARTIFACTS,
};

/** How an answer's body goes out: whole, cut off by a reset, or held back. */
interface Delivery {
  resetAfterBytes?: number;
  bodyDelayMs?: number;
}

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
  readonly tokens = new Map<string, Caller>();
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
  readonly runtimeTokens = new Map<string, number>();
  /** Uploads between CreateArtifact and FinalizeArtifact (artifacts.ts). */
  readonly uploads = new Map<string, Upload>();
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
      id: this.newId(),
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

  /** The first fault set for this request, counted as fired once (and forgotten when spent). */
  takeFault(method: string, pathname: string): Fault | undefined {
    const index = this.faults.findIndex(
      (f) => (f.method ?? method) === method && (f.path ?? /./).test(pathname),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.get(issue) ?? [];
  }

  /** Adds a comment as someone else would (a person quoting the marker, another bot). */
  addComment(issue: number, body: string, user: Identity): StoredComment {
    const comment = { id: this.newId(), body, user, created_at: this.now(), updated_at: this.now() };
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
      id: this.newId(),
      reviewId: this.newId(),
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

  /** A new id for anything the stand-in creates (comments, reviews, runs, artifacts), from one sequence. */
  newId(): number {
    return this.nextId++;
  }

  /** The stand-in's clock, one second on at each call: created_at and updated_at stay in order. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, "Z");
  }

  /** The clock's time, without moving it. */
  clockTime(): Date {
    return new Date(this.clock);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    if (url.pathname.startsWith("/twirp/")) return handleTwirp(this, request, url, bytes, response);
    if (url.pathname.startsWith("/blob-storage/")) return handleBlob(this, request, url, bytes, response);
    if (url.pathname === "/graphql") return handleGraphql(this, request, bytes, response);
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

    const match = route(method, url.pathname);
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: not an operation the extract describes`);
      return this.send(response, record, undefined, 404, { message: "Not Found", documentation_url: "" });
    }
    const { operation, params } = match;
    record.operationId = operation.operationId;
    this.violations.push(...requestViolations(operation, params, query, body, record));

    const token = (request.headers.authorization ?? "").replace(/^(token|bearer) /i, "");
    const caller = this.tokens.get(token);
    if (!caller)
      return this.send(response, record, operation, 401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
      });

    const fault = this.takeFault(method, url.pathname);
    if (fault) {
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
    const answer = OPERATIONS[operation.operationId]?.(this, { params, query, body, caller }) ?? notFound();
    // A fault passed through may still change the headers (a Link naming the same page) or the delivery.
    const headers = { ...answer.headers, ...faultHeaders };
    return this.send(response, record, operation, answer.status, answer.body, headers, delivery);
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
}
