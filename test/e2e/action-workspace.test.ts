// End-to-end tests of the action in workspaces and histories shaped the way GitHub and actions/checkout
// leave them: the merge commit checked out instead of a pull request's head, shallow clones, renames, Git
// LFS, merge queues, pushes that create, delete or rewrite a branch. The bundled dist/index.js runs as the
// runner runs it, against the GitHub stand-in; nothing of ours is mocked.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonl, tempDir } from "../helpers/run-check.js";
import { annotations, CONFIG, EXAMPLE_DATA, EXAMPLE_LINES, record } from "../support/action-fixtures.js";
import {
  commitTree,
  git,
  listPullFiles,
  moveBaseAndMerge,
  pullRequestRepo,
  shallowCheckout,
  type Tree,
} from "../support/git-repo.js";
import { type ActionRun, pullRequestPayload, runAction } from "../support/run-action.js";
import { useGitHubStandIn } from "../support/use-stand-in.js";

const BASE: Tree = { ".github/dataset-ci.yml": CONFIG, "data/safety.jsonl": EXAMPLE_DATA };

const github = useGitHubStandIn();

let nextPull = 500;

/** An error: chosen and rejected are the same text. */
function identical(prompt: string): string {
  return JSON.stringify(record({ prompt, chosen: "Same text", rejected: "Same text" }));
}

/** A warning: the rejected answer is too short. */
function shortRejected(prompt: string): string {
  return JSON.stringify(record({ prompt, rejected: "short" }));
}

/** The example data with line `line` (1-based) replaced. */
function dataWith(line: number, text: string): string {
  return `${EXAMPLE_LINES.map((l, i) => (i + 1 === line ? text : l)).join("\n")}\n`;
}

/** Markdown's text without its escapes (`main\\.` reads `main.`). */
function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");
}

function failure(run: ActionRun): string | undefined {
  return run.commands.find((c) => c.name === "error" && c.properties === "")?.message;
}

/** Runs the action on a pull_request-like event in `workspace`. */
function runOn(
  workspace: string,
  root: string,
  event: string,
  payload: unknown,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    runnerDir: path.join(root, `runner-${Math.random().toString(36).slice(2)}`),
    event,
    payload,
    apiUrl: github.url,
    env,
  });
}

const hasGitLfs = (() => {
  try {
    execFileSync("git", ["lfs", "version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("a pull request checked out as GitHub's merge commit", () => {
  it("checks the head's files, so a finding lands on the pull request's line", async () => {
    const number = nextPull++;
    const root = await tempDir();
    // The pull request appends a pair whose chosen and rejected are identical: line 151 at head.
    const repo = await pullRequestRepo(path.join(root, "origin"), BASE, {
      "data/safety.jsonl": `${EXAMPLE_DATA}${identical("appended by the pull request")}\n`,
    });
    github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
    // Meanwhile the base branch drops its first ten records: in the merge commit the pair is on line 141.
    const moved = await moveBaseAndMerge(repo, number, {
      "data/safety.jsonl": `${EXAMPLE_LINES.slice(10).join("\n")}\n`,
    });
    expect(git(repo.dir, "show", `${moved.mergeSha}:data/safety.jsonl`).split("\n")[140]).toContain(
      "appended by the pull request",
    );
    // actions/checkout's default: refs/pull/N/merge, one commit deep.
    const workspace = path.join(root, "workspace");
    shallowCheckout(repo.dir, workspace, `refs/pull/${number}/merge`);
    const run = await runOn(
      workspace,
      root,
      "pull_request",
      pullRequestPayload(number, moved.baseSha, repo.headSha),
    );
    expect(run.status).toBe(1);
    expect(failure(run)).toBe("dataset-ci failed: 1 finding at error");
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "data/safety.jsonl",
        line: 151,
        title: "dataset-ci identical-responses",
      }),
    );
    expect(run.summary).toMatch(
      /not the pull request's head [0-9a-f]{7}: the files checked were read from git/,
    );
    const comments = github.reviewCommentsOn(number);
    expect(comments.map((c) => [c.path, c.line])).toEqual([["data/safety.jsonl", 151]]);
    // Compared with where it forked, as its diff is: the base branch's later removals are not its doing.
    expect(github.commentsOn(number)[0]?.body).toContain(
      "**This pull request:** +1 example (150 → 151: 1 record added, 0 removed)",
    );
  });

  it("on pull_request_target, refuses the base branch's workspace and points to the two-phase setup", async () => {
    const number = nextPull++;
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), BASE, {
      "data/new.jsonl": jsonl([record({ prompt: "target", rejected: "short" })]),
    });
    github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
    const payload = pullRequestPayload(number, repo.baseSha, repo.headSha);
    // pull_request_target checks out the base branch.
    git(repo.dir, "checkout", "--quiet", "main");
    const atBase = await runOn(repo.dir, root, "pull_request_target", payload);
    expect(atBase.status).toBe(1);
    expect(failure(atBase)).toMatch(
      /^dataset-ci: on pull_request_target the workspace holds the base branch \([0-9a-f]{7}\), not the pull request's head .*two-phase setup/,
    );
    expect(github.commentsOn(number)).toEqual([]);
    // A workspace proved to hold the head is checked.
    git(repo.dir, "checkout", "--quiet", "feature");
    const atHead = await runOn(repo.dir, root, "pull_request_target", payload);
    expect(atHead.status).toBe(0);
    expect(annotations(atHead)).toContainEqual(
      expect.objectContaining({ file: "data/new.jsonl", line: 1, title: "dataset-ci rejected-too-short" }),
    );
  });
});

