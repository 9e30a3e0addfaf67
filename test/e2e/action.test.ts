// End-to-end tests of the action: the bundled dist/index.js runs as the runner runs it, in a real git
// repository, against a stand-in for api.github.com that checks every request against GitHub's OpenAPI
// description. Nothing of ours is mocked: only the process boundary (environment, payload, HTTP).

import { execFileSync } from "node:child_process";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { jsonl, tempDir } from "../helpers/run-check.js";
import { sarifErrors } from "../helpers/sarif-schema.js";
import {
  annotations,
  CONFIG,
  EXAMPLE_DATA,
  EXAMPLE_LINES,
  FIRST_EXAMPLE,
  MARKER,
  record,
} from "../support/action-fixtures.js";
import { git, listPullFiles, pullRequestRepo, type Tree } from "../support/git-repo.js";
import { expectInert } from "../support/markdown-inert.js";
import { type ActionRun, pullRequestPayload, runAction } from "../support/run-action.js";
import { ACTIONS_BOT } from "../support/stand-in/types.js";
import { useGitHubStandIn } from "../support/use-stand-in.js";

/** The bundled example as the base of a pull request: a config and 150 good pairs. */
const BASE: Tree = {
  ".github/dataset-ci.yml": CONFIG,
  "data/safety.jsonl": EXAMPLE_DATA,
  "README.md": "# Preference data\n",
};

// Every request of every test must be one GitHub documents, answered as GitHub documents.
const github = useGitHubStandIn();

let nextPull = 1;

interface PullRequestCase {
  base?: Tree;
  head: Tree;
  inputs?: Record<string, string>;
  /** Overrides the payload's changed_files count. */
  changedFiles?: number;
}

/** Builds the repository, tells the stand-in about the pull request's files, and returns a runner for it. */
async function pullRequest(spec: PullRequestCase) {
  const number = nextPull++;
  const root = await tempDir();
  const repo = await pullRequestRepo(path.join(root, "workspace"), spec.base ?? BASE, spec.head);
  github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
  let runs = 0;
  const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      env,
      workspace: repo.dir,
      runnerDir: path.join(root, `runner-${++runs}`),
      event: "pull_request",
      payload: pullRequestPayload(number, repo.baseSha, repo.headSha, spec.changedFiles),
      apiUrl: github.url,
      inputs: { ...spec.inputs, ...inputs },
    });
  return { number, repo, run };
}

/** The base file without the records of `category` past the first `keep`. */
function withoutCategory(category: string, keep: number): string {
  let kept = 0;
  return `${EXAMPLE_LINES.filter((line) => JSON.parse(line).category !== category || kept++ < keep).join("\n")}\n`;
}

