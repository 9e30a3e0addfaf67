import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parquetFile, ULTRAFEEDBACK, ultrafeedbackRow } from "../helpers/parquet.js";
import { jsonl, tempDir } from "../helpers/run-check.js";
import { ROOT, runCli } from "../support/cli.js";

// `dataset-ci init` as users run it: the bundled dist/cli.js in a scratch git repository, then the
// `check` they run right after it.

const CONFIG = ".github/dataset-ci.yml";
const WORKFLOW = ".github/workflows/dataset-ci.yml";

/** The bundled Task API safety dataset: 150 examples of the seed's five categories, inside their bands. */
const TASK_API = readFileSync(path.join(ROOT, "examples/data/task-api-safety.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as { category: string });

async function gitRepository(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  execFileSync("git", ["init", "-q", dir]);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const cli = (args: string[], cwd: string) => runCli(args, { cwd });

describe("dataset-ci init (the bundled CLI)", () => {
  it("writes the config and the workflow, refuses to overwrite them without --force, and check passes on clean data", async () => {
    const dir = await gitRepository({
      "data/safety/task-api.jsonl": jsonl(TASK_API),
      "package.json": '{"name": "not data"}',
    });
    const init = cli(["init"], dir);
    expect(init.status).toBe(0);
    expect(init.stdout).toBe("");
    expect(init.stderr).toContain(`wrote ${CONFIG}: 1 dataset`);
    expect(init.stderr).toContain(
      "data/safety: 150 examples in 1 file, min-size initial-alignment, the seed's five categories",
    );
    expect(init.stderr).toContain(`wrote ${WORKFLOW}`);
    expect(init.stderr).toContain("skipped 1 file holding no preference data: package.json");

    const config = await readFile(path.join(dir, CONFIG), "utf8");
    expect(config).toMatch(/^# yaml-language-server: \$schema=\S+dataset-ci\.schema\.json$/m);
    expect(parseYaml(config)).toMatchObject({
      "fail-on": "error",
      datasets: [{ name: "data/safety", files: ["data/safety/*.jsonl"], "min-size": "initial-alignment" }],
    });
    const workflow = parseYaml(await readFile(path.join(dir, WORKFLOW), "utf8"));
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(workflow.jobs["dataset-ci"].steps.map((s: { uses: string }) => s.uses)).toEqual([
      "actions/checkout@v5",
      expect.stringMatching(/^OWNER\/dataset-ci@v\d+\.\d+\.\d+$/),
    ]);

    const again = cli(["init"], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(
      `${CONFIG} and ${WORKFLOW} already exist: not overwritten (--force overwrites)`,
    );
    await writeFile(path.join(dir, CONFIG), "# edited by hand\nfail-on: never\n");
    expect(cli(["init"], dir).status).toBe(2);
    expect(await readFile(path.join(dir, CONFIG), "utf8")).toBe("# edited by hand\nfail-on: never\n");

    const forced = cli(["init", "--force"], dir);
    expect(forced.status).toBe(0);
    expect(await readFile(path.join(dir, CONFIG), "utf8")).toBe(config);

    const check = cli(["check", "--no-progress"], dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("✔ passed: 0 errors, 0 warnings");
  });

  it("on skewed data keeps the seed's bands, and check fails naming exactly what is off", async () => {
    const take = (category: string, n: number) => TASK_API.filter((r) => r.category === category).slice(0, n);
    // 30 examples: direct_harm 50 % (band 25–35 %); social_engineering 13.3 %, edge_cases 10 % (under).
    const records = [
      ...take("direct_harm", 15),
      ...take("prompt_injection", 5),
      ...take("social_engineering", 4),
      ...take("gradual_escalation", 3),
      ...take("edge_cases", 3),
    ];
    const dir = await gitRepository({
      "data/safety.jsonl": jsonl(records),
      // The first 6 records hold all five categories: gradual_escalation over its band, edge_cases under.
      "small/pairs.jsonl": jsonl(TASK_API.slice(0, 6)),
    });
    const init = cli(["init", "data", "small/pairs.jsonl"], dir);
    expect(init.status).toBe(0);
    expect(init.stderr).toContain(
      "data: 30 examples in 1 file, min-size iterative, the seed's five categories (outside their band: direct_harm, social_engineering, edge_cases)",
    );
    expect(init.stderr).toContain(
      "small: 6 examples in 1 file, min-size iterative (under it), the seed's five categories (outside their band: gradual_escalation, edge_cases)",
    );

    const check = cli(["check", "--no-progress", "--format", "json"], dir);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout);
    const errors = report.datasets.flatMap(
      (d: { name: string; findings: Array<{ rule: string; severity: string; message: string }> }) =>
        d.findings
          .filter((f) => f.severity === "error")
          .map((f) => `${d.name} ${f.rule}: ${f.message.split(",")[0]}`),
    );
    expect(errors).toEqual([
      "data category-distribution: direct_harm is 50 % (15 of 30)",
      "data category-distribution: social_engineering is 13.3 % (4 of 30)",
      "data category-distribution: edge_cases is 10 % (3 of 30)",
      "small min-size: 6 examples",
      "small category-distribution: gradual_escalation is 16.7 % (1 of 6)",
      "small category-distribution: edge_cases is 16.7 % (1 of 6)",
    ]);
    expect(
      report.files.flatMap((f: { findings: Array<{ severity: string }> }) =>
        f.findings.filter((x) => x.severity === "error"),
      ),
    ).toEqual([]);
    const text = cli(["check", "--no-progress"], dir);
    expect(text.stdout).toContain("✖ failed");
    expect(text.stdout).toContain("direct_harm is 50 % (15 of 30), outside its target 25–35 %");
  });

  it("reads Hub-style Parquet splits as one dataset, as check then reads them", async () => {
    const rows = (from: number) => Array.from({ length: 12 }, (_, i) => ultrafeedbackRow(from + i));
    const dir = await gitRepository({});
    await writeFile(path.join(dir, "train-00000-of-00001.parquet"), parquetFile(ULTRAFEEDBACK, rows(0)));
    await writeFile(path.join(dir, "test-00000-of-00001.parquet"), parquetFile(ULTRAFEEDBACK, rows(100)));
    const init = cli(["init"], dir);
    expect(init.status).toBe(0);
    expect(init.stderr).toContain("default: 24 examples in 2 files, min-size iterative, no categories");
    const config = parseYaml(await readFile(path.join(dir, CONFIG), "utf8"));
    expect(config.datasets).toEqual([
      { name: "default", files: ["*.parquet"], "min-size": "iterative", categories: {} },
    ]);
    const report = JSON.parse(cli(["check", "--no-progress", "--format", "json"], dir).stdout);
    expect(report.datasets.map((d: { name: string; examples: number }) => [d.name, d.examples])).toEqual([
      ["default", 24],
    ]);
    expect(report.files.map((f: { path: string; split: string }) => [f.path, f.split])).toEqual([
      ["test-00000-of-00001.parquet", "test"],
      ["train-00000-of-00001.parquet", "train"],
    ]);
  });

  it("exits 2 when no file holds preference data, writing nothing", async () => {
    const dir = await gitRepository({ "package.json": '{"name": "x"}', "metrics.csv": "step,loss\n1,0.5\n" });
    const init = cli(["init"], dir);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain("no preference data found in 2 files with a dataset extension");
    expect(existsSync(path.join(dir, ".github"))).toBe(false);
  });
});