describe("renamed files", () => {
  // The base file has a legacy error on line 3.
  const base: Tree = { ...BASE, "data/safety.jsonl": dataWith(3, identical("legacy")) };

  async function renamePullRequest(head: Tree) {
    const number = nextPull++;
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), base, head);
    github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
    const run = await runOn(
      repo.dir,
      root,
      "pull_request",
      pullRequestPayload(number, repo.baseSha, repo.headSha),
    );
    return { number, run };
  }

  it("a pure rename adds no line: it passes, and the comparison follows the file", async () => {
    const { number, run } = await renamePullRequest({
      "data/safety.jsonl": null,
      "data/renamed.jsonl": base["data/safety.jsonl"] as string,
    });
    // GitHub lists it as renamed, with its previous name and no patch.
    expect(github.pulls.get(number)).toEqual([
      { filename: "data/renamed.jsonl", status: "renamed", previous_filename: "data/safety.jsonl" },
    ]);
    expect(run.status).toBe(0);
    expect(annotations(run).filter((a) => a.level === "error")).toEqual([]);
    expect(github.commentsOn(number)[0]?.body).toContain(
      "**This pull request:** ±0 examples (150 → 150: 0 records added, 0 removed); no new findings",
    );
  });

  it("a rename with edits counts only the lines it changed", async () => {
    const { number, run } = await renamePullRequest({
      "data/safety.jsonl": null,
      "data/renamed.jsonl": `${base["data/safety.jsonl"]}${identical("added with the rename")}\n`,
    });
    expect(github.pulls.get(number)?.[0]).toMatchObject({
      status: "renamed",
      previous_filename: "data/safety.jsonl",
    });
    expect(run.status).toBe(1);
    expect(
      annotations(run)
        .filter((a) => a.level === "error")
        .map((a) => [a.file, a.line]),
    ).toEqual([["data/renamed.jsonl", 151]]);
    // The appended record's findings are new; none of the file's 150 others is "fixed".
    expect(github.commentsOn(number)[0]?.body).toMatch(
      /\+1 example \(150 → 151: 1 record added, 0 removed\);.* 1 new error, .*, 0 fixed\./,
    );
  });
});

