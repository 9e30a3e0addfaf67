import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Retries of a request that answered 5xx or failed on the network; waits 1 s, then 4 s (plugin-retry). */
export const RETRIES = 2;

/**
 * plugin-throttling's spacing of writes, in seconds: one a second, and one every three seconds of those
 * that notify people (comments, reviews), against GitHub's secondary rate limits ("about 80
 * content-creating requests per minute", REST API "Rate limits"). Scaled by the back-off's second.
 */
const WRITE_SPACING_S = 1;
const NOTIFYING_WRITE_SPACING_S = 3;
/** Waits after a rate limit before giving up on the request: GitHub's `retry-after` is honoured each time. */
const RATE_LIMIT_RETRIES = 2;
/**
 * How long one request may take before it is abandoned (and retried, as a 5xx is). GitHub ends a request
 * that takes it more than 10 s itself ("Timeouts", REST API best practices): a request still unanswered
 * after three times that is a connection that hangs, and the job would hang with it.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Overrides REQUEST_TIMEOUT_MS (milliseconds): for a slow GitHub Enterprise Server, and for the tests. */
export const REQUEST_TIMEOUT_ENV = "DATASET_CI_REQUEST_TIMEOUT_MS";
/**
 * What one second of a back-off lasts, in milliseconds: the retries' waits (1 s, 4 s), GitHub's
 * `retry-after`, and the spacing of writes. 1000 in every real run.
 */
export const RETRY_BASE_MS = 1000;
/**
 * Overrides RETRY_BASE_MS. Test-only: the end-to-end tests set it to a few milliseconds so that a retry
 * or a rate limit costs no real time while the requests the stand-in counts stay the same.
 */
export const RETRY_BASE_ENV = "DATASET_CI_RETRY_BASE_MS";

/**
 * The most bytes of one answer read. The largest GitHub gives the action is a file's raw content (the
 * baseline, REST "Get repository contents": raw serves files up to 100 MB, and GitHub refuses files over
 * 100 MiB in a repository, "About large files on GitHub"); a page of 100 files with their patches is far
 * smaller. A longer body is no answer GitHub would give: a fault, refused once past the cap, never held whole.
 */
export const RESPONSE_MAX_BYTES = 128 * 1024 * 1024;
/** Overrides RESPONSE_MAX_BYTES (bytes): for the tests, which cannot send 128 MiB cheaply. */
export const RESPONSE_MAX_BYTES_ENV = "DATASET_CI_RESPONSE_MAX_BYTES";

/** How the client waits and how much of an answer it reads: read once from the action's environment (clientTiming), never by the core. */
export interface ClientTiming {
  requestTimeoutMs: number;
  retryBaseMs: number;
  /** The most bytes of one answer read (RESPONSE_MAX_BYTES). */
  responseMaxBytes: number;
}

export const DEFAULT_CLIENT_TIMING: ClientTiming = {
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  retryBaseMs: RETRY_BASE_MS,
  responseMaxBytes: RESPONSE_MAX_BYTES,
};

/** The client's timing as the environment sets it: a value that is no positive whole number is ignored. */
export function clientTiming(env: NodeJS.ProcessEnv): ClientTiming {
  const positive = (name: string, fallback: number) => {
    const configured = Number(env[name]);
    return env[name] !== undefined && Number.isInteger(configured) && configured > 0 ? configured : fallback;
  };
  return {
    requestTimeoutMs: positive(REQUEST_TIMEOUT_ENV, REQUEST_TIMEOUT_MS),
    retryBaseMs: positive(RETRY_BASE_ENV, RETRY_BASE_MS),
    responseMaxBytes: positive(RESPONSE_MAX_BYTES_ENV, RESPONSE_MAX_BYTES),
  };
}

/** Each client's timing, for the waits made outside Octokit's plugins (listAll's re-asks). */
const TIMINGS = new WeakMap<object, ClientTiming>();

/** The wait before retry number `retry` (1, 2, …): plugin-retry's, the square of the count in seconds. */
export function retryWaitMs(octokit: Octokit, retry: number): number {
  return retry * retry * (TIMINGS.get(octokit) ?? DEFAULT_CLIENT_TIMING).retryBaseMs;
}

/** An answer whose body passes RESPONSE_MAX_BYTES: failed like a network error, so it is retried. */
export class AnswerTooLarge extends Error {}

/**
 * The body of an answer, read to at most `maxBytes`: a longer one (by its Content-Length, or counted as
 * it arrives) is cancelled and an AnswerTooLarge thrown, naming the cap, never the body.
 */
