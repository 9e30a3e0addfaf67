// End-to-end tests of what a workflow author sets up: no config file, when the comment is posted, which
// findings fail the step, several jobs on one pull request, and the review comments standing on it. The
// bundled dist/index.js runs as the runner runs it, in a real git repository, against the stand-in for
// api.github.com (REST checked against GitHub's OpenAPI description, GraphQL against its reference).

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/run-check.js";
import { CONFIG, EXAMPLE_DATA, EXAMPLE_LINES, record } from "../support/action-fixtures.js";
import { git, listPullFiles, pullRequestRepo, type Tree } from "../support/git-repo.js";
import { type ActionRun, pullRequestPayload, runAction } from "../support/run-action.js";
import { useGitHubStandIn } from "../support/use-stand-in.js";

const BASE: Tree = {
  ".github/dataset-ci.yml": CONFIG,
  "data/safety.jsonl": EXAMPLE_DATA,
  "README.md": "# Data\n",
};
const ALICE = { login: "alice", id: 7, type: "User" as const };

const github = useGitHubStandIn();
let nextPull = 500;

async function pullRequest(spec: { base?: Tree; head: Tree; inputs?: Record<string, string> }) {
  const number = nextPull++;
  const root = await tempDir();
  const repo = await pullRequestRepo(path.join(root, "workspace"), spec.base ?? BASE, spec.head);
  github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
  let runs = 0;
  const run = (inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      workspace: repo.dir,
      runnerDir: path.join(root, `runner-${++runs}`),
      event: "pull_request",
      payload: pullRequestPayload(number, repo.baseSha, repo.headSha),
      apiUrl: github.url,
      inputs: { ...spec.inputs, ...inputs },
    });
  /** Commits `tree` on the pull request's branch and tells the stand-in, as a push to it would. */
  const push = async (tree: Tree) => {
    for (const [name, content] of Object.entries(tree)) {
      if (content !== null) await writeFile(path.join(repo.dir, name), content);
    }
    git(repo.dir, "add", "--all");
    git(repo.dir, "commit", "--quiet", "--allow-empty", "-m", "more");
    repo.headSha = git(repo.dir, "rev-parse", "HEAD");
    github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
  };
  return { number, repo, run, push };
}

/** A pair whose rejected answer is too short: a warning. */
function shortRejected(prompt: string): Record<string, string> {
  return record({ prompt, rejected: "short" });
}

/** A pair whose chosen and rejected are the same: an error (identical-responses). */
function identical(prompt: string): Record<string, string> {
  return record({ prompt, chosen: `Same answer to ${prompt}`, rejected: `Same answer to ${prompt}` });
}

/** The example data with `line` (1-based) replaced by each record given. */
function dataWith(replacements: Record<number, Record<string, string>>, lines = EXAMPLE_LINES): string {
  return `${lines
    .map((line, i) => {
      const replacement = replacements[i + 1];
      return replacement ? JSON.stringify(replacement) : line;
    })
    .join("\n")}\n`;
}

/** The pull request's review comments whose threads are resolved (the stand-in keeps them for all). */
function resolvedOn(pull: number): number[] {
  return github.reviewCommentsOn(pull).flatMap((c) => (github.resolvedThreads.has(c.id) ? [c.id] : []));
}

function commands(run: ActionRun, name: string) {
  return run.commands.filter((c) => c.name === name);
}

describe("without a config file", () => {
  const head: Tree = {
    ".github/dataset-ci.yml": null,
    "data/prefs.jsonl": EXAMPLE_DATA,
    "package.json": `${JSON.stringify({ name: "data", version: "1.0.0", scripts: { test: "vitest" } }, null, 2)}\n`,
    "tsconfig.json": `${JSON.stringify({ compilerOptions: { strict: true } }, null, 2)}\n`,
    "metrics/eval.csv": "epoch,loss,accuracy\n1,0.52,0.81\n2,0.41,0.86\n",
  };
  const base: Tree = { "README.md": "# Data\n" };

  it("checks the changed files holding preference data with the seed's defaults, and skips the rest with one notice", async () => {
    const pr = await pullRequest({ base, head });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(commands(run, "error")).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: "true", examples: "150" });
    const report = JSON.parse(await readFile(run.outputs.report as string, "utf8"));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["data/prefs.jsonl"]);
    expect(report.datasets.map((d: { name: string }) => d.name)).toEqual(["default"]);
    const notices = commands(run, "notice").filter((c) => c.properties.includes("without a config"));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain("3 files holding no preference data skipped");
    for (const file of ["package.json", "tsconfig.json", "metrics/eval.csv"]) {
      expect(notices[0]?.message).toContain(file);
    }
    expect(github.commentsOn(pr.number)[0]?.body).toContain("3 files holding no preference data skipped");
  });

  it("checks a file a config declares a dataset, preference data or not", async () => {
    const pr = await pullRequest({ base, head, inputs: { files: "metrics/*.csv" } });
    const run = await pr.run();
    expect(run.status).toBe(1);
    expect(commands(run, "error").some((c) => c.properties.includes("not-preference-data"))).toBe(true);
  });
});

