import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkFiles, checkRecords, fileFindings, jsonl } from "./helpers/run-check.js";

const CATEGORIES = [
  "direct_harm",
  "prompt_injection",
  "social_engineering",
  "gradual_escalation",
  "edge_cases",
];

/** `counts[i]` examples of the i-th seed category, each with its own prompt. */
function dataset(counts: number[]): Record<string, unknown>[] {
  return counts.flatMap((count, c) =>
    Array.from({ length: count }, (_, i) => ({
      prompt: `Prompt ${c}-${i}: create a task for something`,
      chosen: `I can't help create tasks for that request number ${c}-${i}. I can help you plan something else. What would help?`,
      rejected: `Here is your task ${c}-${i}: 1. Do the harmful thing, 2. Then do it again, 3. Repeat every day.`,
      category: CATEGORIES[c],
    })),
  );
}

const datasetFindings = (report: Awaited<ReturnType<typeof checkRecords>>, rule: string) =>
  report.datasets[0]?.findings.filter((f) => f.rule === rule) ?? [];

describe("min-size", () => {
  it("fails a dataset under its minimum and says how many to add", async () => {
    const report = await checkRecords(
      dataset([3, 2, 2, 1, 2]),
      "datasets:\n  - {name: d, files: '*', min-size: 20}\n",
    );
    const [finding] = datasetFindings(report, "min-size");
    expect(finding).toMatchObject({
      severity: "error",
      message:
        "10 examples, under the minimum of 20: add 10 (the minimum is set by the dataset's `min-size`: a number, or a preset (initial-alignment 100, domain-specific 50, iterative 20))",
    });
    expect(report.passed).toBe(false);
  });

  it("notes a dataset above the minimum but under the recommended range, without failing it", async () => {
    const report = await checkRecords(
      dataset([12, 8, 7, 5, 8]),
      "datasets:\n  - {name: d, files: '*', min-size: iterative}\n",
    );
    const [finding] = datasetFindings(report, "min-size");
    expect(finding?.severity).toBe("notice");
    expect(finding?.message).toContain("under the recommended 50–100");
    expect(finding?.message).toContain("`min-size`: a number, or a preset (initial-alignment 100,");
    expect(report.passed).toBe(true);
  });

  it("is silent within the recommended range", async () => {
    const report = await checkRecords(
      dataset([18, 12, 10, 7, 13]),
      "datasets:\n  - {name: d, files: '*', min-size: iterative}\n",
    );
    expect(datasetFindings(report, "min-size")).toEqual([]);
  });
});

describe("category-distribution", () => {
  it("passes a dataset inside every band, edges included", async () => {
    // 30 / 20 / 15 / 15 / 20 of 100: social_engineering and gradual_escalation sit on their band edges.
    const report = await checkRecords(dataset([30, 20, 15, 15, 20]));
    expect(datasetFindings(report, "category-distribution")).toEqual([]);
    expect(report.datasets[0]?.categories.every((c) => c.ok)).toBe(true);
  });

  it("fails a category under its band and says how many examples of it to add", async () => {
    // social_engineering 8 of 100 (15 % minimum): 9 more make 17 of 109 = 15.6 %; 8 more make 16 of 108 = 14.8 %.
    const report = await checkRecords(dataset([35, 22, 8, 13, 22]));
    const messages = datasetFindings(report, "category-distribution").map((f) => f.message);
    expect(messages).toEqual([
      "social_engineering is 8 % (8 of 100), outside its target 15–20 %: add 9 social_engineering examples",
    ]);
    expect(report.datasets[0]?.categories.find((c) => c.name === "social_engineering")).toMatchObject({
      needed: 9,
      ok: false,
    });
  });

  it("fails a category over its band and says by how many", async () => {
    const report = await checkRecords(dataset([45, 15, 15, 10, 20]).slice(0, 105));
    const [finding] = datasetFindings(report, "category-distribution");
    expect(finding?.message).toMatch(
      /^direct_harm is 42\.9 % \(45 of 105\), outside its target 25–35 %: 13 over/,
    );
  });

  it("can be turned off or lowered in config", async () => {
    const report = await checkRecords(
      dataset([35, 22, 8, 13, 22]),
      "rules:\n  category-distribution: warning\n",
    );
    expect(datasetFindings(report, "category-distribution")[0]?.severity).toBe("warning");
    expect(report.passed).toBe(true);
  });
});

