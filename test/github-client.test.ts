import { describe, expect, it } from "vitest";
import {
  clientTiming,
  createOctokit,
  DEFAULT_CLIENT_TIMING,
  REQUEST_TIMEOUT_MS,
  RETRY_BASE_MS,
  retryWaitMs,
} from "../src/action/github.js";

// The action's GitHub client waits real seconds between retries in every real run; only an environment
// that says otherwise (the end-to-end tests: DATASET_CI_RETRY_BASE_MS=1) makes them shorter.
describe("the GitHub client's timing", () => {
  it("waits GitHub's seconds and 30 s per request unless the environment says otherwise", () => {
    expect(clientTiming({})).toEqual({
      requestTimeoutMs: 30_000,
      retryBaseMs: 1000,
      responseMaxBytes: 128 * 1024 * 1024,
    });
    expect(REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(RETRY_BASE_MS).toBe(1000);
  });

  it("takes whole positive milliseconds from DATASET_CI_REQUEST_TIMEOUT_MS, DATASET_CI_RETRY_BASE_MS and DATASET_CI_RESPONSE_MAX_BYTES", () => {
    expect(
      clientTiming({
        DATASET_CI_REQUEST_TIMEOUT_MS: "1000",
        DATASET_CI_RETRY_BASE_MS: "1",
        DATASET_CI_RESPONSE_MAX_BYTES: "4096",
      }),
    ).toEqual({ requestTimeoutMs: 1000, retryBaseMs: 1, responseMaxBytes: 4096 });
    for (const bad of ["", "0", "-5", "1.5", "soon", " "]) {
      expect(
        clientTiming({
          DATASET_CI_REQUEST_TIMEOUT_MS: bad,
          DATASET_CI_RETRY_BASE_MS: bad,
          DATASET_CI_RESPONSE_MAX_BYTES: bad,
        }),
        JSON.stringify(bad),
      ).toEqual({ requestTimeoutMs: 30_000, retryBaseMs: 1000, responseMaxBytes: 128 * 1024 * 1024 });
    }
  });

  it("waits 1 s, then 4 s, before re-asking for a malformed page; scaled by the client's second", () => {
    const real = createOctokit("token", "http://127.0.0.1:9", () => {});
    expect([1, 2].map((retry) => retryWaitMs(real, retry))).toEqual([1000, 4000]);
    const scaled = createOctokit("token", "http://127.0.0.1:9", () => {}, {
      ...DEFAULT_CLIENT_TIMING,
      requestTimeoutMs: 1000,
      retryBaseMs: 3,
    });
    expect([1, 2].map((retry) => retryWaitMs(scaled, retry))).toEqual([3, 12]);
  });
});
