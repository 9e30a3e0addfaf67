import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Retries of a request that answered 5xx or failed on the network; waits 1 s, then 4 s (plugin-retry). */
const RETRIES = 2;
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

function requestTimeout(): number {
  const configured = Number(process.env[REQUEST_TIMEOUT_ENV]);
  return Number.isInteger(configured) && configured > 0 ? configured : REQUEST_TIMEOUT_MS;
}

/**
 * fetch with a deadline on every attempt (a signal on the client would be spent after the first): a
 * request that times out fails like a network error, which plugin-retry retries.
 */
function fetchWithTimeout(log: (line: string) => void): typeof fetch {
  const timeout = requestTimeout();
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeout);
    try {
      return await fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
      });
    } catch (error) {
      if (deadline.aborted) {
        const url = input instanceof Request ? input.url : String(input);
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
export function createOctokit(token: string, apiUrl: string, log: (line: string) => void): Octokit {
  return github.getOctokit(
    token,
    {
      baseUrl: apiUrl,
      request: { fetch: fetchWithTimeout(log) },
      retry: { retries: RETRIES },
      throttle: {
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

/** One line saying why a request failed, without echoing a response body. */
export function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split("\n")[0]?.slice(0, 200) : String(error);
  return status ? `HTTP ${status}: ${message}` : (message ?? "unknown error");
}
