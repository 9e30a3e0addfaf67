import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof github.getOctokit>;

/** Retries of a request that answered 5xx or failed on the network; waits 1 s, then 4 s (plugin-retry). */
const RETRIES = 2;
/** Waits after a rate limit before giving up on the request: GitHub's `retry-after` is honoured each time. */
const RATE_LIMIT_RETRIES = 2;

/**
 * A REST client for the run's GitHub (GITHUB_API_URL, so GitHub Enterprise and the tests' stand-in work),
 * which retries server errors and waits out primary and secondary rate limits, logging one line each time.
 */
export function createOctokit(token: string, apiUrl: string, log: (line: string) => void): Octokit {
  return github.getOctokit(
    token,
    {
      baseUrl: apiUrl,
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

/** One line saying why a request failed, without echoing a response body. */
export function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split("\n")[0]?.slice(0, 200) : String(error);
  return status ? `HTTP ${status}: ${message}` : (message ?? "unknown error");
}
