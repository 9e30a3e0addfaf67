import { describe, expect, it } from "vitest";
import { InputError, readInputs } from "../src/action/inputs.js";
import { mergeFailOn, mergeInputsAndConfig } from "../src/action/merge-inputs.js";
import { type Config, ConfigError, defaultConfig, parseConfig } from "../src/config/config.js";

const CONFIG_PATH = ".github/dataset-ci.yml";

function configSaying(failOn: string | null): Config {
  const head = failOn === null ? "" : `fail-on: ${failOn}\n`;
  return parseConfig(`${head}datasets:\n  - name: prefs\n    files: ["data/*.jsonl"]\n`, CONFIG_PATH);
}

function inputs(failOn: string, files = "") {
  return readInputs((name) => ({ "fail-on": failOn, files })[name as "fail-on"] ?? "");
}

describe("the fail-on input merged with the config", () => {
  // input unset / set × config says warning / says nothing / is absent
  it.each([
    ["", "warning", "warning"],
    ["", null, "error"],
    ["", "absent", "error"],
    ["error", "warning", "error"],
    ["error", "absent", "error"],
    ["never", "warning", "never"],
    ["warning", null, "warning"],
    ["notice", "absent", "notice"],
  ] as const)("input %j, config %j: %s", (input, config, expected) => {
    const file = config === "absent" ? null : configSaying(config);
    const merged = mergeInputsAndConfig(inputs(input), file, defaultConfig());
    expect(merged.failOn).toBe(expected);
  });

  it("an input of error wins over a config that says warning (it did not: unset and error looked the same)", () => {
    expect(mergeFailOn("error", "warning")).toBe("error");
    expect(mergeFailOn(undefined, "warning")).toBe("warning");
    expect(mergeFailOn(undefined, undefined)).toBe("error");
  });

  it("leaves the config it was given as the file says", () => {
    const file = configSaying("warning");
    mergeInputsAndConfig(inputs("never", "other/*.jsonl"), file, defaultConfig());
    expect(file.failOn).toBe("warning");
    expect(file.datasets[0]?.globs).toEqual(["data/*.jsonl"]);
  });

  it("the files input replaces the one dataset's globs, and is refused for a config of several", () => {
    const merged = mergeInputsAndConfig(
      inputs("", "a/*.jsonl, b/*.csv"),
      configSaying(null),
      defaultConfig(),
    );
    expect(merged.datasets.map((d) => [d.info.name, d.globs])).toEqual([["prefs", ["a/*.jsonl", "b/*.csv"]]]);
    const two = parseConfig(
      "datasets:\n  - name: a\n    files: [a.jsonl]\n  - name: b\n    files: [b.jsonl]\n",
      CONFIG_PATH,
    );
    expect(() => mergeInputsAndConfig(inputs("", "x.jsonl"), two, defaultConfig())).toThrow(InputError);
  });

  it("a config file that declares no dataset is refused; no file at all is zero-config", () => {
    const empty = parseConfig("fail-on: warning\n", CONFIG_PATH);
    expect(() => mergeInputsAndConfig(inputs(""), empty, defaultConfig())).toThrow(ConfigError);
    expect(mergeInputsAndConfig(inputs(""), null, defaultConfig()).datasets).toEqual([]);
  });
});

describe("the fail-on input", () => {
  it("is undefined when unset and validated by the one fail-on schema when set", () => {
    expect(inputs("")["fail-on"]).toBeUndefined();
    expect(inputs(" warning ")["fail-on"]).toBe("warning");
    expect(() => inputs("sometimes")).toThrow(
      /input fail-on: should be one of error, warning, notice or never/,
    );
  });
});
