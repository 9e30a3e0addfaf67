import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parquetFile } from "../helpers/parquet.js";
import { GOOD_PAIR, jsonl, tempDir, writeFiles } from "../helpers/run-check.js";
import { CLI, ROOT, runCli } from "../support/cli.js";

// The CLI as users run it: the bundled dist/cli.js in a child process, nothing mocked.

const run = runCli;

const GOOD = GOOD_PAIR;

describe("dataset-ci CLI", () => {
  it("passes the bundled example with exit 0", () => {
    const result = run(["check", "--config", "examples/dataset-ci.yml"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("✔ passed: 0 errors, 0 warnings, 1 notice in 150 examples");
    expect(result.stdout).toMatch(/social_engineering\s+26\s+17\.3 %\s+15–20 %\s+ok/);
  });

  it("writes only the JSON report to stdout with --format json, and progress to stderr", () => {
    const result = run(["check", "--config", "examples/dataset-ci.yml", "--format", "json"]);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      version: 1,
      passed: true,
      summary: { files: 1, examples: 150, errors: 0 },
    });
    expect(report.files[0]).toMatchObject({
      path: "examples/data/task-api-safety.jsonl",
      container: "jsonl",
      shape: "trl-standard",
    });
    expect(report.datasets[0]).toMatchObject({ name: "task-api-safety", examples: 150, "min-size": 50 });
    expect(report.datasets[0].categories[0]).toEqual({
      name: "direct_harm",
      count: 45,
      share: 0.3,
      min: 0.25,
      max: 0.35,
      ok: true,
      needed: 0,
      excess: 0,
    });
    expect(result.stderr).toContain("checked 150 examples in 1 file");
  });

  it("fails with exit 1 on a defective file and points at its lines", async () => {
    const dir = await writeFiles({
      "bad.jsonl": `${jsonl([GOOD, { ...GOOD, prompt: "p2", rejected: GOOD.chosen }])}{oops\n`,
    });
    const result = run(["check", "bad.jsonl", "--format", "json", "--no-progress"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const findings = JSON.parse(result.stdout).files[0].findings.map(
      (f: { rule: string; line: number }) => `${f.rule}@${f.line}`,
    );
    expect(findings).toContain("identical-responses@2");
    expect(findings).toContain("invalid-json@3");
  });

  it.each([
    { verdict: "failed", files: { "data.jsonl": "{oops\n" }, status: 1 },
    { verdict: "passed", files: { "data.jsonl": "{oops\n" }, status: 0, args: ["--fail-on", "never"] },
  ])(
    "ends quietly with the verdict's status ($status) when its reader closes stdout early (| head -1)",
    async ({ files, status, args = [] }) => {
      const dir = await writeFiles(files);
      const child = spawn(process.execPath, [CLI, "check", "data.jsonl", "--no-progress", ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      // The reader is gone before the report is written: every write to stdout fails with EPIPE.
      child.stdout.destroy();
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      const [code] = (await once(child, "close")) as [number | null];
      expect(stderr).toBe("");
      expect(code).toBe(status);
    },
  );

  it("keeps its verdict when its stderr is closed: the progress line is lost, not the run", async () => {
    const dir = await writeFiles({ "data.jsonl": "{oops\n" });
    const child = spawn(process.execPath, [CLI, "check", "data.jsonl", "--fail-on", "never"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr.destroy();
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    const [code] = (await once(child, "close")) as [number | null];
    expect(code).toBe(0);
    expect(stdout).toContain("invalid-json");
  });

  it("passes the same file with --fail-on never", async () => {
    const dir = await writeFiles({ "bad.jsonl": "{oops\n" });
    expect(run(["check", "bad.jsonl", "--fail-on", "never"], { cwd: dir }).status).toBe(0);
  });

  it.each([
    [["check", "--frobnicate"], "unknown option '--frobnicate'; the options are --config, --format"],
    [["check", "x.jsonl", "--frmat", "json"], "unknown option '--frmat' (did you mean '--format'?)"],
    [["chek", "x.jsonl"], "unknown command 'chek' (did you mean 'check'?)"],
    [["check", "x.jsonl", "--config", "nope.yml"], "the config file nope.yml (--config) does not exist"],
    [["check", "x.jsonl", "--format", "xml"], "--format must be text, json, sarif or github"],
    [["check", "x.jsonl", "--fail-on", "sometimes"], "--fail-on must be"],
    [["lint"], "unknown command 'lint'"],
    [["check", "no-such-file.jsonl"], "no such file or directory: no-such-file.jsonl"],
    [["check"], "nothing to check"],
  ])("exits 2 on %j", async (args, message) => {
    const dir = await tempDir();
    const result = run(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("exits 2 on a bad config, naming the key path, without a stack trace", async () => {
    const dir = await writeFiles({ "c.yml": "rules:\n  chosen-lectureing: off\n", "d.jsonl": jsonl([GOOD]) });
    const result = run(["check", "d.jsonl", "--config", "c.yml"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'rules.chosen-lectureing: unknown key (did you mean "chosen-lecturing"?)',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("finds the config at .github/dataset-ci.yml and searches directories for dataset files", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, ".github"));
    await mkdir(path.join(dir, "data/nested"), { recursive: true });
    await mkdir(path.join(dir, "data/node_modules"), { recursive: true });
    await writeFile(
      path.join(dir, ".github/dataset-ci.yml"),
      "rules:\n  min-size: off\n  missing-category: off\n",
    );
    await writeFile(path.join(dir, "data/a.jsonl"), jsonl([GOOD]));
    await writeFile(
      path.join(dir, "data/nested/b.jsonl.gz"),
      gzipSync(jsonl([{ ...GOOD, prompt: "other" }])),
    );
    await writeFile(path.join(dir, "data/node_modules/c.jsonl"), "{oops\n");
    await writeFile(path.join(dir, "data/notes.txt"), "not a dataset");
    const result = run(["check", "data", "--format", "json"], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([
      "data/a.jsonl",
      "data/nested/b.jsonl.gz",
    ]);
    expect(report.datasets[0].findings.map((f: { rule: string }) => f.rule)).not.toContain("min-size");
  });

  it("checks a named file's whole dataset for the dataset-level checks, reporting only that file's findings", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "data"));
    await writeFile(path.join(dir, "data/a.jsonl"), jsonl([GOOD]));
    await writeFile(
      path.join(dir, "data/b.jsonl"),
      jsonl([GOOD, { ...GOOD, prompt: "x", rejected: GOOD.chosen }]),
    );
    await writeFile(
      path.join(dir, "ci.yml"),
      "datasets:\n  - name: safety\n    files: data/*.jsonl\n    min-size: 3\n",
    );
    const result = run(["check", "data/b.jsonl", "--config", "ci.yml", "--format", "json"], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["data/b.jsonl"]);
    expect(report.datasets[0]).toMatchObject({
      name: "safety",
      files: ["data/a.jsonl", "data/b.jsonl"],
      examples: 3,
    });
    // b's first record repeats a.jsonl's: the duplicate is found across files and reported on b.
    const duplicate = report.files[0].findings.find((f: { rule: string }) => f.rule === "duplicate-example");
    expect(duplicate).toMatchObject({ line: 1, message: expect.stringContaining("data/a.jsonl:1") });
  });

  it("never prints dataset text raw: no workflow command, no escape sequence reaches stdout", async () => {
    const hostile = {
      prompt: "::add-mask::secret\n::error file=x::pwned",
      chosen:
        "You should know this is wrong.\n::error::injected\u001b[31mred\u001b]0;title\u0007 I can't help with that.",
      rejected: "\n::stop-commands::token\nI can't help with that request at all, no way.\r::warning::cr",
      category: "::set-output name=x::y\n::error::cat",
    };
    const dir = await writeFiles({
      "h.jsonl": jsonl([hostile, { ...hostile, chosen: 5 }]),
      "h\n::error::name.jsonl": jsonl([GOOD]),
    });
    for (const format of ["text", "json"]) {
      const result = run(["check", ".", "--format", format], { cwd: dir, env: { FORCE_COLOR: "0" } });
      expect(result.status).toBe(1);
      for (const line of `${result.stdout}\n${result.stderr}`.split(/\r?\n|\r/))
        expect(line.trimStart()).not.toMatch(/^::/);
      expect(result.stdout).not.toContain("\u001b");
      expect(result.stdout).not.toContain("\u0007");
    }
  });

  it("colours only on request: never with NO_COLOR or in a pipe, with FORCE_COLOR", () => {
    const args = ["check", "--config", "examples/dataset-ci.yml"];
    expect(run(args).stdout).not.toContain("\u001b[");
    expect(run(args, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(run(args, { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[32m");
  });

  it("checks a 100,000-example JSONL to the end and says so on stderr", async () => {
    const dir = await tempDir();
    const lines: string[] = [];
    const categories = [
      "direct_harm",
      "prompt_injection",
      "social_engineering",
      "gradual_escalation",
      "edge_cases",
    ];
    for (let i = 0; i < 100_000; i++) {
      lines.push(JSON.stringify({ ...GOOD, prompt: `${GOOD.prompt} #${i}`, category: categories[i % 5] }));
    }
    await writeFile(path.join(dir, "big.jsonl"), `${lines.join("\n")}\n`);
    const result = run(["check", "big.jsonl", "--format", "json"], { cwd: dir });
    expect(result.stderr).toMatch(/checked 100,000 examples in 1 file in \d+\.\d s/);
    expect(JSON.parse(result.stdout).summary.examples).toBe(100_000);
  });

  it("runs from dist/ alone, without node_modules", async () => {
    const dir = await tempDir();
    await cp(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true });
    await writeFile(path.join(dir, "d.jsonl"), jsonl([GOOD]));
    // Every container, so the bundle is known to carry every reader's dependency.
    await writeFile(path.join(dir, "e.csv"), `prompt,chosen,rejected\np,${JSON.stringify(GOOD.chosen)},r\n`);
    await cp(path.join(ROOT, "test/fixtures/sample.jsonl.zst"), path.join(dir, "g.jsonl.zst"));
    await writeFile(
      path.join(dir, "f.parquet"),
      parquetFile({ prompt: "string", chosen: "string", rejected: "string" }, [GOOD], { codec: "GZIP" }),
    );
    const result = spawnSync(
      process.execPath,
      [
        path.join(dir, "dist/cli.js"),
        "check",
        "d.jsonl",
        "e.csv",
        "f.parquet",
        "g.jsonl.zst",
        "--format",
        "json",
      ],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { container: string }) => f.container)).toEqual([
      "jsonl",
      "csv",
      "parquet",
      "jsonl",
    ]);
    expect(report.files[3].compression).toBe("zstd");
    expect(report.summary.examples).toBe(23);
  });

  it("lists the rules and prints its version and help", () => {
    expect(run(["rules"]).stdout).toMatch(/^lfs-pointer\s+error/);
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(["--help"]).stdout).toContain("Usage: dataset-ci check");
  });
});