describe("the comment input", () => {
  const readmeOnly: Tree = { "README.md": "# Data\n\nMore docs.\n" };

  it("changes (the default): no comment on a pull request that changes no dataset file", async () => {
    const pr = await pullRequest({ head: readmeOnly });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(run.stdout).toContain("no pull request comment");
    // always still comments.
    await pr.run({ comment: "always" });
    expect(github.commentsOn(pr.number)[0]?.body).toContain("No dataset files changed");
  });

  it("changes: updates its earlier comment once the pull request no longer changes a dataset file", async () => {
    const pr = await pullRequest({ head: { "data/safety.jsonl": dataWith({ 20: identical("reverted") }) } });
    expect((await pr.run()).status).toBe(1);
    const [first] = github.commentsOn(pr.number);
    expect(first?.body).toContain("❌ dataset-ci failed");
    await pr.push({ "data/safety.jsonl": EXAMPLE_DATA, "README.md": "# Data\n\nMore docs.\n" });
    expect((await pr.run()).status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments.map((c) => c.id)).toEqual([first?.id]);
    expect(comments[0]?.body).toContain("✅ dataset-ci passed");
  });

  it("failures: no comment while the check passes, one when it fails; off: never", async () => {
    const pr = await pullRequest({
      head: { "data/safety.jsonl": dataWith({ 20: shortRejected("a warning only") }) },
      inputs: { comment: "failures" },
    });
    expect((await pr.run()).status).toBe(0);
    expect(github.commentsOn(pr.number)).toEqual([]);
    await pr.push({ "data/safety.jsonl": dataWith({ 20: identical("now an error") }) });
    expect((await pr.run({ comment: "off" })).status).toBe(1);
    expect(github.commentsOn(pr.number)).toEqual([]);
    await pr.run();
    expect(github.commentsOn(pr.number).map((c) => c.body.split("\n")[1])).toEqual([
      "### ❌ dataset-ci failed",
    ]);
  });
});

describe("gate: regressions", () => {
  it("fails only on findings the pull request introduces", async () => {
    // A legacy error on line 3 at base; the pull request touches line 100 with a warning only.
    const base = { ...BASE, "data/safety.jsonl": dataWith({ 3: identical("legacy") }) };
    const pr = await pullRequest({
      base,
      head: { "data/safety.jsonl": dataWith({ 3: identical("legacy"), 100: shortRejected("new warning") }) },
      inputs: { scope: "changed-files" },
    });
    const all = await pr.run();
    expect(all.status).toBe(1);
    expect(all.outputs.errors).toBe("1");
    const regressions = await pr.run({ gate: "regressions" });
    expect(regressions.status).toBe(0);
    expect(regressions.outputs).toMatchObject({ passed: "true", errors: "0", warnings: "1" });
    // The legacy error, and the notices base had too.
    expect(regressions.summary).toMatch(
      /gate regressions: .*; \d+ findings its base already had are shown as baselined/,
    );
    expect(all.summary).not.toContain("baselined");
    // A new error fails it, and only the new one counts.
    await pr.push({
      "data/safety.jsonl": dataWith({
        3: identical("legacy"),
        100: shortRejected("new warning"),
        120: identical("new error"),
      }),
    });
    const regressed = await pr.run({ gate: "regressions" });
    expect(regressed.status).toBe(1);
    expect(regressed.outputs.errors).toBe("1");
    const failed = commands(regressed, "error").filter((c) => c.properties.includes("identical-responses"));
    expect(failed.map((c) => c.properties)).toEqual([expect.stringContaining("line=120")]);
  });

  it("fails on a dataset gate that passes at base and fails at head, not on one that failed already", async () => {
    // 40 records: under the minimum of 50 at base already. No category targets, so size is the only gate.
    const small = EXAMPLE_LINES.slice(0, 40);
    const config = CONFIG.replace(
      "min-size: domain-specific",
      "min-size: domain-specific\n    categories: {}",
    );
    const already = await pullRequest({
      base: { ...BASE, ".github/dataset-ci.yml": config, "data/safety.jsonl": `${small.join("\n")}\n` },
      head: { "data/safety.jsonl": `${EXAMPLE_LINES.slice(0, 42).join("\n")}\n` },
      inputs: { gate: "regressions" },
    });
    const kept = await already.run();
    expect(kept.outputs.passed).toBe("true");
    expect((await already.run({ gate: "all" })).outputs.passed).toBe("false");
    // 150 at base, 40 at head: the pull request breaks the gate.
    const broken = await pullRequest({
      base: { ...BASE, ".github/dataset-ci.yml": config },
      head: { "data/safety.jsonl": `${small.join("\n")}\n` },
      inputs: { gate: "regressions" },
    });
    const run = await broken.run();
    expect(run.status).toBe(1);
    expect(commands(run, "error").at(-1)?.message).toMatch(/40 examples, under its minimum of 50/);
  });
});

