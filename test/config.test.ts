import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, parseConfig } from "../src/config.js";

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
