import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/run-check.js";
import { PATH_WITH_NODE, ROOT } from "../support/cli.js";
import { GIT_IDENTITY } from "../support/git-repo.js";

// The pre-commit hook (.pre-commit-hooks.yaml) run by the real pre-commit (pre-commit.com; .ci/run installs
// the Debian package): a scratch repository whose .pre-commit-config.yaml points at a hook repository made of
// this one's hook file, package.json and dist/ bundles as they are now (a clone of HEAD would hold the
// dist/ of the last commit, not the bundle under test), pinned to its commit as users pin a release.

const hasPreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;

/** The bundled example's 150 records, one a line: 140 in the dataset already, 10 a commit adds. */
let example: string[];
let env: Record<string, string>;
let hookConfig: string;

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { env, encoding: "utf8" }).trim();
}

async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

/** A repository with the hook configured and `committed` committed; `staged` written and staged. */
async function repository(committed: Record<string, string>, staged: Record<string, string>) {
  const dir = await tempDir();
  git(dir, "init", "--quiet");
  await writeTree(dir, { ".pre-commit-config.yaml": hookConfig, ...committed });
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "the dataset");
  await writeTree(dir, staged);
  git(dir, "add", "--all");
  return dir;
}

function preCommitRun(dir: string) {
  const result = spawnSync("pre-commit", ["run", "--color", "never"], { cwd: dir, env, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const lines = (from: number, to?: number) => `${example.slice(from, to).join("\n")}\n`;

/** The example's dataset: a minimum of 50, which the 10 added examples alone are under. */
const CONFIG = "datasets:\n  - name: safety\n    files: data/*.jsonl\n    min-size: domain-specific\n";

// Skipped, saying so in its name, where pre-commit is not installed.
const TITLE = hasPreCommit
  ? "the pre-commit hook"
  : "the pre-commit hook (skipped: pre-commit is not on PATH)";

describe.skipIf(!hasPreCommit)(TITLE, () => {
  beforeAll(async () => {
    const scratch = await tempDir();
    env = {
      PATH: PATH_WITH_NODE,
      HOME: scratch,
      PRE_COMMIT_HOME: path.join(scratch, "pre-commit"),
      ...GIT_IDENTITY,
    };
    example = (await readFile(path.join(ROOT, "examples/data/task-api-safety.jsonl"), "utf8"))
      .split("\n")
      .filter((line) => line !== "");
    const hooks = path.join(scratch, "hooks");
    await mkdir(path.join(hooks, "dist"), { recursive: true });
    for (const file of [
      ".pre-commit-hooks.yaml",
      "package.json",
      "dist/cli.js",
      "dist/check-worker.js",
      "dist/parquet-worker.js",
      "dist/package.json",
    ]) {
      await copyFile(path.join(ROOT, file), path.join(hooks, file));
    }
    git(hooks, "init", "--quiet");
    git(hooks, "add", "--all");
    git(hooks, "commit", "--quiet", "--message", "the hook");
    hookConfig = `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${git(hooks, "rev-parse", "HEAD")}\n    hooks:\n      - id: dataset-ci\n`;
  });

  it("passes a good staged file of a configured dataset, whose gates count the whole dataset", async () => {
    const dir = await repository(
      { ".github/dataset-ci.yml": CONFIG, "data/a.jsonl": lines(0, 140) },
      // package.json has a dataset extension (.json) but is in no dataset: skipped, not failed.
      { "data/b.jsonl": lines(140), "package.json": '{"name": "x"}\n' },
    );
    const run = preCommitRun(dir);
    expect(run.output).toMatch(/^dataset-ci\.+Passed$/m);
    expect(run.status).toBe(0);
  });

  it("fails a defective staged file, naming the finding and where it is", async () => {
    const bad = {
      prompt: "How do I list my tasks?",
      chosen: "",
      rejected: "Use the list command.",
      category: "edge_cases",
    };
    const dir = await repository(
      { ".github/dataset-ci.yml": CONFIG, "data/a.jsonl": lines(0, 140) },
      { "data/b.jsonl": `${lines(140)}${JSON.stringify(bad)}\n` },
    );
    const run = preCommitRun(dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/^dataset-ci\.+Failed$/m);
    expect(run.output).toContain("data/b.jsonl (jsonl, trl-standard; 11 examples)");
    expect(run.output).toMatch(/^ {2}11:chosen +error +chosen is empty +empty-response$/m);
  });

  it("fails when the staged change leaves a dataset under its gate", async () => {
    const dir = await repository(
      { ".github/dataset-ci.yml": CONFIG.replace("domain-specific", "200"), "data/a.jsonl": lines(0, 140) },
      { "data/b.jsonl": lines(140) },
    );
    const run = preCommitRun(dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/error +150 examples, under the minimum of 200: .*min-size$/m);
  });

  it("without a config, checks the staged files that hold preference data and skips the others", async () => {
    const dir = await repository(
      { "README.md": "# data\n" },
      { "tsconfig.json": '{"compilerOptions": {}}\n' },
    );
    expect(preCommitRun(dir)).toMatchObject({ status: 0 });
    await writeTree(dir, { "pairs.jsonl": lines(0, 150) });
    git(dir, "add", "--all");
    const run = preCommitRun(dir);
    expect(run.status).toBe(0);
    await writeTree(dir, {
      "pairs.jsonl": `${lines(0, 150)}{"prompt": "p", "chosen": "", "rejected": "r"}\n`,
    });
    git(dir, "add", "--all");
    const failed = preCommitRun(dir);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/^ {2}151:chosen +error +chosen is empty +empty-response$/m);
  });
});

describe("the hook's entry", () => {
  const tracked = spawnSync("git", ["-C", ROOT, "ls-files", "--stage", "dist/cli.js"], { encoding: "utf8" });

  // language: script runs dist/cli.js as pre-commit's clone has it: the mode git records, not the bundle's here.
  it.skipIf(tracked.status !== 0 || tracked.stdout === "")("is committed executable", () => {
    expect(tracked.stdout).toMatch(/^100755 /);
  });
});