describe("Git LFS", () => {
  const lfsAttributes = { ".gitattributes": "data/*.jsonl filter=lfs diff=lfs merge=lfs -text\n" };

  it("counts every line of an LFS file as changed: GitHub's patch is only its pointer's", async () => {
    const number = nextPull++;
    const root = await tempDir();
    const lines = EXAMPLE_LINES.slice(0, 10);
    lines[6] = identical("line seven of an LFS file");
    const repo = await pullRequestRepo(
      path.join(root, "ws"),
      BASE,
      { ...lfsAttributes, "data/lfs.jsonl": `${lines.join("\n")}\n` },
      { lfs: (file) => file === "data/lfs.jsonl" },
    );
    const listed = listPullFiles(repo.dir, repo.baseSha, repo.headSha);
    github.pulls.set(number, listed);
    // What GitHub shows: the pointer's three lines.
    expect(listed.find((f) => f.filename === "data/lfs.jsonl")?.patch).toMatch(
      /^@@ -0,0 \+1,3 @@\n\+version https:\/\/git-lfs\.github\.com\/spec\/v1\n\+oid sha256:[0-9a-f]{64}\n\+size \d+$/,
    );
    const run = await runOn(
      repo.dir,
      root,
      "pull_request",
      pullRequestPayload(number, repo.baseSha, repo.headSha),
    );
    expect(run.status).toBe(1);
    expect(annotations(run)).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "data/lfs.jsonl",
        line: 7,
        title: "dataset-ci identical-responses",
      }),
    );
    expect(plain(run.summary)).toContain(
      "1 changed file is stored in Git LFS, whose diff shows only the pointer: every line of it counts as changed.",
    );
  });

  async function lfsBase() {
    const number = nextPull++;
    const root = await tempDir();
    const repo = await pullRequestRepo(
      path.join(root, "ws"),
      { ...BASE, ...lfsAttributes },
      { "data/safety.jsonl": `${EXAMPLE_DATA}${shortRejected("appended to an LFS file")}\n` },
      { lfs: (file) => file.endsWith(".jsonl") },
    );
    github.pulls.set(number, listPullFiles(repo.dir, repo.baseSha, repo.headSha));
    return { number, root, repo };
  }

  it.skipIf(!hasGitLfs)("reads the base's LFS files through git lfs to compare with them", async () => {
    const { number, root, repo } = await lfsBase();
    const run = await runOn(
      repo.dir,
      root,
      "pull_request",
      pullRequestPayload(number, repo.baseSha, repo.headSha),
    );
    expect(run.status).toBe(0);
    // git's line counts are the pointers': the records added are not told.
    // Read as pointers, base would have 0 examples and an lfs-pointer error "fixed".
    expect(github.commentsOn(number)[0]?.body).toMatch(
      /\*\*This pull request:\*\* \+1 example \(150 → 151\); .*; 1 new warning, 0 fixed\./,
    );
  });

  it("without git-lfs, says the base could not be read rather than compare with pointers", async () => {
    const { number, root, repo } = await lfsBase();
    // A runner without git-lfs: a PATH whose only program is git.
    const bin = path.join(root, "bin");
    await mkdir(bin);
    await symlink(
      execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(),
      path.join(bin, "git"),
    );
    const run = await runOn(
      repo.dir,
      root,
      "pull_request",
      pullRequestPayload(number, repo.baseSha, repo.headSha),
      {
        PATH: bin,
      },
    );
    expect(run.status).toBe(0);
    const body = plain(github.commentsOn(number)[0]?.body ?? "");
    expect(body).toContain("git-lfs is not installed");
    expect(body).toContain("no before/after comparison");
    expect(body).not.toContain("**This pull request:**");
  });
});

