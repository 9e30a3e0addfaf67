// End-to-end tests of the two-phase mode for pull requests from forks: an `analyze` run with the fork's
// read-only token uploads the report as an artifact (through the results service and blob storage the
// stand-in emulates), then a `publish` run on the workflow_run event downloads it through the REST API,
// verifies it against the triggering run and its pull request, and posts the comment and a commit status.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonl, tempDir } from "../helpers/run-check.js";
import { CONFIG, EXAMPLE_DATA, FIRST_EXAMPLE, MARKER, record } from "../support/action-fixtures.js";
import { listPullFiles, pullRequestRepo, type Tree } from "../support/git-repo.js";
import { expectInert } from "../support/markdown-inert.js";
import { type ActionRun, pullRequestPayload, runAction } from "../support/run-action.js";
import type { PullRequestHead } from "../support/stand-in/types.js";
import { useGitHubStandIn } from "../support/use-stand-in.js";

const BASE: Tree = { ".github/dataset-ci.yml": CONFIG, "data/safety.jsonl": EXAMPLE_DATA };
const FORK = "contributor/preference-data";
const ARTIFACT = "dataset-ci-analysis.json";

// Every request of every test must be one GitHub documents, answered as GitHub documents.
const github = useGitHubStandIn();

let nextPull = 100;
let nextRun = 7000;

/** A pull request from the fork FORK: its workspace, and what the stand-in's pulls.get says of it. */
async function forkPullRequest(head: Tree, headRef = `feature-${nextPull}`, base: Tree = BASE) {
  const number = nextPull++;
  const root = await tempDir();
  const repo = await pullRequestRepo(path.join(root, "workspace"), base, head);
  // The contents API serves the base's config and baseline from this repository's commits.
  github.gitDirs.push(repo.dir);
  github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
  github.pullHeads.set(number, {
    headSha: repo.headSha,
    baseSha: repo.baseSha,
    headRepository: FORK,
    headRef,
  });
  return { number, repo, root };
}

type ForkPullRequest = Awaited<ReturnType<typeof forkPullRequest>>;

function artifactEnv(runId: number) {
  return { ACTIONS_RESULTS_URL: github.url, ACTIONS_RUNTIME_TOKEN: github.runtimeToken(runId) };
}

/** The pull_request run of the fork's PR: read-only token, mode analyze (or check, to compare). */
function pullRequestRun(
  pr: ForkPullRequest,
  runId: number,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  return runAction({
    workspace: pr.repo.dir,
    runnerDir: path.join(pr.root, `runner-${runId}`),
    event: "pull_request",
    payload: pullRequestPayload(pr.number, pr.repo.baseSha, pr.repo.headSha),
    apiUrl: github.url,
    runId,
    env: artifactEnv(runId),
    inputs,
  });
}

/** The workflow_run run that publishes run `analyzed`: write token, no checkout of the PR's code. */
async function publishRun(
  analyzed: number,
  headSha: string,
  options: {
    pullRequests?: number[];
    headRepository?: string;
    event?: string;
    conclusion?: string | null;
    headBranch?: string;
    /** The publish workflow's own inputs beside mode publish. */
    inputs?: Record<string, string>;
  } = {},
): Promise<ActionRun> {
  const root = await tempDir();
  const runId = nextRun++;
  return runAction({
    workspace: root,
    runnerDir: path.join(root, "runner"),
    event: "workflow_run",
    payload: {
      action: "completed",
      workflow_run: {
        id: analyzed,
        event: options.event ?? "pull_request",
        head_sha: headSha,
        head_branch: options.headBranch ?? "feature",
        conclusion: options.conclusion === undefined ? "failure" : options.conclusion,
        // GitHub leaves this empty for a pull request from a fork.
        pull_requests: (options.pullRequests ?? []).map((number) => ({ number })),
        head_repository: { full_name: options.headRepository ?? FORK },
        repository: { full_name: "octo-org/preference-data" },
      },
      repository: { full_name: "octo-org/preference-data" },
    },
    apiUrl: github.url,
    runId,
    env: artifactEnv(runId),
    inputs: { ...options.inputs, mode: "publish" },
  });
}

