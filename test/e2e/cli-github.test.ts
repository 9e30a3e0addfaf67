import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, workflowCommand } from "../../src/report/workflow-commands.js";
import { GOOD_PAIR, jsonl, writeFiles } from "../helpers/run-check.js";
import { CLI, ROOT, runCli } from "../support/cli.js";

// `dataset-ci check --format github` as users run it in a plain `run:` step: the bundled dist/cli.js, its
// stdout read the way the runner reads it (actions/runner: a line starting `::` is a command).

function run(args: string[], cwd = ROOT) {
  return runCli(["check", ...args, "--format", "github", "--no-progress"], { cwd });
}

interface Command {
  name: string;
  properties: Record<string, string>;
  message: string;
}

/** The runner's unescaping (actions/runner ActionCommand: %25 last, so `%250A` stays `%0A`). */
function runnerUnescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, "\r").replace(/%0A/g, "\n");
  if (property) out = out.replace(/%3A/g, ":").replace(/%2C/g, ",");
  return out.replace(/%25/g, "%");
}

/** Parses a line as the runner does: `::name key=value,key=value::message`; null when it is no command. */
function parseCommand(line: string): Command | null {
  const match = /^::([^ :]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return null;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
    const at = pair.indexOf("=");
    properties[pair.slice(0, at)] = runnerUnescape(pair.slice(at + 1), true);
  }
  return { name: match[1] as string, properties, message: runnerUnescape(match[3] as string, false) };
}

/** Every stdout line the runner would take for a command, each checked to be an annotation of ours. */
function ourCommands(stdout: string): Command[] {
  const lines = stdout.split(/\r?\n|\r/);
  const commands = lines.filter((line) => line.startsWith("::")).map(parseCommand);
  for (const command of commands) {
    expect(command).not.toBeNull();
    expect(["error", "warning", "notice"]).toContain(command?.name);
    expect(Object.keys(command?.properties ?? {}).every((k) => ["file", "line", "title"].includes(k))).toBe(
      true,
    );
    expect(command?.properties.title).toMatch(/^dataset-ci [a-z-]+$/);
  }
  return commands as Command[];
}

describe("dataset-ci check --format github", () => {
  it("annotates findings at their file and line, and ends with the verdict", () => {
    const result = run(["--config", "examples/dataset-ci.yml", "examples/pull-request/new-pairs.jsonl"]);
    expect(result.status).toBe(1);
    const commands = ourCommands(result.stdout);
    expect(commands).toContainEqual({
      name: "error",
      properties: {
        file: "examples/pull-request/new-pairs.jsonl",
        line: "5",
        title: "dataset-ci invalid-json",
      },
      message: expect.stringMatching(/^not valid JSON/),
    });
    // A dataset's finding has no file: it is annotated on the run.
    expect(commands).toContainEqual({
      name: "error",
      properties: { title: "dataset-ci min-size" },
      message: expect.stringMatching(/^dataset default: 6 examples, under the minimum/),
    });
    const last = result.stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(/^dataset-ci: failed: .*7 errors, 4 warnings, 1 notice \(fail-on: error\)$/);
  });

  it("passes with exit 0 and no annotation on a clean dataset but its notice", () => {
    const result = run(["--config", "examples/dataset-ci.yml"]);
    expect(result.status).toBe(0);
    expect(ourCommands(result.stdout).map((c) => [c.name, c.properties.title])).toEqual([
      ["notice", "dataset-ci length-bias"],
    ]);
    expect(result.stdout).toMatch(/^dataset-ci: passed; 0 errors, 0 warnings, 1 notice \(fail-on: error\)$/m);
  });

  it("writes at most 10 annotations of each level, and says how many it left out", async () => {
    // 25 lines that are not JSON (errors) and 25 pairs that lecture (warnings).
    const lecturing = { ...GOOD_PAIR, chosen: "I can't help with that. You should know better than to ask." };
    const records = Array.from({ length: 25 }, (_, i) => JSON.stringify({ ...lecturing, prompt: `p${i}` }));
    const broken = Array.from({ length: 25 }, (_, i) => `{broken ${i}`);
    const dir = await writeFiles({ "data.jsonl": `${[...records, ...broken].join("\n")}\n` });
    const result = run(["data.jsonl"], dir);
    const commands = ourCommands(result.stdout);
    const perLevel = (name: string) => commands.filter((c) => c.name === name).length;
    expect(perLevel("error")).toBe(10);
    expect(perLevel("warning")).toBe(10);
    expect(perLevel("notice")).toBeLessThanOrEqual(10);
    const json = spawnSync(
      process.execPath,
      [CLI, "check", "data.jsonl", "--format", "json", "--no-progress"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    const report = JSON.parse(json.stdout);
    const total =
      report.files[0].findings.length +
      report.datasets.reduce((n: number, d: { findings: unknown[] }) => n + d.findings.length, 0);
    const notShown = total - commands.length;
    expect(notShown).toBeGreaterThan(0);
    expect(result.stdout).toContain(`dataset-ci: ${notShown} more findings are not annotated`);
  });

  it("keeps hostile dataset text inside its own annotation", async () => {
    const hostile = [
      "\n::set-output name=x::y",
      "%0A::error::forged",
      "\r::add-mask::secret",
      "a,b:c=d %25 %3A",
      "\u2028::stop-commands::t",
    ];
    const records = hostile.map((category, i) => ({ ...GOOD_PAIR, prompt: `p${i}`, category }));
    const file = "we,ird:name%0A.jsonl";
    const dir = await writeFiles({ [file]: jsonl(records) });
    const result = run([file], dir);
    expect(result.stderr).toBe("");
    const commands = ourCommands(result.stdout);
    const unknown = commands.filter((c) => c.properties.title === "dataset-ci unknown-category");
    expect(unknown).toHaveLength(hostile.length);
    for (const command of unknown) expect(command.properties.file).toBe(file);
    // The text arrives whole in its annotation, control characters shown as escapes.
    const messages = unknown.map((c) => c.message).join("\n");
    expect(messages).toContain("\\n::set-output name=x::y");
    expect(messages).toContain("%0A::error::forged");
    expect(messages).toContain("\\r::add-mask::secret");
    expect(messages).toContain("a,b:c=d %25 %3A");
    expect(messages).toContain("\\u2028::stop-commands::t");
    // No line of stdout but ours starts a command.
    expect(result.stdout).not.toMatch(/^::(set-output|add-mask|stop-commands)/m);
  });

  it("shows a file name's control characters as escapes in file=, never raw", async () => {
    // A clear-screen, an OSC 52 clipboard write, a C1 control and a right-to-left override.
    const file = "a\u001b[2Jb\u001b]52;c;ZXZpbA==\u0007c\u009bd\u202eexe.jsonl";
    const dir = await writeFiles({ [file]: "{oops\n" });
    const result = run(["."], dir);
    expect(result.status).toBe(1);
    const [command] = ourCommands(result.stdout).filter(
      (c) => c.properties.title === "dataset-ci invalid-json",
    );
    expect(command?.properties.file).toBe(
      "a\\u001b[2Jb\\u001b]52;c;ZXZpbA==\\u0007c\\u009bd\\u202eexe.jsonl",
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the log.
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe("workflow command escaping", () => {
  it("escapes data and properties as the runner unescapes them", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const line = workflowCommand("warning", { file: "x,y:z", title: "t" }, "m\n::error::x");
    expect(line.split("\n")).toHaveLength(1);
    expect(parseCommand(line)).toEqual({
      name: "warning",
      properties: { file: "x,y:z", title: "t" },
      message: "m\n::error::x",
    });
  });
});
