import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, parseConfig } from "../src/config/config.js";

function configError(yaml: string): string {
  try {
    parseConfig(yaml, "dataset-ci.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("defaults to the seed: five harm categories with their bands, initial-alignment size, fail on errors", () => {
    const config = defaultConfig();
    expect(config.failOn).toBe("error");
    expect(config.rules.get("chosen-lecturing")).toEqual({ severity: "warning", options: {} });
    expect(config.rules.get("chosen-too-short")?.options).toEqual({ "min-chars": 50 });
  });

  it("reads datasets with percentage or fractional bands and size presets", () => {
    const config = parseConfig(
      `
fail-on: warning
datasets:
  - name: safety
    files: [data/*.jsonl]
    min-size: iterative
    categories:
      direct_harm: { min: 25%, max: 0.35 }
      helpfulness: { refusal: false }
  - name: other
    files: other/*.jsonl
    min-size: 500
`,
      "x.yml",
    );
    expect(config.failOn).toBe("warning");
    const [safety, other] = config.datasets;
    expect(safety?.info.categories).toEqual([
      { name: "direct_harm", min: 0.25, max: 0.35, refusal: true },
      { name: "helpfulness", refusal: false },
    ]);
    expect(safety?.info.minSize).toEqual({ min: 20, recommended: [50, 100], preset: "iterative" });
    expect(other?.globs).toEqual(["other/*.jsonl"]);
    expect(other?.info.minSize).toEqual({ min: 500 });
    expect(other?.info.categories.map((c) => c.name)).toContain("social_engineering");
  });

  it("says per category whether it expects a refusal: the seed's value for its names, true for others, or as configured", () => {
    const expects = (yaml: string) =>
      Object.fromEntries(
        (parseConfig(yaml, "x.yml").datasets[0]?.info.categories ?? []).map((c) => [c.name, c.refusal]),
      );
    // Omitted: the seed's taxonomy, whose edge_cases hold legitimate requests that look harmful.
    expect(expects("datasets:\n  - name: d\n    files: '*.jsonl'\n")).toEqual({
      direct_harm: true,
      prompt_injection: true,
      social_engineering: true,
      gradual_escalation: true,
      edge_cases: false,
    });
    expect(
      expects(`
datasets:
  - name: d
    files: "*.jsonl"
    categories:
      direct_harm: { min: 25% }
      edge_cases: { min: 20% }
      self_harm: {}
      helpfulness: { refusal: false }
      edge_cases_strict: { refusal: true }
`),
    ).toEqual({
      direct_harm: true,
      edge_cases: false,
      self_harm: true,
      helpfulness: false,
      edge_cases_strict: true,
    });
    expect(
      expects(
        "datasets:\n  - name: d\n    files: '*.jsonl'\n    categories:\n      edge_cases: { refusal: true }\n",
      ),
    ).toEqual({ edge_cases: true });
  });

  it("changes a rule's severity, its options, or turns it off", () => {
    const config = parseConfig(
      `
rules:
  chosen-no-question: off
  chosen-lecturing: error
  chosen-overlong: { severity: warning, words: 120 }
`,
      "x.yml",
    );
    expect(config.rules.has("chosen-no-question")).toBe(false);
    expect(config.rules.get("chosen-lecturing")?.severity).toBe("error");
    expect(config.rules.get("chosen-overlong")).toEqual({ severity: "warning", options: { words: 120 } });
  });

  it.each([
    [
      "rules:\n  chosen-lectureing: off\n",
      'rules.chosen-lectureing: unknown key (did you mean "chosen-lecturing"?)',
    ],
    ["fail_on: error\n", 'fail_on: unknown key (did you mean "fail-on"?)'],
    [
      "datasets:\n  - name: a\n    files: x\n    min_size: 3\n",
      'datasets[0].min_size: unknown key (did you mean "min-size"?)',
    ],
    [
      "rules:\n  chosen-overlong: { wrods: 3 }\n",
      'rules.chosen-overlong.wrods: unknown key (did you mean "words"?)',
    ],
    ["rules:\n  chosen-overlong: { words: -3 }\n", "rules.chosen-overlong"],
    [
      "datasets:\n  - name: a\n    files: x\n    categories:\n      a: { min: 40 }\n",
      "datasets[0].categories.a.min",
    ],
    [
      "datasets:\n  - name: a\n    files: x\n    categories:\n      a: { min: 40%, max: 30% }\n",
      "min is above max",
    ],
    ["fail-on: sometimes\n", "fail-on"],
    ["datasets:\n  - name: a\n", "datasets[0].files"],
    ["datasets:\n  - {name: a, files: x}\n  - {name: a, files: y}\n", 'two datasets are named "a"'],
  ])("rejects %j with a message naming the key path", (yaml, expected) => {
    expect(configError(yaml)).toContain(expected);
  });

  it("reports invalid YAML with its line and column, never a stack trace", () => {
    const message = configError("datasets:\n  - name: [unclosed\n");
    expect(message).toMatch(/^dataset-ci\.yml:\d+:\d+: invalid YAML/);
    expect(message).not.toContain("    at ");
  });

  it("rejects duplicate keys", () => {
    expect(configError("fail-on: error\nfail-on: warning\n")).toContain("invalid YAML");
  });

  it("takes an empty file as the defaults", () => {
    expect(parseConfig("", "x.yml").datasets).toEqual([]);
  });
});