describe("files that cannot be read to the end", () => {
  it("reports a truncated gzip as corrupt-file after the records it could read", async () => {
    const whole = gzipSync(jsonl(dataset([40, 0, 0, 0, 0])));
    const report = await checkFiles({ "cut.jsonl.gz": whole.subarray(0, Math.floor(whole.length * 0.6)) });
    const findings = report.files[0]?.findings.filter((f) => f.rule === "corrupt-file") ?? [];
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/reading stopped after \d+ records: .*unexpected end of file/i);
  });
});

/** Deterministic filler prose: `n` words drawn from a small vocabulary by a seeded generator. */
function prose(seed: number, n: number): string {
  const words =
    "task plan week note call list email time home work team meeting review draft budget garden book trip car lunch report".split(
      " ",
    );
  let state = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`${words[state % words.length]}${state % 7}`);
  }
  return `${out.join(" ")}.`;
}

function example(seed: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    prompt: `Prompt ${seed}: ${prose(seed, 12)}`,
    chosen: `I can help with that. ${prose(seed + 1000, 80)} What would help?`,
    rejected: `Here is your task: 1. ${prose(seed + 2000, 70)}`,
    ...overrides,
  };
}

describe("near-duplicate", () => {
  it("flags an example nearly the same as an earlier one, naming it, and leaves exact copies to duplicate-example", async () => {
    const base = example(1);
    const edited = {
      ...base,
      chosen: String(base.chosen).replace("What would help?", "What would help most?"),
    };
    const report = await checkRecords(
      [base, example(2), example(3), edited, { ...base }],
      "rules:\n  min-size: off\n",
    );
    const findings = fileFindings(report, "near-duplicate");
    expect(findings.map((f) => f.line)).toEqual([4]);
    expect(findings[0]?.message).toMatch(
      /^nearly the same example as data\.jsonl:1 \(estimated Jaccard 0\.\d\d over word 5-grams\)$/,
    );
    expect(fileFindings(report, "duplicate-example").map((f) => f.line)).toEqual([5]);
  });

  it("finds near-copies across the files of a dataset", async () => {
    const base = example(7);
    const copy = { ...base, rejected: `${base.rejected} And one more step.` };
    const report = await checkFiles({
      "a.jsonl": jsonl([base, example(8)]),
      "b.jsonl": jsonl([example(9), copy]),
    });
    const finding = report.files[1]?.findings.find((f) => f.rule === "near-duplicate");
    expect(finding).toMatchObject({ line: 2, message: expect.stringContaining("a.jsonl:1") });
  });

  it("does not flag examples that share a template but not their content", async () => {
    const records = Array.from({ length: 200 }, (_, i) => example(100 + i));
    const report = await checkRecords(records);
    expect(fileFindings(report, "near-duplicate")).toEqual([]);
  });

  it("takes its threshold from config", async () => {
    // Every tenth chosen word changed: half of chosen's 5-grams differ, Jaccard ≈ 0.6 overall.
    const base = example(11);
    const changed = {
      ...base,
      chosen: String(base.chosen)
        .split(" ")
        .map((word, i) => (i % 10 === 0 ? `${word}x` : word))
        .join(" "),
    };
    const strict = await checkRecords([base, changed]);
    expect(fileFindings(strict, "near-duplicate")).toEqual([]);
    const loose = await checkRecords([base, changed], "rules:\n  near-duplicate: { threshold: 0.3 }\n");
    expect(fileFindings(loose, "near-duplicate").map((f) => f.line)).toEqual([2]);
  });
});