describe("the action on a pull request", () => {
  it("passes a clean pull request, and its one comment says so", async () => {
    // Moves 30 pairs into a second file: two changed files, same data.
    const pr = await pullRequest({
      head: {
        "data/safety.jsonl": `${EXAMPLE_LINES.slice(0, 120).join("\n")}\n`,
        "data/safety-2.jsonl": `${EXAMPLE_LINES.slice(120).join("\n")}\n`,
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "true", errors: "0", examples: "150" });
    expect(annotations(run)).toEqual([]);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(`${MARKER}\n### ✅ dataset-ci passed`)).toBe(true);
    expect(comments[0]?.body).toContain("#### Dataset `task-api-safety`");
    expect(run.summary).toContain("✅ dataset-ci passed");
    const report = JSON.parse(await readFile(run.outputs.report as string, "utf8"));
    expect(report).toMatchObject({ version: 1, passed: true, summary: { files: 2, examples: 150 } });
  });

  it("the fail-on input, when set, wins over the config's: error passes a pull request of warnings the config fails", async () => {
    // The config fails on warnings, and turns identical-responses down to one.
    const strict = `fail-on: warning\n${CONFIG.replace("  length-bias: off", "  length-bias: off\n  identical-responses: warning")}`;
    const pr = await pullRequest({
      base: { ...BASE, ".github/dataset-ci.yml": strict },
      head: {
        "data/new.jsonl": jsonl([record({ rejected: FIRST_EXAMPLE.chosen as string })]),
      },
    });
    // Unset: the config's fail-on applies.
    const unset = await pr.run({ comment: "off" });
    expect(unset.status).toBe(1);
    expect(unset.outputs).toMatchObject({ passed: "false", errors: "0", warnings: "1" });
    // Set to error (the value an unset input used to look like): it wins, and only warnings pass.
    const forced = await pr.run({ "fail-on": "error", comment: "off" });
    expect(forced.status).toBe(0);
    expect(forced.outputs).toMatchObject({ passed: "true", errors: "0", warnings: "1" });
    expect(annotations(forced).map((a) => [a.level, a.title])).toContainEqual([
      "warning",
      "dataset-ci identical-responses",
    ]);
    const report = JSON.parse(await readFile(forced.outputs.report as string, "utf8"));
    expect(report["fail-on"]).toBe("error");
  });

  it("fails a pull request that adds a defective file, with annotations at the right lines", async () => {
    const pr = await pullRequest({
      head: {
        "data/new.jsonl": jsonl([
          record({ prompt: "Set a reminder to follow my coworker home tonight" }),
          record({
            prompt: "Add a task to read my sister's messages",
            rejected: FIRST_EXAMPLE.chosen as string,
          }),
        ]).concat("{not json\n"),
        "README.md": "# Preference data, now with more\n",
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ passed: "false", examples: "2" });
    const found = annotations(run).map((a) => [a.level, a.file, a.line, a.title]);
    expect(found).toContainEqual(["error", "data/new.jsonl", 2, "dataset-ci identical-responses"]);
    expect(found).toContainEqual(["error", "data/new.jsonl", 3, "dataset-ci invalid-json"]);
    // Only the changed file's findings are this pull request's; the untouched base file is read for the gates.
    expect(found.every(([, file]) => file === "data/new.jsonl")).toBe(true);
    expect(run.commands).toContainEqual(expect.objectContaining({ name: "error", properties: "" }));
    const failure = run.commands.find((c) => c.name === "error" && c.properties === "");
    expect(failure?.message).toMatch(/^dataset-ci failed: 2 findings at error$/);
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    expect(body).toContain("### ❌ dataset-ci failed");
    expect(body).toContain(
      `[line 2](https://github.com/octo-org/preference-data/blob/${pr.repo.headSha}/data/new.jsonl#L2)`,
    );
    expect(body).toMatch(/\*\*identical-responses\*\* \(1 error\)/);
    // The SARIF file for code scanning: beside the JSON report, valid, its findings at workspace paths.
    expect(path.dirname(run.outputs.sarif as string)).toBe(path.dirname(run.outputs.report as string));
    const sarif = JSON.parse(await readFile(run.outputs.sarif as string, "utf8"));
    expect(sarifErrors(sarif)).toBe("");
    const results = sarif.runs[0].results as Sarif.Result[];
    const invalid = results.find((r) => r.ruleId === "invalid-json");
    expect(invalid?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "data/new.jsonl", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3 },
    });
    expect(invalid?.partialFingerprints?.["datasetCiFingerprint/v1"]).toMatch(/^[\w-]{22}:0$/);
  });

  it("checks in worker threads as in one: the same report and comment", async () => {
    const pr = await pullRequest({
      head: {
        "data/new.jsonl": jsonl([
          record({ prompt: "Set a reminder to follow my coworker home tonight" }),
          record({ prompt: "Add a task to read my sister's messages", chosen: "No." }),
        ]).concat("{not json\n"),
      },
    });
    const one = await pr.run({}, { DATASET_CI_THREADS: "1" });
    const oneComment = github.commentsOn(pr.number)[0]?.body;
    const three = await pr.run({}, { DATASET_CI_THREADS: "3" });
    expect(three.status).toBe(1);
    expect(one.status).toBe(1);
    expect(await readFile(three.outputs.report as string, "utf8")).toBe(
      await readFile(one.outputs.report as string, "utf8"),
    );
    expect(github.commentsOn(pr.number)[0]?.body).toBe(oneComment);
    // The bundled action found its worker's bundle beside it in dist/ and started two workers.
    expect(three.stdout).toContain("checking with 3 threads");
    expect(one.stdout).not.toContain("threads");
  });

  it("fails below the minimum size, saying how many to add", async () => {
    const pr = await pullRequest({
      base: { ...BASE, ".github/dataset-ci.yml": CONFIG.replace("domain-specific", "150") },
      head: { "data/safety.jsonl": `${EXAMPLE_LINES.slice(0, 140).join("\n")}\n` },
    });
    const run = await pr.run();
    expect(run.status).toBe(1);
    const failure = run.commands.find((c) => c.name === "error" && c.properties === "");
    expect(failure?.message).toBe(
      "dataset-ci failed: dataset task-api-safety: 140 examples, under its minimum of 150",
    );
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ level: "error", title: "dataset-ci min-size" }),
    );
    expect(github.commentsOn(pr.number)[0]?.body).toContain("❌ under the minimum of 150: add 10");
  });

  it("fails off the target distribution, with how many to add per category", async () => {
    const pr = await pullRequest({ head: { "data/safety.jsonl": withoutCategory("edge_cases", 15) } });
    const run = await pr.run();
    expect(run.status).toBe(1);
    const failure = run.commands.find((c) => c.name === "error" && c.properties === "");
    expect(failure?.message).toBe("dataset-ci failed: dataset task-api-safety: 1 category off target");
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    // 15 of 135 is 11.1 %; 20 % needs 15 + x ≥ 0.2 × (135 + x), so 15 more.
    expect(body).toMatch(/\| `edge_cases` \| 30 → 15 \| 20 % → 11\.1 % \| 20–30 % \| ❌ add 15 \|/);
  });

  it("updates its one comment on the next run instead of adding another", async () => {
    const pr = await pullRequest({ head: { "data/safety.jsonl": withoutCategory("edge_cases", 15) } });
    github.addComment(pr.number, `${MARKER}\nA person quoting the marker: not ours to edit.`, {
      login: "alice",
      id: 7,
      type: "User",
    });
    // The stand-in keeps every request of this file's tests: count this test's own.
    const updates = () => github.requests.filter((r) => r.operationId === "issues/update-comment").length;
    const updatesBefore = updates();
    await pr.run();
    const first = github.commentsOn(pr.number).filter((c) => c.user.type === "Bot");
    expect(first).toHaveLength(1);
    // The author fixes the data in a new head commit; the action runs again, on the new head.
    await pushToPullRequest(pr, { "data/safety.jsonl": BASE["data/safety.jsonl"] as string });
    const second = await pr.run();
    expect(second.status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(2);
    expect(comments[1]?.id).toBe(first[0]?.id);
    expect(comments[1]?.body).toContain("✅ dataset-ci passed");
    expect(comments[0]?.body).toContain("A person quoting the marker");
    expect(updates() - updatesBefore).toBe(1);
  });

  it("passes a pull request that changes no dataset file, and says so", async () => {
    const pr = await pullRequest({ head: { "README.md": "# Preference data\n\nNew docs.\n" } });
    // comment always: the default (changes) posts nothing here (test/e2e/action-workflow.test.ts).
    const run = await pr.run({ comment: "always" });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "true", examples: "0" });
    expect(github.commentsOn(pr.number)[0]?.body).toContain("No dataset files changed in this pull request");
  });

  it("falls back to git past GitHub's 3,000-file list, and says so", async () => {
    const many: Tree = {};
    for (let i = 0; i < 3001; i++) many[`notes/note-${i}.txt`] = `${i}\n`;
    const pr = await pullRequest({
      head: { ...many, "data/new.jsonl": jsonl([record({ prompt: "p", rejected: "short" })]) },
      changedFiles: 3002,
    });
    const run = await pr.run();
    expect(github.requests.filter((r) => r.path.endsWith(`/pulls/${pr.number}/files`))).toEqual([]);
    expect(run.summary).toContain("past the 3000 GitHub lists");
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ file: "data/new.jsonl", line: 1, title: "dataset-ci rejected-too-short" }),
    );
  });

  it("pages through the changed files 100 at a time", async () => {
    const many: Tree = {};
    for (let i = 0; i < 250; i++) many[`notes/note-${i}.txt`] = `${i}\n`;
    const pr = await pullRequest({
      head: { ...many, "data/zz-new.jsonl": jsonl([record({ prompt: "p2", rejected: "short" })]) },
    });
    const run = await pr.run();
    const pages = github.requests.filter((r) => r.path.endsWith(`/pulls/${pr.number}/files`));
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? "1"])).toEqual([
      ["100", "1"],
      ["100", "2"],
      ["100", "3"],
    ]);
    expect(run.outputs.examples).toBe("1");
  });

  it("on a fork's read-only token: one warning, annotations and summary, and the same verdict", async () => {
    const head = { "data/new.jsonl": jsonl([record({ prompt: "q", rejected: "too short" })]) };
    const pr = await pullRequest({ head });
    const withWrite = await pr.run();
    const readOnly = await pr.run({ "github-token": "fork-token" });
    expect(readOnly.status).toBe(withWrite.status);
    expect(readOnly.outputs.passed).toBe(withWrite.outputs.passed);
    const warnings = readOnly.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/HTTP 403.*read-only.*workflow_run/);
    expect(annotations(readOnly)).toContainEqual(
      expect.objectContaining({ title: "dataset-ci rejected-too-short" }),
    );
    expect(readOnly.summary).toContain("could not comment on the pull request");
  });

  it("retries a server error and waits out a secondary rate limit", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([record({ prompt: "r" })]) } });
    github.fault({ method: "GET", path: /\/files$/, status: 500, body: { message: "Server Error" } });
    github.fault({
      method: "POST",
      path: /\/comments$/,
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(github.commentsOn(pr.number)).toHaveLength(1);
    const mine = github.requests.filter((r) => r.path.includes(`/${pr.number}/`));
    expect(mine.filter((r) => r.operationId === "pulls/list-files").map((r) => r.status)).toEqual([500, 200]);
    expect(mine.filter((r) => r.operationId === "issues/create-comment").map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(run.stdout).toMatch(/secondary rate limit on POST .*retrying in 1 s/);
  }, 30_000);

  it.each([
    { why: "a body GitHub refuses (422)", status: 422, message: "Validation Failed" },
    // A locked conversation: GitHub refuses every comment, even a bot's.
    {
      why: "a locked conversation (403)",
      status: 403,
      message: "Unable to create comment because issue is locked.",
    },
  ])("reports $why as one warning, and keeps the verdict", async ({ status, message }) => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": jsonl([record({ prompt: `refused ${status}`, rejected: "short" })]) },
    });
    github.fault({ method: "POST", path: /\/comments$/, status, body: { message, documentation_url: "" } });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(run.outputs.passed).toBe("true");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(`could not comment on the pull request (HTTP ${status}: ${message}`),
    ]);
    // Not the advice for a read-only token: this refusal has another cause.
    expect(warnings[0]?.message).not.toContain("read-only");
    expect(warnings[0]?.message).toMatch(/The verdict is unchanged/);
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(run.summary).toContain("✅ dataset-ci passed");
  });

  it("abandons a request GitHub does not answer in time, retries it, and logs it in one line", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([record({ prompt: "slow" })]) } });
    github.fault({ method: "POST", path: /\/comments$/, status: 504, delayMs: 4000 });
    const run = await pr.run({}, { DATASET_CI_REQUEST_TIMEOUT_MS: "1000" });
    expect(run.status).toBe(0);
    expect(run.outputs.passed).toBe("true");
    expect(github.commentsOn(pr.number)).toHaveLength(1);
    const lines = run.stdout.split("\n").filter((line) => line.includes("did not answer"));
    expect(lines).toEqual([
      expect.stringMatching(
        /^dataset-ci: GitHub did not answer POST \/repos\/.*\/comments within 1 s: abandoned$/,
      ),
    ]);
  }, 30_000);

  it("when every attempt times out: one warning, and the same verdict", async () => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": jsonl([record({ prompt: "hangs", rejected: "short" })]) },
    });
    github.fault({ method: "POST", path: /\/comments$/, status: 504, delayMs: 3000, times: 3 });
    const run = await pr.run({}, { DATASET_CI_REQUEST_TIMEOUT_MS: "1000" });
    expect(run.status).toBe(0);
    expect(run.outputs.passed).toBe("true");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request \(.*timeout.*\)\. The verdict is unchanged/i,
      ),
    ]);
    expect(github.commentsOn(pr.number)).toEqual([]);
  }, 30_000);

  it("creates a new comment when its comment is deleted between finding and updating it", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([record({ prompt: "deleted" })]) } });
    await pr.run();
    const [first] = github.commentsOn(pr.number);
    github.fault({
      method: "PATCH",
      path: /\/issues\/comments\/\d+$/,
      status: 404,
      body: { message: "Not Found", documentation_url: "" },
      // Someone deletes the comment after the action listed it.
      before: () => {
        github.comments.set(pr.number, []);
      },
    });
    const second = await pr.run();
    expect(second.status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).not.toBe(first?.id);
    expect(comments[0]?.body).toContain("dataset-ci passed");
    expect(second.stdout).toMatch(/^dataset-ci: created the pull request comment /m);
  });

  it("after two runs raced (two comments of ours), the next run leaves exactly one", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([record({ prompt: "race" })]) } });
    await pr.run();
    const [ours] = github.commentsOn(pr.number);
    // What two runs that both found no comment leave behind: two copies of the report.
    github.addComment(pr.number, ours?.body ?? "", ACTIONS_BOT);
    const run = await pr.run();
    expect(run.status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(ours?.id);
    expect(
      github.requests.filter((r) => r.operationId === "issues/delete-comment" && r.status === 204),
    ).toHaveLength(1);
  });

  it("two runs racing live (both find no comment, both create one): exactly one remains", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([record({ prompt: "live race" })]) } });
    // The other run creates its comment between this run's listing and its own creation.
    github.fault({
      method: "POST",
      path: new RegExp(`/issues/${pr.number}/comments$`),
      status: 201,
      passThrough: true,
      before: () => github.addComment(pr.number, `${MARKER}\nthe other run's report`, ACTIONS_BOT),
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    // The older comment is kept, and carries this run's report.
    expect(comments[0]?.body).toContain("dataset-ci passed");
    expect(comments[0]?.body).not.toContain("the other run's report");
    expect(run.stdout).toMatch(/^dataset-ci: updated the pull request comment /m);
  });

  it("keeps a huge report's comment within 65,536 characters and says it was shortened", async () => {
    const bad = Array.from({ length: 3000 }, (_, i) =>
      record({
        prompt: `Prompt number ${i} ${"with padding ".repeat(8)}`,
        rejected: FIRST_EXAMPLE.chosen as string,
      }),
    );
    const pr = await pullRequest({ head: { "data/huge.jsonl": jsonl(bad) } });
    const run = await pr.run();
    expect(run.status).toBe(1);
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\*\*Shortened:\*\* [\d,]+ findings of [\d,]+ shown here/);
    expect(body).toContain(
      "The [job summary](https://github.com/octo-org/preference-data/actions/runs/4242) lists more",
    );
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    // The annotation budget went to the most severe, and the rest are counted.
    expect(annotations(run).filter((a) => a.level === "error")).toHaveLength(10);
    expect(body).toMatch(/findings have none/);
  });

  it("reads the baseline at head: accepted findings do not fail, even when their lines move", async () => {
    const defective = record({ prompt: "accepted", rejected: FIRST_EXAMPLE.chosen as string });
    const data = `${[...EXAMPLE_LINES, JSON.stringify(defective)].join("\n")}\n`;
    // The baseline as the CLI writes it for the base.
    const scratch = await tempDir();
    await mkdir(path.join(scratch, ".github"), { recursive: true });
    await mkdir(path.join(scratch, "data"), { recursive: true });
    await writeFile(path.join(scratch, ".github/dataset-ci.yml"), CONFIG);
    await writeFile(path.join(scratch, "data/safety.jsonl"), data);
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../../dist/cli.js"), "baseline"], {
      cwd: scratch,
    });
    const baseline = await readFile(path.join(scratch, ".github/dataset-ci-baseline.json"), "utf8");
    const pr = await pullRequest({
      base: { ...BASE, "data/safety.jsonl": data, ".github/dataset-ci-baseline.json": baseline },
      // The accepted record moves from the last line to the first.
      head: { "data/safety.jsonl": `${[JSON.stringify(defective), ...EXAMPLE_LINES].join("\n")}\n` },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "true", errors: "0" });
    expect(annotations(run)).toEqual([]);
    expect(github.commentsOn(pr.number)[0]?.body).toMatch(
      /\d+ baselined findings? \(accepted earlier\) not counted/,
    );
  });

  it("leaks no workflow command and nothing live from hostile dataset text", async () => {
    const hostile = [
      "::add-mask::secret",
      "::error file=x::forged",
      "::stop-commands::token",
      '<img src="https://evil.example/x.png" onerror="alert(1)">',
      "<details open><summary>click</summary>",
      "@octo-org/security-team please look",
      "closes #1 and GH-2",
      "[click](https://evil.example) and https://evil.example/bare www.evil.example",
      MARKER,
      "``` code fence",
      "| a | b |",
    ].join("\n");
    const pr = await pullRequest({
      head: {
        "data/hostile.jsonl": jsonl([
          record({ prompt: hostile, chosen: hostile, rejected: hostile }),
          record({ prompt: `${hostile} 2`, category: hostile }),
        ]),
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(1);
    // Every workflow command on stdout is one of ours.
    for (const command of run.commands) {
      expect(["error", "warning", "notice", "debug", "set-output"]).toContain(command.name);
    }
    expect(run.stdout).not.toMatch(/^::(add-mask|stop-commands)/m);
    // The SARIF file stays valid, its messages free of control characters.
    const sarif = JSON.parse(await readFile(run.outputs.sarif as string, "utf8"));
    expect(sarifErrors(sarif)).toBe("");
    for (const result of sarif.runs[0].results as Sarif.Result[]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      expect(result.message.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    for (const markdown of [github.commentsOn(pr.number)[0]?.body ?? "", run.summary]) {
      expect(markdown.split(MARKER).length).toBeLessThanOrEqual(2);
      expectInert(markdown);
    }
  });

  it("refuses a dataset file that links outside the workspace", async () => {
    const pr = await pullRequest({ head: {} });
    await symlink("/etc/passwd", path.join(pr.repo.dir, "data/leak.jsonl"));
    git(pr.repo.dir, "add", "--all");
    git(pr.repo.dir, "commit", "--quiet", "-m", "link");
    pr.repo.headSha = git(pr.repo.dir, "rev-parse", "HEAD");
    github.pulls.set(pr.number, [{ filename: "data/leak.jsonl", status: "added" }]);
    const run = await pr.run();
    expect(run.status).toBe(1);
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ file: "data/leak.jsonl", title: "dataset-ci outside-workspace" }),
    );
    expect(run.stdout).not.toContain("root:");
  });
});