describe("merge queues and pushes", () => {
  // main's data has a legacy error on line 3; the change adds a file with a warning.
  const legacy: Tree = { ...BASE, "data/safety.jsonl": dataWith(3, identical("legacy")) };
  const change: Tree = { "data/new.jsonl": jsonl([record({ prompt: "pushed", rejected: "short" })]) };

  it("merge_group: compares the queue's commit with its base, like a push", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), legacy, change);
    const run = await runOn(repo.dir, root, "merge_group", {
      action: "checks_requested",
      merge_group: {
        head_sha: repo.headSha,
        head_ref: "refs/heads/gh-readonly-queue/main/pr-1-0000000000000000000000000000000000000000",
        base_sha: repo.baseSha,
        base_ref: "refs/heads/main",
      },
    });
    expect(run.status).toBe(0);
    expect(annotations(run).map((a) => [a.file, a.title])).toEqual([
      ["data/new.jsonl", "dataset-ci rejected-too-short"],
    ]);
  });

  function pushPayload(fields: Record<string, unknown>) {
    return {
      ref: "refs/heads/feature",
      created: false,
      deleted: false,
      forced: false,
      repository: { full_name: "octo-org/preference-data", default_branch: "main" },
      ...fields,
    };
  }

  it("a push that creates a branch is compared with where it forked from the default branch", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "origin"), legacy, change);
    const workspace = path.join(root, "workspace");
    shallowCheckout(repo.dir, workspace, "refs/heads/feature");
    const run = await runOn(
      workspace,
      root,
      "push",
      pushPayload({ before: "0".repeat(40), after: repo.headSha, created: true }),
    );
    expect(run.status).toBe(0);
    expect(annotations(run).map((a) => [a.file, a.title])).toEqual([
      ["data/new.jsonl", "dataset-ci rejected-too-short"],
    ]);
    expect(plain(run.summary)).toContain(
      "The push created its branch: compared with where it forked from main.",
    );
  });

  it("a push that deletes a branch checks nothing, with a notice", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), legacy, {});
    const run = await runOn(
      repo.dir,
      root,
      "push",
      pushPayload({ before: repo.headSha, after: "0".repeat(40), deleted: true }),
    );
    expect(run.status).toBe(0);
    expect(run.commands).toContainEqual({
      name: "notice",
      properties: "",
      message: "dataset-ci: the push deleted refs/heads/feature: nothing to check",
    });
    expect(annotations(run)).toEqual([]);
  });

  it("a force push whose old commit is gone is compared with the default branch, and says so", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "origin"), legacy, change);
    // The commit the branch pointed to before the force push: the server no longer has it.
    const scratch = await pullRequestRepo(path.join(root, "scratch"), { "gone.txt": "gone\n" }, {});
    const workspace = path.join(root, "workspace");
    shallowCheckout(repo.dir, workspace, "refs/heads/feature");
    const run = await runOn(
      workspace,
      root,
      "push",
      pushPayload({ before: scratch.headSha, after: repo.headSha, forced: true }),
    );
    expect(run.status).toBe(0);
    expect(annotations(run).map((a) => [a.file, a.title])).toEqual([
      ["data/new.jsonl", "dataset-ci rejected-too-short"],
    ]);
    expect(plain(run.summary)).toContain(
      "A force push whose old commit is gone: compared with where it forked from main.",
    );
  });
});

describe("a shallow checkout", () => {
  it("deepens step by step to the merge base instead of fetching the whole history", async () => {
    const number = nextPull++;
    const root = await tempDir();
    // A long history (300 commits), the pull request's base on top, and the base branch three commits past it.
    const origin = path.join(root, "origin");
    await longHistory(origin, 300);
    git(origin, "reset", "--quiet", "--hard", "main");
    const baseSha = await commitTree(origin, BASE, "base");
    git(origin, "checkout", "--quiet", "-b", "feature");
    const headSha = await commitTree(
      origin,
      { "data/safety.jsonl": `${EXAMPLE_DATA}${shortRejected("one more")}\n` },
      "head",
    );
    git(origin, "checkout", "--quiet", "main");
    let tip = baseSha;
    for (let i = 0; i < 3; i++)
      tip = await commitTree(origin, { [`notes/${i}.txt`]: `${i}\n` }, `after ${i}`);
    github.pulls.set(number, listPullFiles(origin, tip, headSha));
    // actions/checkout with ref: the head commit, one commit deep.
    const workspace = path.join(root, "workspace");
    shallowCheckout(origin, workspace, "refs/heads/feature");
    const run = await runOn(workspace, root, "pull_request", pullRequestPayload(number, tip, headSha));
    expect(run.status).toBe(0);
    expect(github.commentsOn(number)[0]?.body).toContain(
      "**This pull request:** +1 example (150 → 151: 1 record added, 0 removed)",
    );
    // Far fewer commits than the 300 of history came.
    const commits = git(workspace, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype)")
      .split("\n")
      .filter((type) => type === "commit").length;
    expect(commits).toBeLessThan(150);
    expect(git(workspace, "rev-parse", "--is-shallow-repository")).toBe("true");
  });
});