/** The one line a failed step shows (`::error::` without a file). */
function failure(run: ActionRun): string[] {
  return run.commands.filter((c) => c.name === "error" && c.properties === "").map((c) => c.message);
}

const DEFECTIVE: Tree = {
  "data/new.jsonl": jsonl([
    record({ prompt: "Set a reminder to follow my coworker home tonight" }),
    record({ prompt: "Add a task to read my sister's messages", rejected: FIRST_EXAMPLE.chosen as string }),
    record({ prompt: "q", rejected: "too short" }),
  ]),
};

/** Analyzes a fork's pull request and returns its run id and the analysis it uploaded. */
async function analyzed(pr: ForkPullRequest) {
  const runId = nextRun++;
  const run = await pullRequestRun(pr, runId, { mode: "analyze", "github-token": "fork-token" });
  const [artifact] = github.artifactsOf(runId);
  return { runId, run, analysis: JSON.parse(artifact?.content.toString("utf8") ?? "null") };
}

describe("mode analyze, then mode publish, on a pull request from a fork", () => {
  it("analyzes with a read-only token, then publishes exactly the comment a one-phase run posts", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    // What a one-phase run with a write token posts, for comparison.
    const runId = nextRun++;
    const oneRun = await pullRequestRun(pr, runId, { mode: "check" });
    expect(oneRun.status).toBe(1);
    const onePhase = github.commentsOn(pr.number).map((c) => c.body);
    expect(onePhase).toHaveLength(1);
    const review = () =>
      github.reviewCommentsOn(pr.number).map((c) => ({ path: c.path, line: c.line, body: c.body }));
    const onePhaseReview = review();
    expect(onePhaseReview.length).toBeGreaterThan(0);
    github.comments.delete(pr.number);
    github.reviewComments.delete(pr.number);

    const before = github.requests.length;
    const analyze = await pullRequestRun(pr, runId, { mode: "analyze", "github-token": "fork-token" });
    // The same verdict, annotations and summary as a check run; no comment, and no write to the REST API.
    expect(analyze.status).toBe(1);
    expect(failure(analyze)).toEqual(failure(oneRun));
    expect(analyze.summary).toBe(oneRun.summary);
    const restWrites = github.requests
      .slice(before)
      .filter(
        (r) => r.method !== "GET" && !r.path.startsWith("/twirp/") && !r.path.startsWith("/blob-storage/"),
      );
    expect(restWrites).toEqual([]);
    expect(github.commentsOn(pr.number)).toEqual([]);
    const twirp = github.requests.slice(before).map((r) => r.operationId);
    expect(twirp).toContain("twirp/CreateArtifact");
    expect(twirp).toContain("twirp/FinalizeArtifact");
    const [artifact] = github.artifactsOf(runId);
    expect(artifact?.name).toBe(ARTIFACT);
    const analysis = JSON.parse(artifact?.content.toString("utf8") ?? "{}");
    expect(analysis.pullRequest).toEqual({
      number: pr.number,
      headSha: pr.repo.headSha,
      baseSha: pr.repo.baseSha,
      baseRef: "main",
    });
    // Report data, never rendered Markdown.
    expect(JSON.stringify(analysis)).not.toContain(MARKER);

    const publish = await publishRun(runId, pr.repo.headSha);
    expect(failure(publish)).toEqual([]);
    expect(publish.status).toBe(0);
    expect(github.commentsOn(pr.number).map((c) => c.body)).toEqual(onePhase);
    // The review comments too, from the diff lines and fixes the analyze run uploaded with the report.
    expect(review()).toEqual(onePhaseReview);
    expect(github.statuses.filter((s) => s.sha === pr.repo.headSha)).toEqual([
      {
        sha: pr.repo.headSha,
        state: "failure",
        context: "dataset-ci/verdict",
        description: "failed: 1 finding at error",
        target_url: `https://github.com/octo-org/preference-data/actions/runs/${runId}`,
      },
    ]);
    // Downloaded through the documented REST operations and the redirect GitHub answers with.
    const used = github.requests.slice(before).map((r) => r.operationId);
    expect(used).toEqual(
      expect.arrayContaining([
        "actions/list-workflow-run-artifacts",
        "actions/download-artifact",
        "pulls/get",
      ]),
    );
    // Publishing again updates the one comment and repeats no review comment.
    expect((await publishRun(runId, pr.repo.headSha)).status).toBe(0);
    expect(github.commentsOn(pr.number).map((c) => c.body)).toEqual(onePhase);
    expect(review()).toEqual(onePhaseReview);
  }, 60_000);

  it("publishes a one-click suggestion and a whole-record comment from the analysis alone: the publish run has no dataset file", async () => {
    const misspelt = record({ prompt: "a category typo from a fork", category: "Edge Cases" });
    const pretty = `${JSON.stringify([record({ prompt: "spans lines", chosen: "Same text", rejected: "Same text" })], null, 2)}\n`;
    const lines = pretty.split("\n");
    const config = CONFIG.replace("files: data/*.jsonl", "files: data/*.{jsonl,json}");
    const pr = await forkPullRequest(
      { "data/new.jsonl": jsonl([misspelt]), "data/pretty.json": pretty },
      undefined,
      { ...BASE, ".github/dataset-ci.yml": config },
    );
    const { runId, analysis } = await analyzed(pr);
    // What the review shows of a record travels with its finding, not beside the report.
    expect(analysis.facts).not.toHaveProperty("fixes");
    expect(analysis.facts).not.toHaveProperty("spans");
    const publish = await publishRun(runId, pr.repo.headSha);
    expect(failure(publish)).toEqual([]);
    const comments = github.reviewCommentsOn(pr.number);
    const typo = comments.find((c) => c.path === "data/new.jsonl");
    const suggestion = /```suggestion\n(.*)\n```/.exec(typo?.body ?? "")?.[1] ?? "";
    expect(JSON.parse(suggestion)).toEqual({ ...misspelt, category: "edge_cases" });
    const whole = comments.find(
      (c) => c.path === "data/pretty.json" && c.body.includes("**identical-responses**"),
    );
    expect([whole?.startLine, whole?.line]).toEqual([lines.indexOf("  {") + 1, lines.lastIndexOf("  }") + 1]);
  });

  it("refuses an artifact naming another pull request, another commit or another head repository", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const other = await forkPullRequest(
      { "data/other.jsonl": jsonl([record({ prompt: "other" })]) },
      "other",
    );
    const { runId, analysis } = await analyzed(pr);
    const statusesBefore = github.statuses.length;
    const cases: Array<{ forged: object; options?: Parameters<typeof publishRun>[2]; refusal: RegExp }> = [
      {
        forged: { ...analysis, pullRequest: { ...analysis.pullRequest, number: other.number } },
        refusal: new RegExp(
          `names pull request #${other.number}, whose head is ${other.repo.headSha}, not run \\d+'s commit ${pr.repo.headSha}`,
        ),
      },
      {
        forged: { ...analysis, pullRequest: { ...analysis.pullRequest, headSha: other.repo.headSha } },
        refusal: new RegExp(
          `it is for commit ${other.repo.headSha}, but run \\d+ checked ${pr.repo.headSha}`,
        ),
      },
      {
        forged: analysis,
        options: { headRepository: "someone-else/preference-data" },
        refusal: /whose head is in contributor\/preference-data, not run \d+'s someone-else\/preference-data/,
      },
      {
        forged: analysis,
        options: { pullRequests: [other.number] },
        refusal: new RegExp(`names pull request #${pr.number}, but run \\d+ was for #${other.number}`),
      },
    ];
    for (const { forged, options, refusal } of cases) {
      const forgedRun = nextRun++;
      github.putArtifact(forgedRun, ARTIFACT, JSON.stringify(forged));
      const publish = await publishRun(forgedRun, pr.repo.headSha, options);
      expect(publish.status).toBe(1);
      const lines = failure(publish);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^dataset-ci: refused the ${ARTIFACT} artifact of run ${forgedRun}: `),
      );
      expect(lines[0]).toMatch(refusal);
    }
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(github.commentsOn(other.number)).toEqual([]);
    expect(github.statuses.slice(statusesBefore)).toEqual([]);
    // The genuine artifact still publishes.
    expect((await publishRun(runId, pr.repo.headSha)).status).toBe(0);
    expect(github.commentsOn(pr.number)).toHaveLength(1);
  }, 60_000);

  it("refuses a malformed artifact in one line, and renders hostile text in a well-formed one inert", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const { analysis } = await analyzed(pr);
    const malformed: Array<[string | Buffer, RegExp]> = [
      ["{not json", /: it is not JSON$/],
      [Buffer.from("PK\u0003\u0004 a zip archive"), /: it is not JSON$/],
      [
        JSON.stringify({ ...analysis, report: { ...analysis.report, version: 2 } }),
        /: it is malformed \(report\.version: /,
      ],
      [
        JSON.stringify({
          ...analysis,
          report: {
            ...analysis.report,
            files: [
              {
                ...analysis.report.files[0],
                findings: [{ rule: "x** [a](https://evil.example)", severity: "error", message: "m" }],
              },
            ],
          },
        }),
        /: it is malformed \(report\.files\.0\.findings\.0\.rule: should be a rule id\)$/,
      ],
      [JSON.stringify({ ...analysis, notes: Array(21).fill("note") }), /: it is malformed \(notes: /],
      [
        JSON.stringify({
          ...analysis,
          report: { ...analysis.report, summary: { ...analysis.report.summary, errors: -1 } },
        }),
        /malformed/,
      ],
    ];
    for (const [content, refusal] of malformed) {
      const forgedRun = nextRun++;
      github.putArtifact(forgedRun, ARTIFACT, content);
      const publish = await publishRun(forgedRun, pr.repo.headSha);
      expect(publish.status).toBe(1);
      expect(failure(publish)).toEqual([expect.stringMatching(refusal)]);
    }
    expect(github.commentsOn(pr.number)).toEqual([]);

    // Well-formed, but every string a forger controls is hostile, and pre-rendered Markdown is offered.
    const hostile = [
      "::add-mask::secret",
      "::error file=x::forged",
      '<img src="https://evil.example/x.png">',
      "<details open><summary>click</summary>",
      "@octo-org/security-team closes #1 GH-2",
      "[click](https://evil.example) www.evil.example",
      MARKER,
      "| a | b |",
    ].join("\n");
    const report = analysis.report;
    const forged = {
      ...analysis,
      markdown: `${MARKER}\n<img src="https://evil.example/y.png">`,
      notes: [hostile],
      report: {
        ...report,
        files: report.files.map((file: { findings: object[] }) => ({
          ...file,
          path: `data/${hostile}.jsonl`,
          findings: file.findings.map((f) => ({ ...f, message: hostile, excerpt: hostile, field: hostile })),
        })),
        datasets: report.datasets.map((d: object) => ({ ...d, name: hostile })),
      },
    };
    const forgedRun = nextRun++;
    github.putArtifact(forgedRun, ARTIFACT, JSON.stringify(forged));
    const publish = await publishRun(forgedRun, pr.repo.headSha);
    expect(publish.status).toBe(0);
    for (const command of publish.commands)
      expect(["error", "warning", "notice", "debug", "set-output", "add-mask"]).toContain(command.name);
    expect(publish.stdout).not.toMatch(/^::(stop-commands|error file=x)/m);
    const body = github.commentsOn(pr.number)[0]?.body ?? "";
    expect(body.startsWith(`${MARKER}\n### ❌ dataset-ci failed`)).toBe(true);
    expect(body.split(MARKER)).toHaveLength(2);
    expect(body).not.toContain("evil.example/y.png");
    expectInert(body);
    expectInert(publish.summary);
  }, 60_000);

  it("refuses an artifact whose content is not what GitHub recorded, or too large to be a report", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const { analysis } = await analyzed(pr);
    const swappedRun = nextRun++;
    const swapped = github.putArtifact(swappedRun, ARTIFACT, JSON.stringify(analysis));
    swapped.content = Buffer.from(JSON.stringify({ ...analysis, notes: ["swapped after upload"] }));
    const hugeRun = nextRun++;
    github.putArtifact(hugeRun, ARTIFACT, Buffer.alloc(32 * 1024 * 1024 + 1, 32));
    const before = github.requests.length;
    expect(failure(await publishRun(swappedRun, pr.repo.headSha))).toEqual([
      `dataset-ci: refused the ${ARTIFACT} artifact of run ${swappedRun}: its content does not match the digest GitHub recorded`,
    ]);
    expect(failure(await publishRun(hugeRun, pr.repo.headSha))).toEqual([
      `dataset-ci: refused the ${ARTIFACT} artifact of run ${hugeRun}: it is 33554433 bytes, more than the 33554432 a report needs`,
    ]);
    // The large one was never downloaded.
    expect(
      github.requests.slice(before).filter((r) => r.operationId === "actions/download-artifact"),
    ).toHaveLength(1);
    expect(github.commentsOn(pr.number)).toEqual([]);
  }, 60_000);

  it("refuses in one line when GitHub's answer about the run or the pull request is not what it documents", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const { runId } = await analyzed(pr);
    const json = "application/json; charset=utf-8";
    const cases = [
      {
        fault: { path: /\/actions\/runs\/\d+\/artifacts$/, text: JSON.stringify({ total_count: 1 }) },
        line: new RegExp(
          `^dataset-ci: GitHub's answer to GET /repos/octo-org/preference-data/actions/runs/${runId}/artifacts is not as GitHub documents it \\(artifacts: invalid_type\\)$`,
        ),
      },
      {
        fault: {
          path: /\/pulls\/\d+$/,
          text: JSON.stringify({ head: { sha: 5 }, base: { sha: "ZZ-BODY" } }),
        },
        line: /^dataset-ci: GitHub's answer to GET \/repos\/octo-org\/preference-data\/pulls\/\d+ is not as GitHub documents it \(head\.sha: invalid_type\)$/,
      },
      {
        // The open pull requests sharing the head commit: asked 3 times (a GET may be repeated), then refused.
        fault: { path: /\/pulls$/, text: JSON.stringify([{ number: "ZZ-BODY" }]), times: 3 },
        line: /^dataset-ci: GitHub's answer to GET \/repos\/octo-org\/preference-data\/pulls \(HTTP 200\) is not as GitHub documents it \(0\.number: invalid_type\), 3 times$/,
      },
    ];
    const statusesBefore = github.statuses.length;
    for (const { fault, line } of cases) {
      github.fault({
        method: "GET",
        path: fault.path,
        status: 200,
        raw: { text: fault.text, contentType: json },
        times: fault.times ?? 1,
      });
      const publish = await publishRun(runId, pr.repo.headSha);
      expect(publish.status).toBe(1);
      expect(failure(publish)).toEqual([expect.stringMatching(line)]);
    }
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(github.statuses.slice(statusesBefore)).toEqual([]);
  }, 60_000);

  it("logs and succeeds, publishing nothing, when there is nothing current to publish", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const statusesBefore = github.statuses.length;
    const quiet = (run: ActionRun, line: RegExp) => {
      expect(run.status).toBe(0);
      expect(failure(run)).toEqual([]);
      expect(run.commands.filter((c) => c.name === "warning")).toEqual([]);
      expect(run.stdout).toMatch(line);
    };
    // No artifact: the analyze run stopped before its dataset-ci step.
    const empty = nextRun++;
    quiet(
      await publishRun(empty, pr.repo.headSha),
      new RegExp(`run ${empty} uploaded no ${ARTIFACT} artifact .*: nothing to publish`),
    );
    // The analyze run was cancelled or skipped: its artifact, if any, is not looked for.
    const { runId } = await analyzed(pr);
    for (const conclusion of ["cancelled", "skipped"]) {
      quiet(
        await publishRun(runId, pr.repo.headSha, { conclusion }),
        new RegExp(`run ${runId} ended ${conclusion}, so it checked nothing: nothing to publish`),
      );
    }
    // A newer push: the older run's report is out of date.
    const newer = "b".repeat(40);
    github.pullHeads.set(pr.number, {
      ...(github.pullHeads.get(pr.number) as PullRequestHead),
      headSha: newer,
    });
    quiet(
      await publishRun(runId, pr.repo.headSha, { headBranch: `feature-${pr.number}` }),
      new RegExp(`has a newer head \\(${newer}\\)`),
    );
    // Closed, or retargeted to another branch since the analysis.
    const current = { headSha: pr.repo.headSha, baseSha: pr.repo.baseSha, headRepository: FORK };
    github.pullHeads.set(pr.number, { ...current, state: "closed" });
    quiet(
      await publishRun(runId, pr.repo.headSha),
      new RegExp(`#${pr.number} is closed: nothing to publish`),
    );
    github.pullHeads.set(pr.number, { ...current, baseRef: "release" });
    quiet(await publishRun(runId, pr.repo.headSha), /now targets release, not main/);
    expect(github.commentsOn(pr.number)).toEqual([]);
    expect(github.statuses.slice(statusesBefore)).toEqual([]);
    // Back to open on main: it publishes.
    github.pullHeads.set(pr.number, current);
    expect((await publishRun(runId, pr.repo.headSha)).status).toBe(0);
    expect(github.commentsOn(pr.number)).toHaveLength(1);
  }, 60_000);

  it("judges by the base's config and baseline, and says what the pull request's own config would change", async () => {
    // The fork's copy of the config: fail-on never, and identical-responses turned down to a notice.
    const lenient = `fail-on: never\n${CONFIG.replace("  length-bias: off", "  length-bias: off\n  identical-responses: notice")}`;
    const pr = await forkPullRequest({ ...DEFECTIVE, ".github/dataset-ci.yml": lenient });
    const { runId, run } = await analyzed(pr);
    expect(run.status).toBe(0); // the fork's own verdict
    const publish = await publishRun(runId, pr.repo.headSha);
    expect(publish.status).toBe(0);
    expect(
      github.statuses.filter((s) => s.sha === pr.repo.headSha).map((s) => [s.state, s.description]),
    ).toEqual([["failure", "failed: 1 finding at error"]]);
    // Markdown escapes aside (`\-`, `\.`).
    const body = (github.commentsOn(pr.number)[0]?.body ?? "").replaceAll("\\", "");
    expect(body).toContain("### ❌ dataset-ci failed");
    expect(body).toContain(
      "the verdict uses the config and baseline of the pull request's base; with its own config it would have passed; fail-on never",
    );
    const read = github.requests.filter((r) => r.operationId === "repos/get-content").map((r) => r.query.ref);
    expect(read).toContain(pr.repo.baseSha);
  }, 60_000);

  it("a fail-on input set in the publish workflow wins over the base's config, as in a check run", async () => {
    // The base fails on warnings, and turns identical-responses (DEFECTIVE's one error) down to one.
    const strict = `fail-on: warning\n${CONFIG.replace("  length-bias: off", "  length-bias: off\n  identical-responses: warning")}`;
    const pr = await forkPullRequest(DEFECTIVE, undefined, { ...BASE, ".github/dataset-ci.yml": strict });
    const { runId } = await analyzed(pr);
    const statuses = () =>
      github.statuses.filter((s) => s.sha === pr.repo.headSha).map((s) => [s.state, s.description]);
    // Unset: the base's fail-on.
    expect((await publishRun(runId, pr.repo.headSha)).status).toBe(0);
    expect(statuses()).toEqual([
      ["failure", expect.stringMatching(/^failed: \d+ findings? at warning or above$/)],
    ]);
    // Set to error (which an unset input used to look like): it wins, and warnings alone pass.
    expect((await publishRun(runId, pr.repo.headSha, { inputs: { "fail-on": "error" } })).status).toBe(0);
    expect(statuses()[1]).toEqual(["success", expect.stringMatching(/^passed: 0 errors, /)]);
  }, 60_000);

  it("sets no commit status that another open pull request with the same head commit would show", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const { runId } = await analyzed(pr);
    // The same branch, opened a second time against another base branch.
    const twin = nextPull++;
    github.pullHeads.set(twin, {
      ...(github.pullHeads.get(pr.number) as PullRequestHead),
      baseRef: "release",
    });
    const statusesBefore = github.statuses.length;
    const publish = await publishRun(runId, pr.repo.headSha);
    expect(publish.status).toBe(0);
    expect(github.statuses.slice(statusesBefore)).toEqual([]);
    // Markdown escapes aside (`\\#` and a zero-width space keep `#101` from linking).
    expect(github.commentsOn(pr.number)[0]?.body.replace(/[\\\u200b]/g, "")).toContain(
      `no commit status set: pull request #${twin} has the same head commit`,
    );
    // Once the twin is closed, the status is set.
    github.pullHeads.set(twin, { ...(github.pullHeads.get(twin) as PullRequestHead), state: "closed" });
    await publishRun(runId, pr.repo.headSha);
    expect(github.statuses.slice(statusesBefore).map((s) => s.state)).toEqual(["failure"]);
  }, 60_000);

  it("keeps the verdict and says so in one warning when the upload fails", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const runId = nextRun++;
    // A runner without the results service's token: the library cannot upload.
    const run = await runAction({
      workspace: pr.repo.dir,
      runnerDir: path.join(pr.root, "runner-no-token"),
      event: "pull_request",
      payload: pullRequestPayload(pr.number, pr.repo.baseSha, pr.repo.headSha),
      apiUrl: github.url,
      runId,
      inputs: { mode: "analyze", "github-token": "fork-token" },
    });
    expect(run.status).toBe(1);
    expect(failure(run)).toEqual(["dataset-ci failed: 1 finding at error"]);
    const ours = run.commands.filter(
      (c) => c.name === "warning" && c.properties.includes("could not report"),
    );
    expect(ours.map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^could not upload the artifact dataset-ci-analysis\.json \(.*ACTIONS_RUNTIME_TOKEN.*\): a publish run will find nothing to post\. The verdict is unchanged\.$/,
      ),
    ]);
    expect(github.artifactsOf(runId)).toEqual([]);
  });

  it("refuses mode publish outside a workflow_run workflow, in one line", async () => {
    const pr = await forkPullRequest(DEFECTIVE);
    const run = await pullRequestRun(pr, nextRun++, { mode: "publish" });
    expect(run.status).toBe(1);
    expect(failure(run)).toEqual([
      "dataset-ci: mode publish runs in a workflow_run workflow, not on pull_request (dataset-ci's docs/action.md#fork-pull-requests)",
    ]);
    expect(github.commentsOn(pr.number)).toEqual([]);
  });

  it("publishes nothing for a run that was not for a pull request", async () => {
    const publish = await publishRun(nextRun++, "a".repeat(40), { event: "push" });
    expect(publish.status).toBe(0);
    expect(publish.stdout).toMatch(/ran on push, not a pull request: nothing to publish/);
  });
});
