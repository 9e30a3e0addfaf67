import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { check } from "../src/check/check.js";
import { runInit, surveyRepository } from "../src/cli/init.js";
import { chooseMinSize, planInit, type SurveyedFile } from "../src/cli/init-plan.js";
import { ACTION_REF, renderConfig, renderWorkflow, SCHEMA_URL } from "../src/cli/init-yaml.js";
import { type Config, DEFAULT_CATEGORIES, parseConfig } from "../src/config/config.js";
import { planDatasets } from "../src/config/discover.js";
import type { Report } from "../src/model/report.js";
import { VERSION } from "../src/model/version.js";
import { jsonl, REAL_FIXTURES, tempDir } from "./helpers/run-check.js";

// `dataset-ci init` plans the config from the data a repository holds today. What a user relies on: the
// config it writes parses with the real parser, and `check` right after it passes on data that meets the
// seed and fails, naming exactly what is off, on data that does not.

const ROOT = path.resolve(import.meta.dirname, "..");
/** The bundled Task API safety dataset: 150 examples of the seed's five categories, inside their bands. */
const TASK_API = readFileSync(path.join(ROOT, "examples/data/task-api-safety.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as { category: string });

/** The first `n` Task API examples of each category: a mix the test chooses, of real records. */
function mix(counts: Record<string, number>): unknown[] {
  return Object.entries(counts).flatMap(([category, n]) =>
    TASK_API.filter((r) => r.category === category).slice(0, n),
  );
}

async function repository(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** init's config for the repository, parsed by the real parser, and `check` run on it right after. */
async function initThenCheck(dir: string): Promise<{ text: string; config: Config; report: Report }> {
  const { datasets } = await surveyRepository(dir, []);
  const text = renderConfig(datasets, SCHEMA_URL);
  const config = parseConfig(text, ".github/dataset-ci.yml");
  const report = await check({ config, datasets: await planDatasets(config, [], dir) });
  return { text, config, report };
}

/** The findings that fail the gate (fail-on: error), as `rule dataset-or-file` strings. */
function errors(report: Report): string[] {
  // A category-distribution finding's message starts with its category's name.
  const about = (rule: string, message: string) =>
    rule === "category-distribution" ? ` ${message.split(" ")[0]}` : "";
  return [
    ...report.datasets.flatMap((d) =>
      d.findings
        .filter((f) => f.severity === "error")
        .map((f) => `${f.rule} ${d.name}${about(f.rule, f.message)}`),
    ),
    ...report.files.flatMap((file) =>
      file.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${file.path}:${f.line}`),
    ),
  ].sort();
}

describe("dataset-ci init: the config it plans, and check right after it", () => {
  it("gives data that meets the seed the seed's five bands and a preset it meets: check passes", async () => {
    const dir = await repository({
      "data/safety/task-api.jsonl": jsonl(TASK_API),
      "package.json": '{"name": "not data"}',
    });
    const { text, config, report } = await initThenCheck(dir);
    expect(config.datasets).toHaveLength(1);
    const [dataset] = config.datasets;
    expect(dataset?.info.name).toBe("data/safety");
    expect(dataset?.globs).toEqual(["data/safety/*.jsonl"]);
    expect(dataset?.info.minSize).toMatchObject({ min: 100, preset: "initial-alignment" });
    expect(dataset?.info.categories).toEqual(DEFAULT_CATEGORIES);
    expect(text).toContain("# yaml-language-server: $schema=");
    expect(text).toContain("direct_harm: { min: 25%, max: 35% } # 30 % today (45 of 150)");
    expect(text).toContain("# data/safety: 150 examples in 1 file; layout: trl-standard");
    expect(text).not.toContain("OUTSIDE");
    // The commented rules example is a valid config once uncommented.
    const example = text.slice(text.indexOf("# rules:")).replace(/^# /gm, "");
    expect(parseConfig(text + example, "init.yml").rules.has("chosen-no-question")).toBe(false);
    expect(report.passed).toBe(true);
    expect(errors(report)).toEqual([]);
    expect(report.datasets[0]?.categories.every((c) => c.ok)).toBe(true);
  });

  it("keeps the seed's bands on a skewed mix, says which are off, and check fails on exactly those", async () => {
    // 30 examples: direct_harm 50 % (band 25–35 %), social_engineering 13.3 % and edge_cases 10 % (under).
    const records = mix({
      direct_harm: 15,
      prompt_injection: 5,
      social_engineering: 4,
      gradual_escalation: 3,
      edge_cases: 3,
    });
    const dir = await repository({ "data/safety.jsonl": jsonl(records) });
    const { text, config, report } = await initThenCheck(dir);
    expect(config.datasets[0]?.info.categories).toEqual(DEFAULT_CATEGORIES);
    expect(config.datasets[0]?.info.minSize).toMatchObject({ preset: "iterative", min: 20 });
    const outside = text.split("\n").filter((line) => line.includes("OUTSIDE the seed's band"));
    expect(outside.map((line) => line.trim().split(":")[0])).toEqual([
      "direct_harm",
      "social_engineering",
      "edge_cases",
    ]);
    expect(report.passed).toBe(false);
    expect(errors(report)).toEqual([
      "category-distribution data direct_harm",
      "category-distribution data edge_cases",
      "category-distribution data social_engineering",
    ]);
    // The comment's numbers are the check's.
    const fixes = (report.datasets[0]?.categories ?? [])
      .filter((c) => !c.ok)
      .map((c) =>
        c.needed > 0 ? `add ${c.needed} ${c.name} example` : `${c.excess} over: remove ${c.excess}`,
      );
    expect(fixes).toHaveLength(3);
    for (const fix of fixes) expect(outside.join("\n")).toContain(fix);
  });

  it("sets min-size to the smallest preset when today's count meets none: check fails on min-size alone", async () => {
    const records = mix({ direct_harm: 2, prompt_injection: 2, edge_cases: 2 }).map((r) => ({
      ...(r as object),
      category: undefined,
    }));
    const dir = await repository({ "pairs.jsonl": jsonl(records) });
    const { text, config, report } = await initThenCheck(dir);
    expect(config.datasets[0]?.info).toMatchObject({ name: "default", categories: [] });
    expect(config.datasets[0]?.globs).toEqual(["*.jsonl"]);
    expect(text).toContain("categories: {}");
    expect(text).toContain(
      "6 examples today, under even the smallest preset: check fails (min-size) until 14 more are added.",
    );
    expect(errors(report)).toEqual(["min-size default"]);
  });

  it("reads the real fixtures as one dataset of their folder, lists its files when a glob would take a non-dataset", async () => {
    const { datasets, skipped } = await surveyRepository(REAL_FIXTURES, []);
    expect(skipped).toEqual([
      "devset/labels.jsonl",
      "devset/responses.jsonl",
      "llamafactory-alpaca_en_demo.json",
    ]);
    expect(datasets).toHaveLength(1);
    const [dataset] = datasets;
    // alpaca_en_demo.json (instruction tuning) sits beside the .json datasets: *.json would take it.
    expect(dataset?.globs).not.toContain("*.json");
    expect(dataset?.globs).not.toContain("llamafactory-alpaca_en_demo.json");
    expect(Object.fromEntries(dataset?.layouts ?? [])).toEqual({
      "hh-rlhf": 1,
      sharegpt: 1,
      kto: 1,
      "llamafactory-v1": 1,
      "question-pairs": 1,
    });
    expect(dataset?.unread).toBe(1); // the LFS pointer
    expect(dataset?.examples).toBe(2312 + 300 + 300 + 10 + 100);
    expect(dataset?.taxonomy).toBe("none");
    const config = parseConfig(renderConfig(datasets, SCHEMA_URL), "init.yml");
    const planned = await planDatasets(config, [], REAL_FIXTURES);
    expect(planned[0]?.files.map((f) => f.display)).toEqual(dataset?.files.map((f) => f.path));
    expect(planned[0]?.info).toMatchObject({ categories: [], minSize: { preset: "initial-alignment" } });
  });

  it("leaves misspelt and invalid category names out of the taxonomy, so check lists them", async () => {
    const records = [
      ...mix({
        direct_harm: 8,
        prompt_injection: 5,
        social_engineering: 5,
        gradual_escalation: 4,
        edge_cases: 6,
      }),
      { ...(TASK_API[0] as object), prompt: "a new prompt one", category: "social_enginering" },
      { ...(TASK_API[1] as object), prompt: "a new prompt two", category: "Edge Cases" },
    ];
    const dir = await repository({ "data/train.jsonl": jsonl(records) });
    const { text, config, report } = await initThenCheck(dir);
    expect(config.datasets[0]?.info.categories.map((c) => c.name)).toEqual(
      DEFAULT_CATEGORIES.map((c) => c.name),
    );
    expect(text).toContain('"social_enginering" (1) for social_engineering');
    expect(text).toContain('"Edge Cases" (1) for edge_cases');
    expect(errors(report)).toEqual([
      "unknown-category data/train.jsonl:29",
      "unknown-category data/train.jsonl:30",
    ]);
  });

  it("joins folders named for splits to their parent's dataset, so check compares the splits", async () => {
    const train = TASK_API.slice(0, 40);
    const test = [...TASK_API.slice(40, 49), train[0]]; // one test example is a train example
    const dir = await repository({
      "data/train/pairs.jsonl": jsonl(train),
      "data/test/pairs.jsonl": jsonl(test),
    });
    const { config, report } = await initThenCheck(dir);
    expect(config.datasets.map((d) => [d.info.name, d.globs])).toEqual([
      ["data", ["data/test/*.jsonl", "data/train/*.jsonl"]],
    ]);
    expect(report.datasets[0]?.examples).toBe(50);
    expect(errors(report).filter((e) => e.startsWith("split-leakage"))).toHaveLength(1);
  });
});

describe("dataset-ci init in a git repository", () => {
  it("leaves out the files git ignores (absent from the checkout CI checks), and globs none of them", async () => {
    const files = {
      ".gitignore": "cache/\ndata/big.jsonl\n",
      "data/a.jsonl": jsonl(TASK_API.slice(0, 30)),
      "data/big.jsonl": jsonl(TASK_API.slice(30, 60)),
      "cache/x.jsonl": jsonl(TASK_API.slice(60, 90)),
    };
    const plain = await repository(files);
    expect((await surveyRepository(plain, [])).datasets.map((d) => [d.name, d.globs])).toEqual([
      ["cache", ["cache/*.jsonl"]],
      ["data", ["data/*.jsonl"]],
    ]);
    const repo = await repository(files);
    execFileSync("git", ["init", "-q", repo]);
    const { datasets } = await surveyRepository(repo, []);
    expect(datasets.map((d) => [d.name, d.globs, d.examples])).toEqual([["data", ["data/a.jsonl"], 30]]);
    // Named on the command line, an ignored file is taken as named.
    const named = await surveyRepository(repo, ["cache"]);
    expect(named.datasets.map((d) => d.name)).toEqual(["cache"]);
  });
});

describe("planInit (pure): what it writes for names a repository may hold", () => {
  const file = (filePath: string, categories: Record<string, number>, examples = 30): SurveyedFile => ({
    path: filePath,
    container: "jsonl",
    shape: "trl-standard",
    examples,
    categories: new Map(Object.entries(categories)),
  });

  it("round-trips folder and category names YAML or a glob would misread", () => {
    const files = [
      file("data [v1]/a*.jsonl", { true: 10, "1": 10, "a.b": 5, "-x": 5, level1: 4, level2: 3 }),
      file("evil\n::error::x/b.jsonl", {}),
      file("c.jsonl", { helpfulness: 3 }),
    ];
    const planned = planInit(files, []);
    const config = parseConfig(renderConfig(planned, SCHEMA_URL), "init.yml");
    expect(config.datasets.map((d) => d.info.name)).toEqual(["default", "data [v1]", "evil\n::error::x"]);
    expect(config.datasets[1]?.globs).toEqual(["data \\[v1\\]/*.jsonl"]);
    expect(config.datasets[1]?.info.categories.map((c) => c.name).sort()).toEqual([
      "-x",
      "1",
      "a.b",
      "level1",
      "level2",
      "true",
    ]);
    // Each comment stays on its line: nothing from the repository starts a line of its own.
    const text = renderConfig(planned, SCHEMA_URL);
    expect(text.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
  });

  it("adds categories beyond the seed's five to the taxonomy without a band, and shares count them", () => {
    const seedFive = Object.fromEntries(DEFAULT_CATEGORIES.map((c) => [c.name, 10]));
    const [dataset] = planInit([file("d/x.jsonl", { ...seedFive, helpfulness: 50 }, 100)], []);
    expect(dataset?.taxonomy).toBe("seed");
    expect(dataset?.categories.find((c) => c.name === "helpfulness")).toEqual({
      name: "helpfulness",
      count: 50,
      share: 0.5,
    });
    // 10 of 100: under every band but gradual_escalation's 10–15 % (inclusive).
    expect(dataset?.categories.filter((c) => c.off).map((c) => c.name)).toEqual([
      "direct_harm",
      "prompt_injection",
      "social_engineering",
      "edge_cases",
    ]);
    const text = renderConfig(
      planInit([file("d/x.jsonl", { ...seedFive, helpfulness: 50 }, 100)], []),
      SCHEMA_URL,
    );
    expect(text).toContain(
      "helpfulness: {} # 50 % today (50 of 100); expects a refusal: add `refusal: false`",
    );
  });

  it("chooses the largest of the seed's presets today's count meets", () => {
    const table = [0, 19, 20, 49, 50, 99, 100, 10_000].map((n) => [n, chooseMinSize(n)]);
    expect(table).toEqual([
      [0, { preset: "iterative", under: true }],
      [19, { preset: "iterative", under: true }],
      [20, { preset: "iterative", under: false }],
      [49, { preset: "iterative", under: false }],
      [50, { preset: "domain-specific", under: false }],
      [99, { preset: "domain-specific", under: false }],
      [100, { preset: "initial-alignment", under: false }],
      [10_000, { preset: "initial-alignment", under: false }],
    ]);
  });
});

describe("runInit: where it writes", () => {
  it("points $schema at the dataset-ci installed in the repository, and the workflow at a config named by --config", async () => {
    const dir = await repository({
      "data/a.jsonl": jsonl(TASK_API.slice(0, 30)),
      "node_modules/dataset-ci/schema/dataset-ci.schema.json": "{}",
    });
    const messages: string[] = [];
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        messages.push(String(chunk));
        done();
      },
    });
    await runInit({ paths: [], configPath: "ci/data.yml", force: false, root: dir, stderr });
    const config = await readFile(path.join(dir, "ci/data.yml"), "utf8");
    expect(config).toContain(
      "# yaml-language-server: $schema=../node_modules/dataset-ci/schema/dataset-ci.schema.json",
    );
    const workflow = parseYaml(await readFile(path.join(dir, ".github/workflows/dataset-ci.yml"), "utf8"));
    expect(workflow.jobs["dataset-ci"].steps[1].with.config).toBe("ci/data.yml");
    expect(messages.join("")).toContain("wrote ci/data.yml: 1 dataset");
    expect(messages.join("")).toContain("next: 'dataset-ci check --config ci/data.yml'");
    // node_modules holds no dataset: it is never searched.
    expect(parseConfig(config, "ci/data.yml").datasets.map((d) => d.info.name)).toEqual(["data"]);
  });
});

describe("the workflow init writes", () => {
  /** The workflow the README's "In a workflow" section gives users to copy (docs/action.md gives the same). */
  const readmeWorkflow = (() => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## In a workflow"));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    return parseYaml(block);
  })();

  it("has the README's triggers, permissions and checkout, and pins the action to this version", () => {
    const workflow = parseYaml(renderWorkflow(".github/dataset-ci.yml"));
    expect(workflow.on).toEqual(readmeWorkflow.on);
    expect(workflow.permissions).toEqual(readmeWorkflow.permissions);
    const steps = workflow.jobs["dataset-ci"].steps;
    expect(steps[0]).toEqual(readmeWorkflow.jobs["dataset-ci"].steps[0]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template.
    expect(steps[0].with.ref).toBe("${{ github.event.pull_request.head.sha }}");
    expect(steps[1]).toEqual({
      uses: `OWNER/dataset-ci@v${VERSION}`,
      with: { config: ".github/dataset-ci.yml" },
    });
    expect(ACTION_REF).toBe(`v${VERSION}`);
    expect(renderWorkflow()).toContain("Pin the action to a full commit SHA");
  });

  it("passes the config path it was given", () => {
    const workflow = parseYaml(renderWorkflow("ci/data: set.yml"));
    expect(workflow.jobs["dataset-ci"].steps[1].with.config).toBe("ci/data: set.yml");
  });
});
