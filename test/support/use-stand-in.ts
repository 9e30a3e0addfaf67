import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { GitHubStandIn } from "./stand-in/server.js";

/**
 * One GitHub stand-in for a test file: started before its tests, stopped after them, and every test
 * fails if it made a request GitHub does not document or got an answer GitHub would not give.
 */
export function useGitHubStandIn(): GitHubStandIn {
  const github = new GitHubStandIn();
  beforeAll(async () => {
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
  });
  afterEach(() => {
    expect(github.violations.splice(0)).toEqual([]);
  });
  return github;
}
