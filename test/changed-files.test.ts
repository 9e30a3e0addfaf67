import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { main } from "../src/cli/cli.js";
import { selectChangedFiles } from "../src/config/changed-files.js";
import { defaultConfig, parseConfig } from "../src/config/config.js";
import { DATASET_FILE_GLOB } from "../src/config/discover.js";
import { GOOD_PAIR, jsonl, tempDir } from "./helpers/run-check.js";

// `check --changed`: what the pre-commit hook runs on the staged files (.pre-commit-hooks.yaml).

/** The bundled example's 150 records, one a line: 140 already in the dataset, 10 a change adds. */
const EXAMPLE = readFileSync(
  path.resolve(import.meta.dirname, "../examples/data/task-api-safety.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "");
const COMMITTED = `${EXAMPLE.slice(0, 140).join("\n")}\n`;
const ADDED = `${EXAMPLE.slice(140).join("\n")}\n`;

/** A dataset of data/*.jsonl with the example's minimum (50) and categories: the added 10 alone miss both. */
const CONFIG = "datasets:\n  - name: safety\n    files: data/*.jsonl\n    min-size: domain-specific\n";

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function runCli(args: string[], cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += chunk;
  });
  stderr.on("data", (chunk) => {
    err += chunk;
  });
  const status = await main(args, { stdout, stderr, env: {}, cwd });
  return { status, stdout: out, stderr: err };
}

describe("which changed files a check takes", () => {
  it("with datasets in the config: the files of a dataset, the others skipped, removed ones dropped", async () => {
    const dir = await repo({
      "data/a.jsonl": COMMITTED,
      "data/b.jsonl": ADDED,
      "package.json": "{}",
      "notes/metrics.csv": "step,loss\n1,0.5\n",
    });
    const config = parseConfig(CONFIG, "c.yml");
    const changed = ["data/b.jsonl", "package.json", "notes/metrics.csv", "data/removed.jsonl"];
    expect(await selectChangedFiles(config, changed, dir)).toEqual({
      checked: ["data/b.jsonl"],
      skipped: ["package.json", "notes/metrics.csv"],
      skippedBecause: "in no dataset of the config",
    });
  });

  it("without: the files that hold preference records, not package.json, a CSV of metrics or a README", async () => {
    const dir = await repo({
      "train.jsonl": jsonl([GOOD_PAIR]),
      "package.json": '{"name": "x", "version": "1.0.0"}',
      "metrics.csv": "step,loss\n1,0.5\n",
      "README.md": "# data\n",
    });
    const changed = ["./train.jsonl", "package.json", "metrics.csv", "README.md"];
    expect(await selectChangedFiles(defaultConfig(), changed, dir)).toEqual({
      checked: ["train.jsonl"],
      skipped: ["package.json", "metrics.csv", "README.md"],
      skippedBecause: "holding no preference data",
    });
  });
});

describe("dataset-ci check --changed", () => {
  it("checks a changed file's dataset whole: its gates count every example, not only the change's", async () => {
    const dir = await repo({
      ".github/dataset-ci.yml": CONFIG,
      "data/a.jsonl": COMMITTED,
      "data/b.jsonl": ADDED,
      "package.json": "{}",
    });
    const changed = await runCli(
      ["check", "--changed", "--format", "json", "data/b.jsonl", "package.json"],
      dir,
    );
    expect(changed.stderr).toContain("skipped 1 file in no dataset of the config: package.json");
    expect(changed.status).toBe(0);
    const report = JSON.parse(changed.stdout);
    expect(report.datasets).toMatchObject([{ name: "safety", examples: 150 }]);
    // Only the changed file's findings are reported (the dataset's own, min-size and distribution, too).
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["data/b.jsonl"]);

    // The same 10 examples in a file of no configured dataset are a dataset of their own: under both gates.
    await rm(path.join(dir, ".github/dataset-ci.yml"));
    const alone = await runCli(["check", "--changed", "--no-progress", "data/b.jsonl"], dir);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toMatch(/error +10 examples, under the minimum of 100 .*min-size$/m);
  });

  it("fails on a dataset gate the change breaks, and on a defective changed file", async () => {
    const dir = await repo({
      ".github/dataset-ci.yml": CONFIG.replace("domain-specific", "200"),
      "data/a.jsonl": COMMITTED,
      "data/b.jsonl": ADDED,
    });
    const small = await runCli(["check", "--changed", "--no-progress", "data/b.jsonl"], dir);
    expect(small.status).toBe(1);
    expect(small.stdout).toMatch(/error +150 examples, under the minimum of 200: .*min-size$/m);

    await writeFile(path.join(dir, ".github/dataset-ci.yml"), CONFIG);
    await writeFile(
      path.join(dir, "data/b.jsonl"),
      `${ADDED}${JSON.stringify({ ...GOOD_PAIR, chosen: "" })}\n`,
    );
    const bad = await runCli(["check", "--changed", "--no-progress", "data/b.jsonl"], dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/data\/b\.jsonl/);
    expect(bad.stdout).toMatch(/11:chosen +error/);
  });

  it("passes, saying why, when no changed file is a dataset's", async () => {
    const dir = await repo({
      ".github/dataset-ci.yml": CONFIG,
      "data/a.jsonl": COMMITTED,
      "package.json": "{}",
    });
    const result = await runCli(["check", "--changed", "package.json"], dir);
    expect(result).toEqual({
      status: 0,
      stdout: "",
      stderr:
        "dataset-ci: skipped 1 file in no dataset of the config: package.json\n" +
        "dataset-ci: no changed file belongs to a dataset of the config: nothing to check\n",
    });
    const unconfigured = await repo({ "package.json": "{}" });
    expect((await runCli(["check", "--changed", "package.json"], unconfigured)).stderr).toContain(
      "no changed file holds preference data: nothing to check",
    );
  });

  it("is an option of check only", async () => {
    const dir = await repo({ "data/a.jsonl": COMMITTED });
    const result = await runCli(["baseline", "--changed", "data/a.jsonl"], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "--changed does not apply to baseline: baseline takes --config and --baseline",
    );
  });
});

describe("the pre-commit hook's definition", () => {
  const [hook] = parseYaml(
    readFileSync(path.resolve(import.meta.dirname, "../.pre-commit-hooks.yaml"), "utf8"),
  );

  it("takes the files with every extension a directory search takes, and no other", () => {
    const extensions = /\{([^}]+)\}/.exec(DATASET_FILE_GLOB)?.[1]?.split(",") ?? [];
    expect(extensions.length).toBeGreaterThan(10);
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files);
    for (const extension of extensions) expect(files.test(`data/train.${extension}`), extension).toBe(true);
    for (const other of ["README.md", "data/train.jsonl.bak", "data/train.parquet.gz", "notes.txt"]) {
      expect(files.test(other), other).toBe(false);
    }
  });

  it("runs check --changed on every staged file at once", () => {
    expect(hook).toMatchObject({ id: "dataset-ci", entry: "dist/cli.js check --changed --no-progress" });
    // Split across processes, a dataset's files would be checked apart: no duplicates across them.
    expect(hook.require_serial).toBe(true);
  });
});