describe("hostile configuration", () => {
  const dataset = (files: string) => `datasets:\n  - name: a\n    files: ${JSON.stringify(files)}\n`;

  it.each([
    ["data/*(*a)x.jsonl", 'extglobs such as "*(…)" are not supported'],
    ["data/+(a|aa).jsonl", 'extglobs such as "+(…)" are not supported'],
    ["data/*a*a*a*b.jsonl", '"*a*a*a*b.jsonl" has 4 "*" wildcards, at most 2 per path segment'],
    ["**/a/**/a/**/b.jsonl", '3 "**" segments, at most 2'],
    [`data/${"x".repeat(2000)}`, "a glob longer than 1024 characters"],
  ])("refuses the backtracking glob %j with a clear error, before matching anything", (glob, reason) => {
    const message = configError(dataset(glob));
    expect(message).toContain("datasets[0].files: refused glob");
    expect(message).toContain(reason);
  });

  it("refuses such a glob in a split too, and accepts the globs datasets use", () => {
    expect(configError(`${dataset("data/*.jsonl")}    splits:\n      train: "*(a|b)/*.jsonl"\n`)).toContain(
      "datasets[0].splits.train: refused glob",
    );
    for (const glob of ["data/**/*.jsonl", "data/*-train-*.jsonl.gz", "**/{train,test}/**/*.{jsonl,json}"]) {
      expect(parseConfig(dataset(glob), "x.yml").datasets[0]?.globs).toEqual([glob]);
    }
  });

  it("refuses a YAML alias bomb (billion laughs) as invalid YAML instead of expanding it", () => {
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
        : `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(",")}]`,
    );
    const message = configError(`x:\n${levels.map((l) => `  ${l}`).join("\n")}\n`);
    expect(message).toMatch(/invalid YAML|alias/i);
  });

  it.each([
    ["fail-on: [error]\n", "fail-on"],
    ["datasets: {name: a}\n", "datasets"],
    ["limits:\n  max-line-bytes: lots\n", "limits.max-line-bytes"],
    [
      "limits:\n  max-line-byte: 4096\n",
      'limits.max-line-byte: unknown key (did you mean "max-line-bytes"?)',
    ],
    ["rules:\n  pii: { severity: loud }\n", "rules.pii"],
  ])("rejects a wrong type or unknown key %j naming the key path", (yaml, expected) => {
    expect(configError(yaml)).toContain(expected);
  });
});

describe("a __proto__ key in the config", () => {
  it("is an error naming its path, not a category or split that silently vanishes", () => {
    for (const [where, yaml] of [
      [
        "datasets[0].categories.__proto__",
        "    categories:\n      __proto__: { min: 0.1 }\n      other: {}\n",
      ],
      ["datasets[0].splits.__proto__", "    splits:\n      __proto__: a.jsonl\n"],
    ]) {
      expect(() => parseConfig(`datasets:\n  - name: d\n    files: '*.jsonl'\n${yaml}`, "c.yml")).toThrow(
        `c.yml: ${where}: __proto__ is not a usable name: choose another`,
      );
    }
  });
});
