import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputError, readInputs } from "../src/action/inputs.js";
import { EXIT_USAGE, main } from "../src/cli/cli.js";
import { ConfigError, parseConfig } from "../src/config/config.js";
import { tempDir, writeFiles } from "./helpers/run-check.js";

// Errors that teach (issue 19): every wrong value, unknown key, flag or command names what is valid and
// suggests the nearest; the CLI says it on stderr, exits 2, and prints no stack.

function configError(yaml: string): string {
  try {
    parseConfig(yaml, "dataset-ci.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.replace(/^dataset-ci\.yml: /, "");
  }
  throw new Error(`expected a ConfigError for ${yaml}`);
}

const dataset = (extra: string) => `datasets:\n  - name: a\n    files: data/*.jsonl\n${extra}`;

describe("config errors name the valid values and the nearest", () => {
  it.each([
    // Every key with an enum or a preset.
    [
      "fail-on: eror\n",
      'fail-on: should be one of error, warning, notice or never, not "eror" (did you mean "error"?)',
    ],
    ["fail-on: 3\n", "fail-on: should be one of error, warning, notice or never, not 3"],
    [
      dataset("    min-size: huge\n"),
      'datasets[0].min-size: should be one of initial-alignment, domain-specific, iterative, or a number, not "huge"',
    ],
    [
      dataset("    min-size: Iterative\n"),
      'datasets[0].min-size: should be one of initial-alignment, domain-specific, iterative, or a number, not "Iterative" (did you mean "iterative"?)',
    ],
    [
      dataset('    min-size: "100"\n'),
      'datasets[0].min-size: should be one of initial-alignment, domain-specific, iterative, or a number, not "100" (write the number without quotes)',
    ],
    [
      dataset("    min-size: 1.5\n"),
      "datasets[0].min-size: should be one of initial-alignment, domain-specific, iterative, or a whole number, not 1.5",
    ],
    [dataset("    min-size: -3\n"), "datasets[0].min-size: should be at least 0, not -3"],
    [
      "rules:\n  pii: {kinds: [ssn]}\n",
      'rules.pii.kinds[0]: should be one of email, phone, card or key, not "ssn"',
    ],
    [
      "rules:\n  pii: {kinds: [emial]}\n",
      'rules.pii.kinds[0]: should be one of email, phone, card or key, not "emial" (did you mean "email"?)',
    ],
    ["rules:\n  pii: {kinds: email}\n", 'rules.pii.kinds: should be a list, not "email"'],
    [
      "rules:\n  pii: eror\n",
      'rules.pii: should be one of error, warning, notice, off, or a mapping (keys: severity, kinds), not "eror" (did you mean "error"?)',
    ],
    [
      "rules:\n  chosen-lecturing: {severity: warnign}\n",
      'rules.chosen-lecturing.severity: should be one of error, warning, notice or off, not "warnign" (did you mean "warning"?)',
    ],
    // Unknown keys: the nearest, or the valid keys when none is near.
    ["rules:\n  pi: error\n", 'rules.pi: unknown key (did you mean "pii"?)'],
    ["rules:\n  pii: {kind: [email]}\n", 'rules.pii.kind: unknown key (did you mean "kinds"?)'],
    ["rules:\n  pii: {foo: 1}\n", "rules.pii.foo: unknown key (valid here: severity or kinds)"],
    [
      "rules:\n  no-such-rule: off\n",
      "rules.no-such-rule: unknown key (`dataset-ci rules` lists the rule ids)",
    ],
    ["frail-on: error\n", 'frail-on: unknown key (did you mean "fail-on"?)'],
    ["colour: red\n", "colour: unknown key (valid here: fail-on, datasets, baseline, rules or limits)"],
    [
      "limits:\n  max-lines: 3\n",
      "limits.max-lines: unknown key (valid here: max-line-bytes, max-decompressed-bytes or max-findings-per-rule)",
    ],
    [dataset("    catgories: {}\n"), 'datasets[0].catgories: unknown key (did you mean "categories"?)'],
    [
      dataset("    categories:\n      a: {minimum: 1}\n"),
      "datasets[0].categories.a.minimum: unknown key (valid here: min, max or refusal)",
    ],
    // Wrong types and bounds: what is expected and what was given.
    ["limits:\n  max-line-bytes: 10\n", "limits.max-line-bytes: should be at least 1,024, not 10"],
    ["limits:\n  max-line-bytes: huge\n", 'limits.max-line-bytes: should be a number, not "huge"'],
    [
      "rules:\n  near-duplicate: {threshold: 2}\n",
      "rules.near-duplicate.threshold: should be at most 1, not 2",
    ],
    ["rules:\n  length-bias: {min-ratio: 0}\n", "rules.length-bias.min-ratio: should be more than 0, not 0"],
    [
      dataset("    categories:\n      a: {refusal: maybe}\n"),
      'datasets[0].categories.a.refusal: should be true or false, not "maybe"',
    ],
    [
      dataset("    categories:\n      a: {min: lots}\n"),
      'datasets[0].categories.a.min: should be a share: a fraction such as 0.25 or a percentage such as "25%", not "lots"',
    ],
    [
      dataset("    categories:\n      a: {min: 150%}\n"),
      "datasets[0].categories.a.min: a share cannot exceed 100%",
    ],
    [
      dataset("    categories:\n      a b: {}\n"),
      'datasets[0].categories: the key "a b" should be a category id: letters, digits, _ . -',
    ],
    ["datasets:\n  - name: a\n", "datasets[0].files: missing: should be a string or a list"],
    ["datasets:\n  - name: a\n    files: []\n", "datasets[0].files: should not be an empty list"],
    ["datasets:\n  - name: ''\n    files: x\n", "datasets[0].name: should not be empty"],
    ["datasets: {name: a}\n", "datasets: should be a list, not a mapping"],
    [
      "- a\n",
      "(top level): should be a mapping (keys: fail-on, datasets, baseline, rules, limits), not a list",
    ],
  ])("%j → %s", (yaml, expected) => {
    expect(configError(yaml)).toBe(expected);
  });

  it("quotes a given value bounded, whatever its length", () => {
    const message = configError(`fail-on: "${"x".repeat(5000)}"\n`);
    expect(message).toBe(
      `fail-on: should be one of error, warning, notice or never, not "${"x".repeat(40)}…"`,
    );
  });

  it("does not guess from a word that shares too little with the nearest name", () => {
    // "xy" is 2 edits from "pii" and from "key": that is another word, not a typo.
    expect(configError("rules:\n  pii: {kinds: [xy]}\n")).toBe(
      'rules.pii.kinds[0]: should be one of email, phone, card or key, not "xy"',
    );
  });
});

function streams(cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  return { io: { stdout, stderr, env: {}, cwd }, output: () => ({ stdout: out, stderr: err }) };
}

async function cli(args: string[], cwd?: string) {
  const { io, output } = streams(cwd ?? (await tempDir()));
  const status = await main(args, io);
  return { status, ...output() };
}

const OPTIONS =
  "the options are --config, --format, --fail-on, --baseline, --ignore-baseline, --changed, --to, --output, --no-progress, --force, --help and --version";

describe("CLI usage errors name the valid flags, values and commands, and suggest the nearest", () => {
  it.each([
    [["check", "--frmat", "json", "x"], "unknown option '--frmat' (did you mean '--format'?)"],
    [["check", "--fial-on", "never", "x"], "unknown option '--fial-on' (did you mean '--fail-on'?)"],
    [["check", "--no-progres", "x"], "unknown option '--no-progres' (did you mean '--no-progress'?)"],
    [["check", "--verison"], "unknown option '--verison' (did you mean '--version'?)"],
    [
      ["check", "--ignore-baselines"],
      "unknown option '--ignore-baselines' (did you mean '--ignore-baseline'?)",
    ],
    [["check", "--frobnicate"], `unknown option '--frobnicate'; ${OPTIONS}`],
    // Two letters that share nothing with --to are not a typo of it.
    [["check", "--ci"], `unknown option '--ci'; ${OPTIONS}`],
    [["check", "-x"], `unknown option '-x'; ${OPTIONS}`],
    [["check", "--no-format", "x"], `unknown option '--no-format'; ${OPTIONS}`],
    [["check", "--format"], "--format needs a value: text, json, sarif or github"],
    [["check", "-f"], "-f (--format) needs a value: text, json, sarif or github"],
    [["check", "x", "--config"], "--config needs a value: a YAML file"],
    [["export", "x", "--to"], "--to needs a value: trl, trl-standard or trl-conversational"],
    [
      ["check", "--format", "--no-progress", "x"],
      "--format needs a value: text, json, sarif or github; '--no-progress' looks like an option (write --format=--no-progress if it is the value)",
    ],
    [["check", "--ignore-baseline=yes", "x"], "--ignore-baseline takes no value, not 'yes'"],
    [
      ["check", "x", "--format", "jsn"],
      "--format must be text, json, sarif or github, not 'jsn' (did you mean 'json'?)",
    ],
    [["check", "x", "--format", "xml"], "--format must be text, json, sarif or github, not 'xml'"],
    [
      ["check", "x", "--fail-on", "warnings"],
      "--fail-on must be error, warning, notice or never, not 'warnings' (did you mean 'warning'?)",
    ],
    [
      ["export", "x", "--to", "trl-standart"],
      "--to must be trl, trl-standard or trl-conversational, not 'trl-standart' (did you mean 'trl-standard'?)",
    ],
    [
      ["chek", "x"],
      "unknown command 'chek' (did you mean 'check'?); the commands are check, baseline, export, init and rules",
    ],
    [
      ["rule"],
      "unknown command 'rule' (did you mean 'rules'?); the commands are check, baseline, export, init and rules",
    ],
    [["validate"], "unknown command 'validate'; the commands are check, baseline, export, init and rules"],
    // An option the command does not use is refused, not ignored: `baseline -o` would write elsewhere.
    [
      ["baseline", "x", "-o", "y.json"],
      "--output does not apply to baseline: baseline takes --config and --baseline",
    ],
    [
      ["export", "--to", "trl", "x", "--format", "json", "--ignore-baseline"],
      "--format and --ignore-baseline do not apply to export: export takes --config, --to and --output",
    ],
    [["rules", "--format", "json"], "--format does not apply to rules: rules takes no options"],
    [
      ["check", "x", "--to", "trl"],
      "--to does not apply to check: check takes --config, --format, --fail-on, --baseline, --ignore-baseline, --changed and --output",
    ],
    [
      [],
      "missing command: try 'dataset-ci check data/' (the commands are check, baseline, export, init and rules)",
    ],
  ])("%j → %s", async (args, message) => {
    const result = await cli(args);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`dataset-ci: ${message}\nRun 'dataset-ci --help' for usage.\n`);
  });

  it("answers a file given without a command with the command that checks it", async () => {
    const dir = await writeFiles({ "d.jsonl": "{}\n" });
    expect((await cli(["d.jsonl"], dir)).stderr).toBe(
      "dataset-ci: missing command before 'd.jsonl': to check it, dataset-ci check 'd.jsonl'\nRun 'dataset-ci --help' for usage.\n",
    );
  });

  it("takes --no-progress with every command, so scripts may always pass it", async () => {
    const rules = await cli(["rules", "--no-progress"]);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^lfs-pointer\s+error/);
  });

  it("says in words that the --config file does not exist, and what a directory is", async () => {
    const dir = await writeFiles({ "d.jsonl": "{}\n" });
    await mkdir(path.join(dir, "conf"));
    expect(await cli(["check", "d.jsonl", "--config", "nope.yml"], dir)).toEqual({
      status: EXIT_USAGE,
      stdout: "",
      stderr: "dataset-ci: the config file nope.yml (--config) does not exist\n",
    });
    const directory = await cli(["check", "d.jsonl", "--config", "conf"], dir);
    expect(directory.status).toBe(EXIT_USAGE);
    expect(directory.stderr).toMatch(
      /^dataset-ci: cannot read config .*conf: it is a directory, not a YAML file\n$/,
    );
  });

  it("reports a bad config value through the CLI on one line: exit 2, no stack", async () => {
    const dir = await writeFiles({ "c.yml": "datasets:\n  - {name: a, files: d.jsonl, min-size: huge}\n" });
    const result = await cli(["check", "--config", "c.yml"], dir);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toBe(
      'dataset-ci: c.yml: datasets[0].min-size: should be one of initial-alignment, domain-specific, iterative, or a number, not "huge"\n'.replace(
        "c.yml",
        `${dir}/c.yml`,
      ),
    );
  });

  it("quotes a hostile flag or value bounded and terminal-safe", async () => {
    const hostile = `--\u001b]8;;x\u0007${"y".repeat(300)}`;
    const result = await cli(["check", hostile]);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("y".repeat(60));
    const value = await cli(["check", "x", "--format", "\n::error::owned"]);
    expect(value.stderr).toBe(
      "dataset-ci: --format must be text, json, sarif or github, not '\\n::error::owned'\nRun 'dataset-ci --help' for usage.\n",
    );
  });
});

