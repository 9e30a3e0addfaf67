// What the stand-in keeps and answers: the records a test reads back, and the shapes the API areas share.
import type { GitHubStandIn } from "./server.js";

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

/** Whose token a request carries, and what it may do. */
export interface Caller {
  identity: Identity;
  readOnly: boolean;
  canReadUser: boolean;
}

/** A REST request, routed to its operation: the path's parameters, the query, the parsed body. */
export interface RestCall {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  caller: Caller;
}

/** What an operation answers; the server checks it against the operation's documented responses. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The REST operations an API area serves, by their operationId in GitHub's OpenAPI description. */
export type Operations = Record<string, (github: GitHubStandIn, call: RestCall) => Answer>;

/** The Actions token's identity: it writes as github-actions[bot] and may not read GET /user. */
export const ACTIONS_BOT: Identity = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