async function readCapped(response: Response, maxBytes: number): Promise<ArrayBuffer> {
  const tooLarge = () =>
    new AnswerTooLarge(
      `larger than ${formatMiB(maxBytes)}, the most the action reads of one answer: not read`,
    );
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole.buffer;
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MiB`
    : `${bytes} bytes`;
}

/** Statuses whose answer has no body (the Fetch standard's "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * fetch with a deadline on every attempt (a signal on the client would be spent after the first): a
 * request that times out fails like a network error, which plugin-retry retries; so does an answer whose
 * body passes RESPONSE_MAX_BYTES. The whole body is read
 * here, within the deadline: @octokit/request reads it later and turns a body cut off by a reset or the
 * deadline into "" (a 200 with no data), whereas a failure here is a network error, retried.
 */
function fetchWithTimeout(timeout: number, maxBytes: number, log: (line: string) => void): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeout);
    try {
      const response = await fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
      });
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await readCapped(response, maxBytes);
      const whole = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // Octokit reports the answer's URL; a constructed Response has none.
      Object.defineProperty(whole, "url", { value: response.url });
      return whole;
    } catch (error) {
      const url = input instanceof Request ? input.url : String(input);
      if (error instanceof AnswerTooLarge) {
        log(`GitHub's answer to ${init?.method ?? "GET"} ${new URL(url).pathname} is ${error.message}`);
      } else if (deadline.aborted) {
        log(
          `GitHub did not answer ${init?.method ?? "GET"} ${new URL(url).pathname} within ${timeout / 1000} s: abandoned`,
        );
      }
      throw error;
    }
  };
}

/**
 * A REST client for the run's GitHub (GITHUB_API_URL, so GitHub Enterprise and the tests' stand-in work),
 * which retries server errors and waits out primary and secondary rate limits, logging one line each time.
 */
export function createOctokit(
  token: string,
  apiUrl: string,
  log: (line: string) => void,
  timing: ClientTiming = DEFAULT_CLIENT_TIMING,
): Octokit {
  const octokit = github.getOctokit(
    token,
    {
      baseUrl: apiUrl,
      request: { fetch: fetchWithTimeout(timing.requestTimeoutMs, timing.responseMaxBytes, log) },
      retry: { retries: RETRIES, retryAfterBaseValue: timing.retryBaseMs },
      throttle: {
        retryAfterBaseValue: timing.retryBaseMs,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_S * timing.retryBaseMs }),
        notifications: new Bottleneck.Group({
          maxConcurrent: 1,
          minTime: NOTIFYING_WRITE_SPACING_S * timing.retryBaseMs,
        }),
        onRateLimit: waitOut("rate limit", log),
        onSecondaryRateLimit: waitOut("secondary rate limit", log),
      },
      // Octokit's own console warnings would reach stdout unescaped; everything goes through `log`.
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log(message),
        error: (message: string) => log(message),
      },
    },
    retry,
    throttling,
  );
  TIMINGS.set(octokit, timing);
  return octokit;
}

/** A throttling handler: logs the limit in one line, and retries until RATE_LIMIT_RETRIES. */
function waitOut(kind: string, log: (line: string) => void) {
  return (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, count: number) => {
    const retry = count < RATE_LIMIT_RETRIES;
    log(
      `GitHub ${kind} on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter} s` : "giving up"}`,
    );
    return retry;
  };
}

/** The status of a failed request, when it was an HTTP answer. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/**
 * Whether GitHub refused because the token may not write here: 401, or 403 "Resource not accessible by
 * integration" (its answer to a GITHUB_TOKEN without the permission, as on pull requests from forks).
 * Other 403s (a locked conversation, a secondary rate limit given up on) have other causes and advice.
 */
export function isPermissionRefusal(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 401) return true;
  const message = error instanceof Error ? error.message : "";
  return status === 403 && /resource not accessible/i.test(message);
}

/** Longest part of a failure's message quoted in a line of the log. */
const FAILURE_MESSAGE_MAX = 200;

/**
 * One line saying why a request failed, without echoing a response body: GitHub's own JSON error message
 * is quoted; any other answer (an HTML error page from a proxy, a script) is named by its status and
 * endpoint only.
 */
export function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const response = (error as { response?: { data?: unknown } } | null)?.response;
  if (status !== undefined && response !== undefined) {
    const data = response.data;
    const message = (data as { message?: unknown } | null)?.message;
    if (typeof data === "object" && data !== null && typeof message === "string") {
      return `HTTP ${status}: ${firstLine(message)}`;
    }
    return `HTTP ${status} from ${endpointOf(error)}, an answer that is not GitHub's JSON (not shown)`;
  }
  const message = error instanceof Error ? firstLine(error.message) : firstLine(String(error));
  if ((error as { cause?: unknown } | null)?.cause instanceof AnswerTooLarge) {
    return `GitHub's answer to ${endpointOf(error)} is ${message}`;
  }
  // No answer (a reset, a timeout): @octokit/request calls it a 500, but GitHub never said so.
  if (status !== undefined) return `no answer to ${endpointOf(error)}: ${message}`;
  return message || "unknown error";
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, FAILURE_MESSAGE_MAX);
}

/** "GET /repos/o/r/pulls/1/files": the method and path of a failed request, when the error says. */
function endpointOf(error: unknown): string {
  const request = (error as { request?: { method?: unknown; url?: unknown } } | null)?.request;
  if (typeof request?.method !== "string" || typeof request.url !== "string") return "GitHub";
  try {
    return `${request.method} ${new URL(request.url).pathname}`;
  } catch {
    return request.method;
  }
}
