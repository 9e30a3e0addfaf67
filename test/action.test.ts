// End-to-end tests of the action: the bundled dist/index.js runs as the runner runs it, in a real git
// repository, against a stand-in for api.github.com that checks every request against GitHub's OpenAPI
// description. Nothing of ours is mocked: only the process boundary (environment, payload, HTTP).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { jsonl, tempDir } from "./helpers/run-check.js";
import { git, pullRequestRepo, type Tree } from "./support/git-repo.js";
import { ACTIONS_BOT, GitHubStandIn, type PullFile } from "./support/github-stand-in.js";
import { type ActionRun, pullRequestPayload, runAction } from "./support/run-action.js";

const EXAMPLE_LINES = readFileSync(
  path.resolve(import.meta.dirname, "../examples/data/task-api-safety.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "");
const EXAMPLE_RECORDS = EXAMPLE_LINES.map((line) => JSON.parse(line) as Record<string, string>);

const CONFIG = `datasets:
  - name: task-api-safety
    files: data/*.jsonl
    min-size: domain-specific
rules:
  chosen-overlong: { words: 200 }
  # The example's refusals are longer than the compliances they replace (a length-bias notice on every
  # run); these tests are about the action, so the notice is off.
  length-bias: off
`;

/** The bundled example as the base of a pull request: a config and 150 good pairs. */
const BASE: Tree = {
  ".github/dataset-ci.yml": CONFIG,
  "data/safety.jsonl": `${EXAMPLE_LINES.join("\n")}\n`,
  "README.md": "# Preference data\n",
};

const MARKER = "<!-- dataset-ci:report -->";

let github: GitHubStandIn;
beforeAll(async () => {
  github = await new GitHubStandIn().start();
});
afterAll(async () => {
  await github.stop();
});
afterEach(() => {
  // Every request of every test must be one GitHub documents, answered as GitHub documents.
  expect(github.violations.splice(0)).toEqual([]);
});

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

/** What GitHub would list for the pull request, from git's own view of the change. */
function listPullFiles(dir: string, base: string, head: string): PullFile[] {
  const statuses: Record<string, PullFile["status"]> = {
    A: "added",
    M: "modified",
    D: "removed",
    R: "renamed",
    C: "copied",
  };
  const fields = git(dir, "diff", "--name-status", "-z", `${base}..${head}`).split("\0").filter(Boolean);
  const files: PullFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = (fields[i++] as string)[0] as string;
    if (code === "R" || code === "C") i++; // the old name
    files.push({ filename: fields[i++] as string, status: statuses[code] ?? "modified" });
  }
  return files;
}

/** Annotations the runner would show: [level, file, line, title]. */
function annotations(run: ActionRun) {
  return run.commands
    .filter(
      (c) => ["error", "warning", "notice"].includes(c.name) && c.properties.includes("title=dataset-ci"),
    )
    .map((c) => {
      const props = Object.fromEntries(c.properties.split(",").map((p) => p.split("=") as [string, string]));
      return {
        level: c.name,
        file: props.file,
        line: props.line ? Number(props.line) : undefined,
        title: props.title,
        message: c.message,
      };
    });
}

/** A pair like the example's first, in the category whose share a few more keep inside its band. */
function record(overrides: Record<string, string>): Record<string, string> {
  return { ...(EXAMPLE_RECORDS[0] as Record<string, string>), category: "edge_cases", ...overrides };
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

  it("fails a pull request that adds a defective file, with annotations at the right lines", async () => {
    const pr = await pullRequest({
      head: {
        "data/new.jsonl": jsonl([
          record({ prompt: "Set a reminder to follow my coworker home tonight" }),
          record({
            prompt: "Add a task to read my sister's messages",
            rejected: EXAMPLE_RECORDS[0]?.chosen as string,
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
    expect(body).toMatch(/\| `edge_cases` \| 15 \| 11\.1 % \| 20–30 % \| ❌ add 15 \|/);
  });

  it("updates its one comment on the next run instead of adding another", async () => {
    const pr = await pullRequest({ head: { "data/safety.jsonl": withoutCategory("edge_cases", 15) } });
    github.addComment(pr.number, `${MARKER}\nA person quoting the marker: not ours to edit.`, {
      login: "alice",
      id: 7,
      type: "User",
    });
    await pr.run();
    const first = github.commentsOn(pr.number).filter((c) => c.user.type === "Bot");
    expect(first).toHaveLength(1);
    // The author fixes the data in a new head commit; the action runs again.
    await (await import("node:fs/promises")).writeFile(
      path.join(pr.repo.dir, "data/safety.jsonl"),
      BASE["data/safety.jsonl"] as string,
    );
    git(pr.repo.dir, "commit", "--quiet", "-am", "fix");
    const second = await pr.run();
    expect(second.status).toBe(0);
    const comments = github.commentsOn(pr.number);
    expect(comments).toHaveLength(2);
    expect(comments[1]?.id).toBe(first[0]?.id);
    expect(comments[1]?.body).toContain("✅ dataset-ci passed");
    expect(comments[0]?.body).toContain("A person quoting the marker");
    expect(github.requests.filter((r) => r.operationId === "issues/update-comment")).toHaveLength(1);
  });

  it("passes a pull request that changes no dataset file, and says so", async () => {
    const pr = await pullRequest({ head: { "README.md": "# Preference data\n\nNew docs.\n" } });
    const run = await pr.run();
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

  it("reports a comment GitHub refuses (422) as one warning, and keeps the verdict", async () => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": jsonl([record({ prompt: "s", rejected: "short" })]) },
    });
    github.fault({
      method: "POST",
      path: /\/comments$/,
      status: 422,
      body: { message: "Validation Failed", documentation_url: "" },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(run.outputs.passed).toBe("true");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^could not comment on the pull request \(HTTP 422: Validation Failed/),
    ]);
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

  it("on a locked conversation (403 on the comment): one warning, and the same verdict", async () => {
    const pr = await pullRequest({
      head: { "data/new.jsonl": jsonl([record({ prompt: "locked", rejected: "short" })]) },
    });
    github.fault({
      method: "POST",
      path: /\/comments$/,
      status: 403,
      body: { message: "Unable to create comment because issue is locked.", documentation_url: "" },
    });
    const run = await pr.run();
    expect(run.status).toBe(0);
    expect(run.outputs.passed).toBe("true");
    const warnings = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^could not comment on the pull request \(HTTP 403: Unable to create comment because issue is locked/,
      ),
    ]);
  });

  it("keeps a huge report's comment within 65,536 characters and says it was shortened", async () => {
    const bad = Array.from({ length: 3000 }, (_, i) =>
      record({
        prompt: `Prompt number ${i} ${"with padding ".repeat(8)}`,
        rejected: EXAMPLE_RECORDS[0]?.chosen as string,
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
    const defective = record({ prompt: "accepted", rejected: EXAMPLE_RECORDS[0]?.chosen as string });
    const data = `${[...EXAMPLE_LINES, JSON.stringify(defective)].join("\n")}\n`;
    // The baseline as the CLI writes it for the base.
    const scratch = await tempDir();
    await mkdir(path.join(scratch, ".github"), { recursive: true });
    await mkdir(path.join(scratch, "data"), { recursive: true });
    await writeFile(path.join(scratch, ".github/dataset-ci.yml"), CONFIG);
    await writeFile(path.join(scratch, "data/safety.jsonl"), data);
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../dist/cli.js"), "baseline"], {
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
    github.pulls.set(pr.number, [{ filename: "data/leak.jsonl", status: "added" }]);
    const run = await pr.run();
    expect(run.status).toBe(1);
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({ file: "data/leak.jsonl", title: "dataset-ci outside-workspace" }),
    );
    expect(run.stdout).not.toContain("root:");
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

/**
 * Renders Markdown the way GitHub does (HTML allowed, bare links autolinked) and checks that nothing in it
 * is live but what we wrote: no tag from the data, links only to this repository's lines and run, and no
 * text GitHub would turn into a mention or an issue reference.
 */
function expectInert(markdown: string): void {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  expect(html).not.toMatch(/<(img|details|summary|script|iframe)\b/i);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
    expect(href).toMatch(/^https:\/\/github\.com\/octo-org\/preference-data\/(blob|actions)\//);
  }
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, "").replace(/<[^>]+>/g, "");
  expect(text).not.toMatch(/(^|[^\w])@[a-z0-9]/i);
  expect(text).not.toMatch(/#\d|GH-\d/i);
  expect(text).not.toMatch(/:\/\/|www\./i);
}