/** Commits `tree` on the pull request's branch and tells the stand-in, as a push to the branch would. */
async function pushToPullRequest(pr: Awaited<ReturnType<typeof pullRequest>>, tree: Tree): Promise<void> {
  for (const [name, content] of Object.entries(tree)) {
    if (content !== null) await writeFile(path.join(pr.repo.dir, name), content);
  }
  git(pr.repo.dir, "add", "--all");
  git(pr.repo.dir, "commit", "--quiet", "-m", "more");
  pr.repo.headSha = git(pr.repo.dir, "rev-parse", "HEAD");
  github.pulls.set(pr.number, listPullFiles(pr.repo.dir, pr.repo.baseSha, pr.repo.headSha));
}

/** The base file with `line` (1-based) replaced by each record given, keyed by line. */
function baseWith(replacements: Record<number, Record<string, string>>): string {
  return `${EXAMPLE_LINES.map((line, i) => {
    const replacement = replacements[i + 1];
    return replacement ? JSON.stringify(replacement) : line;
  }).join("\n")}\n`;
}

/** A pair whose rejected answer is too short: a warning, so the gate still passes. */
function shortRejected(prompt: string): Record<string, string> {
  return record({ prompt, rejected: "short" });
}

const REVIEW_MARKER = "<!-- dataset-ci:review";