/** A repository whose main branch has `count` commits, made in one git fast-import. */
async function longHistory(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  let stream = "";
  for (let i = 1; i <= count; i++) {
    const content = `${i}\n`;
    stream += `commit refs/heads/main\ncommitter A <a@example.com> ${1_700_000_000 + i} +0000\ndata 2\nc\n`;
    stream += `M 100644 inline history.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  execFileSync("git", ["-C", dir, "fast-import", "--quiet"], { input: stream });
}

describe("the merge queue in the two-phase setup", () => {
  it("the publish run sets the required status on the queue's commit", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(path.join(root, "ws"), BASE, {
      "data/new.jsonl": jsonl([record({ prompt: "queued", rejected: "short" })]),
    });
    const analyzeId = 9901;
    const analyze = await runAction({
      workspace: repo.dir,
      runnerDir: path.join(root, "analyze"),
      event: "merge_group",
      payload: {
        action: "checks_requested",
        merge_group: {
          head_sha: repo.headSha,
          head_ref: "refs/heads/gh-readonly-queue/main/pr-7-0000000000000000000000000000000000000000",
          base_sha: repo.baseSha,
          base_ref: "refs/heads/main",
        },
      },
      apiUrl: github.url,
      runId: analyzeId,
      env: { ACTIONS_RESULTS_URL: github.url, ACTIONS_RUNTIME_TOKEN: github.runtimeToken(analyzeId) },
      inputs: { mode: "analyze" },
    });
    expect(analyze.status).toBe(0);
    expect(github.artifactsOf(analyzeId)).toHaveLength(1);
    const publishId = 9902;
    const publishRoot = await tempDir();
    const publish = await runAction({
      workspace: publishRoot,
      runnerDir: path.join(publishRoot, "runner"),
      event: "workflow_run",
      payload: {
        action: "completed",
        workflow_run: {
          id: analyzeId,
          event: "merge_group",
          head_sha: repo.headSha,
          head_branch: "gh-readonly-queue/main/pr-7-0000000000000000000000000000000000000000",
          conclusion: "success",
          pull_requests: [],
          head_repository: { full_name: "octo-org/preference-data" },
          repository: { full_name: "octo-org/preference-data" },
        },
        repository: { full_name: "octo-org/preference-data" },
      },
      apiUrl: github.url,
      runId: publishId,
      env: { ACTIONS_RESULTS_URL: github.url, ACTIONS_RUNTIME_TOKEN: github.runtimeToken(publishId) },
      inputs: { mode: "publish" },
    });
    expect(publish.status).toBe(0);
    expect(github.statuses.filter((s) => s.sha === repo.headSha)).toEqual([
      expect.objectContaining({ state: "success", context: "dataset-ci/verdict" }),
    ]);
  });
});

describe("SARIF on a push", () => {
  it("holds every dataset file's findings, so code scanning does not close the others' alerts", async () => {
    const root = await tempDir();
    const repo = await pullRequestRepo(
      path.join(root, "ws"),
      { ...BASE, "data/safety.jsonl": dataWith(3, shortRejected("legacy")) },
      {
        "data/new.jsonl": jsonl([record({ prompt: "pushed", rejected: "short" })]),
      },
    );
    const run = await runOn(repo.dir, root, "push", {
      ref: "refs/heads/main",
      before: repo.baseSha,
      after: repo.headSha,
      repository: { full_name: "octo-org/preference-data", default_branch: "main" },
    });
    expect(run.status).toBe(0);
    // The verdict and the annotations are the push's own lines.
    expect(new Set(annotations(run).map((a) => a.file))).toEqual(new Set(["data/new.jsonl"]));
    const sarif = JSON.parse(readFileSync(run.outputs.sarif as string, "utf8"));
    const located = sarif.runs[0].results
      .filter((r: { ruleId: string }) => r.ruleId === "rejected-too-short")
      .map(
        (r: {
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }>;
        }) => [
          r.locations[0]?.physicalLocation.artifactLocation.uri,
          r.locations[0]?.physicalLocation.region.startLine,
        ],
      );
    expect(located).toEqual(
      expect.arrayContaining([
        ["data/safety.jsonl", 3],
        ["data/new.jsonl", 1],
      ]),
    );
  });
});
