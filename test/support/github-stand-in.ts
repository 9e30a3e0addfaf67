// A stand-in for api.github.com on 127.0.0.1, for end-to-end tests and the demo. It checks every request
// the action makes against GitHub's OpenAPI description (test/fixtures/github-openapi.json, extracted by
// scripts/extract-github-openapi.mjs), answers with bodies that satisfy the documented response schemas,
// keeps state between runs, paginates with Link headers, and can be told to fail the way GitHub fails.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
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

/** A canned failure: answered instead of the real thing to the next `times` matching requests. */
export interface Fault {
  method?: string;
  /** Matched against the request path. */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times?: number;
  /** Waits this long before answering: longer than the client's timeout, a request that hangs. */
  delayMs?: number;
  /** Runs when the fault fires, before the answer: another actor's change (a comment deleted meanwhile). */
  before?: () => void;
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
  /** Tokens the server accepts, and whose they are. Writes by a read-only token answer 403. */
  readonly tokens = new Map<string, { identity: Identity; readOnly: boolean; canReadUser: boolean }>();
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

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, "Z");
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
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
      return this.send(
        response,
        record,
        operation,
        fault.status,
        fault.body ?? { message: "fault", documentation_url: "" },
        fault.headers,
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
    return this.send(response, record, operation, answer.status, answer.body, answer.headers);
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
  ): void {
    record.status = status;
    if (operation) {
      const documented = operation.validateResponse.get(String(status));
      if (documented && !documented(body)) {
        this.violations.push(
          `our answer ${status} to ${operation.operationId} breaks its schema: ${ajv.errorsText(documented.errors)}`,
        );
      }
    }
    const text = body === undefined ? "" : JSON.stringify(body);
    response.writeHead(status, {
      ...(text ? { "content-type": "application/json; charset=utf-8" } : {}),
      "x-github-api-version-selected": "2022-11-28",
      ...headers,
    });
    response.end(text);
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
      default:
        return { status: 404, body: { message: "Not Found", documentation_url: "" } };
    }
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
      additions: 1,
      deletions: file.status === "removed" ? 1 : 0,
      changes: 1,
      blob_url: blob,
      raw_url: blob.replace("/blob/", "/raw/"),
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${file.filename}?ref=${sha}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
    };
  }
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