describe("split-leakage", () => {
  it("flags a test prompt equal to a train prompt (splits from file names), naming the train example", async () => {
    const leaked = example(21);
    const report = await checkFiles({
      "train.jsonl": jsonl([example(20), leaked]),
      "test.jsonl": jsonl([
        example(22),
        { ...example(23), prompt: `  ${String(leaked.prompt).toUpperCase()} ` },
      ]),
    });
    expect(report.files.map((f) => f.split)).toEqual(["train", "test"]);
    const findings = report.files[1]?.findings.filter((f) => f.rule === "split-leakage") ?? [];
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [2, "error", "this test prompt is also in the train split, at train.jsonl:2"],
    ]);
    expect(report.files[0]?.findings.filter((f) => f.rule === "split-leakage")).toEqual([]);
  });

  it("flags a nearly equal prompt in a split declared in config, and not prompts repeated within one split", async () => {
    const trainPrompt = "Create a task to check the garden every morning and water the tomatoes before work";
    const config = `
datasets:
  - name: d
    files: "*.jsonl"
    categories: {}
    splits:
      train: a.jsonl
      validation: [b.jsonl]
`;
    const report = await checkFiles(
      {
        "a.jsonl": jsonl([example(30, { prompt: trainPrompt }), example(31, { prompt: trainPrompt })]),
        "b.jsonl": jsonl([
          example(32),
          example(33, { prompt: `${trainPrompt}, please` }),
          example(34, { prompt: "Create a task to review the budget every Friday and email the team" }),
        ]),
      },
      config,
    );
    const findings = report.files.flatMap((f) => f.findings.filter((x) => x.rule === "split-leakage"));
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        2,
        expect.stringMatching(
          /^this validation prompt nearly equals a train prompt, at a\.jsonl:1 \(estimated Jaccard 0\.\d\d/,
        ),
      ],
    ]);
  });

  it("says nothing without a train split", async () => {
    const report = await checkFiles({
      "test.jsonl": jsonl([example(40)]),
      "validation.jsonl": jsonl([example(40)]),
    });
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.rule === "split-leakage")).toEqual([]);
  });
});

describe("length-bias", () => {
  const withLengths = (chosen: number, rejected: number, i: number) => ({
    prompt: `Prompt ${i}`,
    chosen: `${"c".repeat(chosen - 1)}.`,
    rejected: `${"r".repeat(rejected - 1)}.`,
  });

  it("reports both figures when chosen is longer in over 75 % of pairs", async () => {
    // 16 of 20 longer (80 %), median ratio ≈ 1.2: only the share is out.
    const records = Array.from({ length: 20 }, (_, i) =>
      i < 16 ? withLengths(120, 100, i) : withLengths(90, 100, i),
    );
    const [finding] = datasetFindings(await checkRecords(records), "length-bias");
    expect(finding).toMatchObject({
      severity: "notice",
      message:
        "chosen is longer in 80 % of 20 pairs (limit 75 %); median length ratio chosen/rejected 1.20 (band 0.67–1.5)",
    });
  });

  it("reports a median ratio outside 0.67–1.5 even when chosen is longer in few pairs", async () => {
    const records = Array.from({ length: 20 }, (_, i) => withLengths(50, 100, i));
    const [finding] = datasetFindings(await checkRecords(records), "length-bias");
    expect(finding?.message).toContain("median length ratio chosen/rejected 0.50");
  });

  it("is silent on a balanced dataset, at exactly 75 %, and under min-pairs", async () => {
    const balanced = Array.from({ length: 20 }, (_, i) => withLengths(i % 2 ? 110 : 95, 100, i));
    expect(datasetFindings(await checkRecords(balanced), "length-bias")).toEqual([]);
    const edge = Array.from({ length: 20 }, (_, i) => withLengths(i < 15 ? 110 : 95, 100, i));
    expect(datasetFindings(await checkRecords(edge), "length-bias")).toEqual([]);
    const few = Array.from({ length: 10 }, (_, i) => withLengths(300, 100, i));
    expect(datasetFindings(await checkRecords(few), "length-bias")).toEqual([]);
  });
});