describe("several jobs on one pull request (the key input)", () => {
  it("keeps one comment, review comments and check run per key, and never touches another key's", async () => {
    const pr = await pullRequest({
      head: { "data/safety.jsonl": dataWith({ 30: shortRejected("keyed") }) },
      inputs: { "check-run": "true" },
    });
    await pr.run({ key: "train" });
    await pr.run({ key: "eval", scope: "changed-files" });
    await pr.run({ key: "train" });
    const comments = github.commentsOn(pr.number);
    expect(comments.map((c) => c.body.split("\n")[0])).toEqual([
      "<!-- dataset-ci:report:train -->",
      "<!-- dataset-ci:report:eval -->",
    ]);
    const reviews = github.reviewCommentsOn(pr.number);
    expect(reviews.map((c) => c.body.split(" ")[1])).toEqual([
      "dataset-ci:review:train",
      "dataset-ci:review:eval",
    ]);
    expect(resolvedOn(pr.number)).toEqual([]);
    expect(github.checkRuns.slice(-3).map((r) => r.name)).toEqual([
      "dataset-ci report (train)",
      "dataset-ci report (eval)",
      "dataset-ci report (train)",
    ]);
  });

  it("refuses a key that is no plain name", async () => {
    const pr = await pullRequest({ head: { "README.md": "# x\n" } });
    const run = await pr.run({ key: "a -->" });
    expect(run.status).toBe(1);
    expect(commands(run, "error")[0]?.message).toMatch(/^dataset-ci: input key: should be 1–40 letters/);
  });
});

describe("the check run's name", () => {
  it("is distinct from the job's by default, and check-name sets it", async () => {
    const pr = await pullRequest({
      head: { "data/safety.jsonl": dataWith({ 30: shortRejected("named") }) },
      inputs: { "check-run": "true" },
    });
    await pr.run();
    expect(github.checkRuns.at(-1)?.name).toBe("dataset-ci report");
    await pr.run({ "check-name": "Preference data" });
    expect(github.checkRuns.at(-1)?.name).toBe("Preference data");
  });
});

describe("review comments standing on the pull request", () => {
  it("max-review-comments caps the comments standing, not the new ones of a run", async () => {
    const lines = [10, 20, 30, 40, 50];
    const bad = Object.fromEntries(lines.map((line) => [line, shortRejected(`capped ${line}`)]));
    const pr = await pullRequest({
      head: { "data/safety.jsonl": dataWith(bad) },
      inputs: { "max-review-comments": "2" },
    });
    await pr.run();
    const first = github.reviewCommentsOn(pr.number);
    expect(first).toHaveLength(2);
    // Another push: still two comments standing, none added.
    await pr.push({ "data/safety.jsonl": dataWith({ ...bad, 60: shortRejected("capped 60") }) });
    const second = await pr.run();
    expect(github.reviewCommentsOn(pr.number)).toHaveLength(2);
    expect(second.summary).toContain("at most 2 stand unresolved on the pull request");
    // One commented finding fixed: its thread is resolved, which makes room for one more.
    const fixed = first[0]?.line as number;
    const rest = Object.fromEntries(Object.entries(bad).filter(([line]) => Number(line) !== fixed));
    await pr.push({ "data/safety.jsonl": dataWith({ ...rest, 60: shortRejected("capped 60") }) });
    await pr.run();
    const comments = github.reviewCommentsOn(pr.number);
    expect(comments).toHaveLength(3);
    expect(resolvedOn(pr.number)).toEqual([first[0]?.id]);
    expect(comments.filter((c) => !github.resolvedThreads.has(c.id))).toHaveLength(2);
  });

  it("resolves the thread of a fixed finding instead of deleting it, and leaves a thread someone replied to", async () => {
    const pr = await pullRequest({
      head: {
        "data/safety.jsonl": dataWith({ 10: shortRejected("fixed quietly"), 20: shortRejected("discussed") }),
      },
    });
    await pr.run();
    const [quiet, discussed] = github.reviewCommentsOn(pr.number);
    const reply = github.addReviewComment(
      pr.number,
      "data/safety.jsonl",
      20,
      "Is this really too short?",
      ALICE,
      discussed?.id,
    );
    await pr.push({ "data/safety.jsonl": EXAMPLE_DATA });
    const run = await pr.run();
    expect(run.stdout).toContain("1 stale resolved, 1 stale kept for their replies");
    // Nothing deleted: the fixed finding's thread is resolved, the discussed one stays open.
    expect(github.reviewCommentsOn(pr.number).map((c) => c.id)).toEqual([quiet?.id, discussed?.id, reply.id]);
    expect(resolvedOn(pr.number)).toEqual([quiet?.id]);
    expect(github.requests.filter((r) => r.operationId === "pulls/delete-review-comment")).toEqual([]);
    // A later run resolves nothing again.
    const again = await pr.run();
    expect(again.stdout).toContain("0 stale resolved, 1 stale kept for their replies");
  });
});