describe("action input errors name the valid values and the nearest", () => {
  function inputError(inputs: Record<string, string>): string {
    try {
      readInputs((name) => inputs[name] ?? "");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`);
  }

  it.each([
    [
      { mode: "chek" },
      'input mode: should be one of check, analyze or publish, not "chek" (did you mean "check"?)',
    ],
    [{ gate: "al" }, 'input gate: should be one of all or regressions, not "al" (did you mean "all"?)'],
    [
      { comment: "allways" },
      'input comment: should be one of always, changes, failures or off, not "allways" (did you mean "always"?)',
    ],
    [
      { scope: "changed" },
      'input scope: should be one of changed-lines, changed-files or all, not "changed"',
    ],
    [
      { "fail-on": "eror" },
      'input fail-on: should be one of error, warning, notice or never, not "eror" (did you mean "error"?)',
    ],
    [{ "check-run": "yes" }, 'input check-run: should be true or false, not "yes"'],
    [{ key: "bad key!" }, 'input key: should be 1–40 letters, digits, _ . or -, not "bad key!"'],
    [{ "max-annotations": "1.5" }, 'input max-annotations: should be a whole number, not "1.5"'],
    [{ "max-annotations": "500" }, "input max-annotations: GitHub shows at most 50 annotations per job"],
  ])("%j → %s", (inputs, expected) => {
    expect(inputError(inputs)).toBe(expected);
  });
});