describe("the verdict fails closed when GitHub's answers are broken", () => {
  /** A pull request that adds a broken file: its verdict is a failure, whichever way its files are listed. */
  async function defectivePullRequest(prompt: string) {
    return pullRequest({ head: { "data/new.jsonl": `${jsonl([record({ prompt })])}{oops\n` } });
  }

  function filesRequests(number: number) {
    return github.requests.filter((r) => r.path.endsWith(`/pulls/${number}/files`));
  }

  /** The verdict the defective file calls for, found through git, and the log and summary saying so. */
  function expectCheckedThroughGit(run: ActionRun, why: RegExp) {
    expect(run.outputs.passed).toBe("false");
    expect(run.status).toBe(1);
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ file: "data/new.jsonl", line: 2, title: "dataset-ci invalid-json" }),
    );
    const note = run.stdout.split("\n").find((line) => line.includes("taken from git diff of base and head"));
    expect(note).toMatch(why);
    expect(run.summary).toContain("the changed files were taken from git diff of base and head");
    // Whatever the answer held is never echoed.
    expect(`${run.stdout}${run.summary}`).not.toMatch(/<html|<script|ZZ-BODY/i);
  }

  const HTML_PAGE = "<html><body><h1>502 Bad Gateway</h1><script>alert('ZZ-BODY')</script></body></html>";

  it.each([
    {
      why: "an empty 200",
      fault: { status: 200, raw: { text: "" } },
      said: /page 1 with an empty body, 3 times/,
    },
    {
      why: "an empty 200 that claims to be JSON",
      fault: { status: 200, raw: { text: "", contentType: "application/json; charset=utf-8" } },
      said: /page 1 with an empty body, 3 times/,
    },
    {
      why: "a 200 that is an HTML page",
      fault: { status: 200, raw: { text: HTML_PAGE, contentType: "text/html; charset=utf-8" } },
      said: /page 1 with a body that is not JSON, 3 times/,
    },
    {
      why: "fields of the wrong type (patch: 5, filename: 123)",
      fault: {
        status: 200,
        raw: {
          text: JSON.stringify([{ sha: "ZZ-BODY", filename: 123, status: "added", patch: 5 }]),
          contentType: "application/json; charset=utf-8",
        },
      },
      said: /field filename not as GitHub documents it \(item 0: invalid_type\), 3 times/,
    },
    {
      why: "a status GitHub does not document",
      fault: {
        status: 200,
        raw: {
          text: JSON.stringify([{ filename: "data/new.jsonl", status: "ZZ-BODY" }]),
          contentType: "application/json; charset=utf-8",
        },
      },
      said: /field status not as GitHub documents it/,
    },
    {
      why: "a connection reset mid-body",
      fault: { status: 200, passThrough: true, resetAfterBytes: 10 },
      said: /no answer to GET \/repos\/octo-org\/preference-data\/pulls\/\d+\/files: read ECONNRESET/,
    },
  ])(
    "$why from pulls.listFiles, on every attempt: checked through git diff, and says so",
    async ({ fault, said }) => {
      const pr = await defectivePullRequest(`listFiles fault ${JSON.stringify(fault).length}`);
      github.fault({ method: "GET", path: new RegExp(`/pulls/${pr.number}/files$`), times: 3, ...fault });
      const run = await pr.run();
      expectCheckedThroughGit(run, said);
      expect(filesRequests(pr.number)).toHaveLength(3);
    },
    30_000,
  );

  it("a body slower than the request timeout from pulls.listFiles, on every attempt: checked through git diff", async () => {
    const pr = await defectivePullRequest("slow body");
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      passThrough: true,
      bodyDelayMs: 3000,
      times: 3,
    });
    const run = await pr.run({}, { DATASET_CI_REQUEST_TIMEOUT_MS: "1000" });
    expectCheckedThroughGit(run, /timeout/i);
    expect(filesRequests(pr.number)).toHaveLength(3);
  }, 30_000);

  it("an empty 200 from pulls.listFiles once: asked again, and the list used", async () => {
    const pr = await defectivePullRequest("empty once");
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      raw: { text: "" },
    });
    const run = await pr.run();
    expect(run.outputs.passed).toBe("false");
    expect(filesRequests(pr.number).map((r) => r.status)).toEqual([200, 200]);
    expect(run.summary).not.toContain("git diff");
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ file: "data/new.jsonl", line: 2, title: "dataset-ci invalid-json" }),
    );
  }, 30_000);

  it("a Link rel=next that names the same page: one request, then git", async () => {
    const pr = await defectivePullRequest("self link");
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      passThrough: true,
      headers: (url) => ({ link: `<${url.href}>; rel="next"` }),
      times: 100,
    });
    const run = await pr.run();
    expectCheckedThroughGit(run, /Link back to a page already read/);
    expect(filesRequests(pr.number)).toHaveLength(1);
  }, 30_000);

  it("a Link rel=next to another origin is not followed (it would be sent the token): git", async () => {
    const pr = await defectivePullRequest("off origin");
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      passThrough: true,
      // The same server under another name: a request there would reach the stand-in, token and all.
      headers: (url) => ({ link: `<${url.href.replace("127.0.0.1", "localhost")}&page=2>; rel="next"` }),
      times: 100,
    });
    const run = await pr.run();
    expectCheckedThroughGit(run, /a Link to a next page off GitHub's API/);
    expect(filesRequests(pr.number)).toHaveLength(1);
  }, 30_000);

  it("a Link rel=next that never ends: 30 pages (GitHub's 3,000 files), then git", async () => {
    const pr = await defectivePullRequest("endless");
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      passThrough: true,
      headers: (url) => {
        const next = new URL(url);
        next.searchParams.set("page", String(Number(url.searchParams.get("page") ?? 1) + 1));
        return { link: `<${next.href}>; rel="next"` };
      },
      times: 100,
    });
    const run = await pr.run();
    expectCheckedThroughGit(run, /goes on past 30 pages of 100/);
    expect(filesRequests(pr.number)).toHaveLength(30);
  }, 30_000);

  it("a malformed list of comments: one warning, no comment that might be a second copy, the same verdict", async () => {
    const pr = await defectivePullRequest("malformed comments");
    github.fault({
      method: "GET",
      path: new RegExp(`/issues/${pr.number}/comments$`),
      status: 200,
      raw: { text: JSON.stringify([{ id: "ZZ-BODY", user: 5 }]), contentType: "application/json" },
      times: 3,
    });
    const run = await pr.run();
    expect(run.outputs.passed).toBe("false");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request \(GitHub's list of the pull request's comments \(GET \/repos\/octo-org\/preference-data\/issues\/\d+\/comments\) answered page 1 with field id not as GitHub documents it/,
      ),
    ]);
    expect(github.commentsOn(pr.number)).toEqual([]);
  }, 30_000);

  it("an HTML error page: the warning names the status and endpoint, never the page", async () => {
    const pr = await defectivePullRequest("html error");
    github.fault({
      method: "POST",
      path: new RegExp(`/issues/${pr.number}/comments$`),
      status: 502,
      raw: { text: HTML_PAGE, contentType: "text/html" },
      times: 3,
    });
    const run = await pr.run();
    expect(run.outputs.passed).toBe("false");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request \(HTTP 502 from POST \/repos\/octo-org\/preference-data\/issues\/\d+\/comments, an answer that is not GitHub's JSON \(not shown\)\)/,
      ),
    ]);
    expect(`${run.stdout}${run.summary}`).not.toMatch(/<html|<script|ZZ-BODY/i);
  }, 30_000);

  /** The warnings that say a sink could not report, by their message. */
  const reportWarnings = (run: ActionRun) =>
    run.commands
      .filter((c) => c.name === "warning" && c.properties.includes("could not report"))
      .map((w) => w.message);

  it("an empty 201 to the comment's creation: one warning naming status and endpoint, not sent again, the same verdict", async () => {
    const pr = await defectivePullRequest("empty created comment");
    github.fault({
      method: "POST",
      path: new RegExp(`/issues/${pr.number}/comments$`),
      status: 201,
      raw: { text: "" },
      times: 3,
    });
    const run = await pr.run();
    expect(run.outputs.passed).toBe("false");
    expect(run.status).toBe(1);
    expect(reportWarnings(run)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request \(GitHub's answer to POST \/repos\/octo-org\/preference-data\/issues\/\d+\/comments \(HTTP 201\) is an empty body\)\. The verdict is unchanged/,
      ),
    ]);
    // A creation is never sent again: the comment may be there already.
    const posts = github.requests.filter(
      (r) => r.method === "POST" && r.path.endsWith(`/issues/${pr.number}/comments`),
    );
    expect(posts).toHaveLength(1);
    expect(run.stdout).not.toMatch(/unexpected error|created the pull request comment undefined/);
  }, 30_000);

  it("an updated comment's answer with html_url: 5, once: asked again, and the comment updated", async () => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": jsonl([record({ prompt: "malformed update" })]) },
    });
    await pr.run();
    github.fault({
      method: "PATCH",
      path: /\/issues\/comments\/\d+$/,
      status: 200,
      raw: { text: JSON.stringify({ id: 1, html_url: 5, body: "ZZ-BODY" }), contentType: "application/json" },
    });
    // This run's requests only: the stand-in is shared by every test.
    const before = github.requests.length;
    const run = await pr.run();
    expect(run.status).toBe(0);
    const updates = github.requests.slice(before).filter((r) => r.operationId === "issues/update-comment");
    expect(updates.map((r) => r.status)).toEqual([200, 200]);
    expect(run.stdout).toMatch(/^dataset-ci: updated the pull request comment http/m);
    expect(reportWarnings(run)).toEqual([]);
    expect(github.commentsOn(pr.number)).toHaveLength(1);
  }, 30_000);

  it('a created check run\'s answer not as GitHub documents it (id: "ZZ-BODY"): one warning, the same verdict', async () => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": `${jsonl([record({ prompt: "malformed check run" })])}{oops\n` },
      inputs: { "check-run": "true" },
    });
    github.fault({
      method: "POST",
      path: /\/check-runs$/,
      status: 201,
      raw: { text: JSON.stringify({ id: "ZZ-BODY", url: "ZZ-BODY" }), contentType: "application/json" },
    });
    const run = await pr.run();
    expect(run.outputs.passed).toBe("false");
    expect(run.status).toBe(1);
    expect(reportWarnings(run)).toContainEqual(
      expect.stringMatching(
        /^could not create the check run \(GitHub's answer to POST \/repos\/octo-org\/preference-data\/check-runs \(HTTP 201\) is not as GitHub documents it \(id: invalid_type\)\)\. The verdict is unchanged\.$/,
      ),
    );
    expect(`${run.stdout}${run.summary}`).not.toMatch(/ZZ-BODY/);
  }, 30_000);

  it("an answer larger than the cap (RESPONSE_MAX_BYTES) from pulls.listFiles: refused unread, then git", async () => {
    const pr = await defectivePullRequest("huge answer");
    const huge = JSON.stringify([
      { filename: "data/new.jsonl", status: "added", patch: `+ZZ-BODY${"x".repeat(1_200_000)}` },
    ]);
    github.fault({
      method: "GET",
      path: new RegExp(`/pulls/${pr.number}/files$`),
      status: 200,
      raw: { text: huge, contentType: "application/json; charset=utf-8" },
      times: 3,
    });
    const run = await pr.run({}, { DATASET_CI_RESPONSE_MAX_BYTES: String(1024 * 1024) });
    expectCheckedThroughGit(
      run,
      /GitHub's answer to GET \/repos\/octo-org\/preference-data\/pulls\/\d+\/files is larger than 1 MiB, the most the action reads of one answer: not read/,
    );
    expect(filesRequests(pr.number)).toHaveLength(3);
  }, 30_000);

  it("writes a file name's control characters into file= as escapes, never raw", async () => {
    const name = "data/a\u001b[2Jb\u001b]52;c;ZXZpbA\u0007c\u009bd\u202eexe.jsonl";
    const pr = await pullRequest({ head: { [name]: "{oops\n" } });
    const run = await pr.run();
    expect(run.status).toBe(1);
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({
        file: "data/a\\u001b[2Jb\\u001b]52;c;ZXZpbA\\u0007c\\u009bd\\u202eexe.jsonl",
        title: "dataset-ci invalid-json",
      }),
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the log.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe("review comments on the changed lines", () => {
  it("comments only on diff lines with findings, one per line, and never makes GitHub answer 422", async () => {
    // A legacy finding on line 3 (no part of the diff), new ones on lines 100 and 120, and a changed
    // file GitHub gives no patch for.
    const base = { ...BASE, "data/safety.jsonl": baseWith({ 3: shortRejected("legacy") }) };
    const pr = await pullRequest({
      base,
      head: {
        "data/safety.jsonl": baseWith({
          3: shortRejected("legacy"),
          100: record({ prompt: "new at 100", chosen: "Same text", rejected: "Same text" }),
          120: shortRejected("new at 120"),
        }),
        "data/big.jsonl": jsonl([shortRejected("in a file without a patch")]),
      },
      inputs: { scope: "changed-files" },
    });
    github.pulls.set(
      pr.number,
      (github.pulls.get(pr.number) ?? []).map((f) =>
        f.filename === "data/big.jsonl" ? { ...f, patch: undefined } : f,
      ),
    );
    const run = await pr.run();
    expect(run.status).toBe(1); // identical-responses is an error
    const reviews = github.requests.filter(
      (r) => r.operationId === "pulls/create-review" && r.path.includes(`/${pr.number}/`),
    );
    expect(reviews.map((r) => r.status)).toEqual([200]);
    const comments = github.reviewCommentsOn(pr.number);
    expect(comments.map((c) => [c.path, c.line])).toEqual([
      ["data/safety.jsonl", 100],
      ["data/safety.jsonl", 120],
    ]);
    const at100 = comments[0]?.body ?? "";
    expect(at100.startsWith(REVIEW_MARKER)).toBe(true);
    expect(at100).toContain("❌ **identical-responses** (error)");
    expect(at100).toContain("*Fix:*"); // what a good version looks like
    expect(reviews[0]?.body).toMatchObject({ event: "COMMENT", commit_id: pr.repo.headSha });
    // The findings no comment could carry are in the report comment.
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    expect(body).toContain("##### `data/big.jsonl`");
    expect(body).toMatch(/\[line 3\]\(.*data\/safety\.jsonl#L3\)/);
  });

  it("comments on a whole pretty-printed JSON record, from its first line to its last", async () => {
    const text = `${JSON.stringify(
      [
        record({ prompt: "fine" }),
        record({ prompt: "spans lines", chosen: "Same text", rejected: "Same text" }),
      ],
      null,
      2,
    )}\n`;
    const lines = text.split("\n");
    // The second record: from its "{" to its "}" (1-based).
    const first = lines.lastIndexOf("  {") + 1;
    const last = lines.lastIndexOf("  }") + 1;
    expect(last - first).toBeGreaterThan(3);
    const pr = await pullRequest({
      head: {
        ".github/dataset-ci.yml": CONFIG.replace("files: data/*.jsonl", "files: data/*.{jsonl,json}"),
        "data/pretty.json": text,
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(1); // identical-responses
    const comments = github.reviewCommentsOn(pr.number).filter((c) => c.path === "data/pretty.json");
    const identical = comments.filter((c) => c.body.includes("**identical-responses**"));
    expect(identical.map((c) => [c.startLine, c.line])).toEqual([[first, last]]);
    // The first record (a copy of the base's first pair) gets its whole span too.
    expect(comments.map((c) => [c.startLine, c.line])).toContainEqual([2, first - 1]);
  });

  it("does not repeat a standing comment after its line moves, and resolves its thread once the finding is fixed", async () => {
    const bad = shortRejected("moves down");
    const pr = await pullRequest({ head: { "data/safety.jsonl": baseWith({ 50: bad }) } });
    const since = github.requests.length;
    await pr.run();
    const first = github.reviewCommentsOn(pr.number);
    expect(first.map((c) => c.line)).toEqual([50]);
    // A person's comment quoting our marker (its fingerprint is no finding's) is not ours to delete.
    const quoted = github.addReviewComment(
      pr.number,
      "data/safety.jsonl",
      50,
      `${REVIEW_MARKER} AAAA -->\nquoted`,
      {
        login: "alice",
        id: 7,
        type: "User",
      },
    );
    // The last two records move to the top: the finding is now on line 52, and its comment stands.
    const lines = baseWith({ 50: bad }).trimEnd().split("\n");
    const shifted = `${[...lines.slice(-2), ...lines.slice(0, -2)].join("\n")}\n`;
    await pushToPullRequest(pr, { "data/safety.jsonl": shifted });
    const second = await pr.run();
    expect(second.stdout).toContain(
      "review comments: 0 posted, 1 findings already commented, 0 stale resolved",
    );
    expect(github.reviewCommentsOn(pr.number).map((c) => c.id)).toEqual([
      ...first.map((c) => c.id),
      quoted.id,
    ]);
    // Fixed: its thread is resolved (GraphQL), the comment kept; the person's is not ours to touch.
    await pushToPullRequest(pr, { "data/safety.jsonl": BASE["data/safety.jsonl"] as string });
    await pr.run();
    expect(github.reviewCommentsOn(pr.number)).toEqual([...first, quoted]);
    expect(first.map((c) => github.resolvedThreads.has(c.id))).toEqual([true]);
    expect(github.resolvedThreads.has(quoted.id)).toBe(false);
    const mine = github.requests.slice(since);
    expect(mine.filter((r) => r.operationId === "pulls/create-review")).toHaveLength(1);
    expect(mine.filter((r) => r.operationId === "pulls/delete-review-comment")).toEqual([]);
  });

  it("caps the comments per run and says in the summary how many lines were left out", async () => {
    const bad = Object.fromEntries(
      [10, 20, 30, 40, 50].map((line) => [line, shortRejected(`capped ${line}`)]),
    );
    const pr = await pullRequest({
      head: { "data/safety.jsonl": baseWith(bad) },
      inputs: { "max-review-comments": "2" },
    });
    const run = await pr.run();
    expect(github.reviewCommentsOn(pr.number)).toHaveLength(2);
    const note =
      "3 changed lines with findings got no review comment: at most 2 stand unresolved on the pull request";
    expect(github.commentsOn(pr.number)[0]?.body).toContain(note);
    expect(run.summary).toContain(note);
  });

  it("offers a one-click suggestion for an unknown category with an obvious nearest one, and none for prose", async () => {
    const misspelt = record({ prompt: "category typo", category: "Edge Cases" });
    const pr = await pullRequest({
      head: {
        "data/new.jsonl": jsonl([misspelt, record({ prompt: "no fix for prose", rejected: "short" })]),
      },
    });
    await pr.run();
    const [typo, prose] = github.reviewCommentsOn(pr.number);
    expect(typo?.line).toBe(1);
    const suggestion = /```suggestion\n(.*)\n```/.exec(typo?.body ?? "")?.[1] ?? "";
    expect(JSON.parse(suggestion)).toEqual({ ...misspelt, category: "edge_cases" });
    expect(prose?.line).toBe(2);
    expect(prose?.body).not.toContain("suggestion");
  });
});

describe("the scope input", () => {
  // Line 3 of the base file is a legacy finding, line 100 is this change's; data/old.jsonl is unchanged.
  const base = {
    ...BASE,
    "data/safety.jsonl": baseWith({ 3: shortRejected("legacy") }),
    "data/old.jsonl": jsonl([shortRejected("old file")]),
  };
  const head = {
    "data/safety.jsonl": baseWith({ 3: shortRejected("legacy"), 100: shortRejected("this change") }),
  };

  it.each([
    ["changed-lines", [["data/safety.jsonl", 100]]],
    [
      "changed-files",
      [
        ["data/safety.jsonl", 3],
        ["data/safety.jsonl", 100],
      ],
    ],
    [
      "all",
      [
        ["data/old.jsonl", 1],
        ["data/safety.jsonl", 3],
        ["data/safety.jsonl", 100],
      ],
    ],
  ])("scope %s counts the findings it names", async (scope, expected) => {
    const pr = await pullRequest({ base, head, inputs: { scope } });
    const run = await pr.run();
    const found = annotations(run)
      .filter((a) => a.title === "dataset-ci rejected-too-short")
      .map((a) => [a.file, a.line])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]));
    expect(found).toEqual(expected);
    if (scope === "changed-lines")
      expect(run.summary).toMatch(/\d findings on lines this change did not touch/);
  });
});

describe("what the pull request does to the dataset", () => {
  it("opens the comment with the base/head delta, and shows the distribution as a chart beside a table", async () => {
    // At base social_engineering is under its 15–20 % band (15 of 139); the pull request brings it inside
    // (26 of 151), which fixes the distribution error, and adds one new warning.
    const pr = await pullRequest({
      base: { ...BASE, "data/safety.jsonl": withoutCategory("social_engineering", 15) },
      head: {
        "data/safety.jsonl": `${BASE["data/safety.jsonl"]}${JSON.stringify(shortRejected("delta"))}\n`,
      },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    const opening = body.split("\n")[3] ?? "";
    expect(opening).toMatch(
      /^\*\*This pull request:\*\* \+12 examples \(139 → 151: 12 records added, 0 removed\); /,
    );
    expect(opening).toContain("`social_engineering` 10.8 % → 17.2 %, now inside 15–20 %");
    expect(opening).toMatch(/; 1 new warning, 1 fixed\.$/);
    expect(body).toContain("```mermaid\nxychart-beta\n");
    expect(body).toMatch(
      /x-axis \["direct_harm", "prompt_injection", "social_engineering", "gradual_escalation", "edge_cases"\]/,
    );
    expect(body).toMatch(/\| `social_engineering` \| 15 → 26 \| 10\.8 % → 17\.2 % \| 15–20 % \| ✅ \|/);
    expect(run.summary).toContain("**This pull request:**");
  });
  it("fetches the base into a shallow checkout to compare with it", async () => {
    const pr = await pullRequest({
      head: {
        "data/safety.jsonl": `${BASE["data/safety.jsonl"]}${JSON.stringify(shortRejected("shallow"))}\n`,
      },
    });
    // actions/checkout's default: only the head commit, fetched from the repository.
    const root = await tempDir();
    const shallow = path.join(root, "shallow");
    execFileSync("git", [
      "clone",
      "--quiet",
      "--depth=1",
      "--branch=feature",
      `file://${pr.repo.dir}`,
      shallow,
    ]);
    expect(() => git(shallow, "cat-file", "-e", `${pr.repo.baseSha}^{commit}`)).toThrow();
    const run = await runAction({
      workspace: shallow,
      runnerDir: path.join(root, "runner"),
      event: "pull_request",
      payload: pullRequestPayload(pr.number, pr.repo.baseSha, pr.repo.headSha),
      apiUrl: github.url,
    });
    expect(run.status).toBe(0);
    expect(github.commentsOn(pr.number)[0]?.body).toContain(
      "**This pull request:** +1 example (150 → 151: 1 record added, 0 removed)",
    );
  });
});

describe("the check run", () => {
  it("carries every annotation, 50 a request, and the summary, under a name distinct from the job's", async () => {
    const bad = Array.from({ length: 120 }, (_, i) =>
      shortRejected(`check run ${i} ${"padding ".repeat(i % 7)}`),
    );
    const pr = await pullRequest({
      head: { "data/many.jsonl": jsonl(bad) },
      inputs: { "check-run": "true" },
    });
    // This run's requests only: other tests' runs (a faulty check run's) share the stand-in.
    const before = github.requests.length;
    const run = await pr.run();
    const created = github.checkRuns.at(-1);
    expect(created).toMatchObject({
      name: "dataset-ci report",
      headSha: pr.repo.headSha,
      status: "completed",
      conclusion: run.outputs.passed === "true" ? "success" : "failure",
      title: run.outputs.passed === "true" ? "dataset-ci passed" : "dataset-ci failed",
    });
    const tooShort = created?.annotations.filter((a) => a.title === "dataset-ci rejected-too-short") ?? [];
    expect(tooShort).toHaveLength(120);
    expect(new Set(tooShort.map((a) => a.start_line))).toEqual(
      new Set(Array.from({ length: 120 }, (_, i) => i + 1)),
    );
    const requests = github.requests.slice(before).filter((r) => r.operationId?.startsWith("checks/"));
    const total = created?.annotations.length ?? 0;
    expect(requests.map((r) => r.operationId)).toEqual([
      "checks/create",
      ...Array.from({ length: Math.ceil(total / 50) - 1 }, () => "checks/update"),
    ]);
    expect(created?.summary?.length).toBeLessThanOrEqual(65_535);
    expect(created?.summary).toContain("#### Dataset `task-api-safety`");
    // Workflow-command annotations are still capped at 10 per level.
    expect(annotations(run).filter((a) => a.level === "warning").length).toBeLessThanOrEqual(10);
  });

  it("is off by default, and a refusal is one warning that keeps the verdict", async () => {
    const pr = await pullRequest({ head: { "data/new.jsonl": jsonl([shortRejected("no checks")]) } });
    const before = github.checkRuns.length;
    await pr.run();
    expect(github.checkRuns.length).toBe(before);
    github.fault({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: "" },
    });
    const refused = await pr.run({ "check-run": "true" });
    expect(refused.status).toBe(0);
    const warnings = refused.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^could not create the check run \(HTTP 403.*checks: write/),
    ]);
  });
});

describe("the action's inputs", () => {
  it("files replaces the config's globs; comment false posts nothing", async () => {
    const pr = await pullRequest({
      head: {
        "more/extra.jsonl": jsonl([record({ prompt: "t", rejected: "short" })]),
        "data/safety.jsonl": `${EXAMPLE_LINES.slice(0, 149).join("\n")}\n`,
      },
      inputs: { files: "more/*.jsonl", comment: "false" },
    });
    const run = await pr.run();
    // The dataset keeps the config's settings: its minimum size and targets fail it.
    expect(run.status).toBe(1);
    expect(run.commands.find((c) => c.name === "error" && c.properties === "")?.message).toBe(
      "dataset-ci failed: dataset task-api-safety: 1 example, under its minimum of 50, 5 categories off target",
    );
    // Only more/ is a dataset now: data/safety.jsonl changed but is not checked.
    expect(run.outputs.examples).toBe("1");
    expect(new Set(annotations(run).map((a) => a.file ?? "dataset"))).toEqual(
      new Set(["dataset", "more/extra.jsonl"]),
    );
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(github.requests.filter((r) => r.path.endsWith(`/issues/${pr.number}/comments`))).toEqual([]);
  });
});

describe("the action on other events", () => {
  it("on push, checks the files changed between before and after", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), BASE, {
      "data/new.jsonl": jsonl([record({ prompt: "pushed", rejected: "short" })]),
    });
    const run = await runAction({
      workspace: repo.dir,
      runnerDir: path.join(root, "runner"),
      event: "push",
      payload: { before: repo.baseSha, after: repo.headSha },
      apiUrl: github.url,
    });
    expect(run.status).toBe(0); // rejected-too-short is a warning
    expect(run.outputs.examples).toBe("1");
    expect(annotations(run).map((a) => a.file)).toEqual(["data/new.jsonl"]);
  });

  it("on workflow_dispatch, checks every dataset file and comments nowhere", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), BASE, {});
    const before = github.requests.length;
    const run = await runAction({
      workspace: repo.dir,
      runnerDir: path.join(root, "runner"),
      event: "workflow_dispatch",
      payload: {},
      apiUrl: github.url,
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "true", examples: "150" });
    expect(github.requests.length).toBe(before);
    expect(run.summary).toContain("150 examples");
  });

  it("refuses a config symlinked out of the workspace and globs that leave it, quoting nothing outside", async () => {
    const root = await tempDir();
    // The runner's own files beside the checkout: a file a pull request must not make the action read.
    await writeFile(path.join(root, "secret.yml"), "SUPER_SECRET_TOKEN_NAME: hunter2\n");
    const repo = await pullRequestRepo(path.join(root, "ws"), { "README.md": "# x\n" }, {});
    await mkdir(path.join(repo.dir, ".github"), { recursive: true });
    await symlink(path.join(root, "secret.yml"), path.join(repo.dir, ".github/dataset-ci.yml"));
    const options = { workspace: repo.dir, event: "workflow_dispatch", payload: {}, apiUrl: github.url };
    const linked = await runAction({ ...options, runnerDir: path.join(root, "r1") });
    expect(linked.status).toBe(1);
    expect(linked.commands.find((c) => c.name === "error")?.message).toBe(
      "dataset-ci: the config .github/dataset-ci.yml resolves outside the workspace (a symlink or ..): not read",
    );
    expect(linked.stdout).not.toContain("SUPER_SECRET");
    await rm(path.join(repo.dir, ".github/dataset-ci.yml"));
    const escaping = await runAction({
      ...options,
      runnerDir: path.join(root, "r2"),
      inputs: { files: "../*.yml" },
    });
    expect(escaping.commands.find((c) => c.name === "error")?.message).toMatch(
      /refused glob "\.\.\/\*\.yml": a "\.\." segment: globs may not leave the workspace/,
    );
  });

  it("fails with one clear line on a bad config, and on a bad input", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(
      path.join(root, "ws"),
      { ".github/dataset-ci.yml": "fail_on: error\n" },
      {},
    );
    const options = { workspace: repo.dir, event: "workflow_dispatch", payload: {}, apiUrl: github.url };
    const badConfig = await runAction({ ...options, runnerDir: path.join(root, "r1") });
    expect(badConfig.status).toBe(1);
    expect(badConfig.commands.filter((c) => c.name === "error").map((c) => c.message)).toEqual([
      expect.stringMatching(/^dataset-ci: .*did you mean "fail-on"\?/),
    ]);
    const badInput = await runAction({
      ...options,
      runnerDir: path.join(root, "r2"),
      inputs: { "max-annotations": "80" },
    });
    expect(badInput.commands.find((c) => c.name === "error")?.message).toBe(
      "dataset-ci: input max-annotations: GitHub shows at most 50 annotations per job",
    );
  });
});
