// The e2e tests' event payloads are checked against GitHub's webhook descriptions (test/support/
// webhook-payloads.ts): the check must catch what GitHub would never send.
import { describe, expect, it } from "vitest";
import { pullRequestPayload } from "./support/run-action.js";
import { payloadViolations } from "./support/webhook-payloads.js";

const SHA = "a".repeat(40);

describe("event payloads against GitHub's webhook descriptions", () => {
  it("accepts the fields the action reads, as GitHub documents them", () => {
    expect(payloadViolations("pull_request", pullRequestPayload(1, SHA, SHA, 3))).toEqual([]);
    expect(
      payloadViolations("merge_group", {
        action: "checks_requested",
        merge_group: { head_sha: SHA, head_ref: "refs/heads/q", base_sha: SHA, base_ref: "refs/heads/main" },
      }),
    ).toEqual([]);
  });

  it("refuses a field GitHub does not document, and a documented field of the wrong type", () => {
    expect(
      payloadViolations("push", {
        before: 1,
        after: SHA,
        repository: { default_branch: "main" },
        created_at: SHA,
      }),
    ).toEqual([
      "push.before: 1 is not what GitHub documents",
      "push.created_at is not a field GitHub documents",
    ]);
    expect(payloadViolations("merge_group", { merge_group: { base: SHA } })).toEqual([
      "merge_group.merge_group.base is not a field GitHub documents",
    ]);
  });
});
