import { once } from "node:events";
import { existsSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import path from "node:path";
import { check } from "../check/check.js";
import { settingsFromEnvironment } from "../check/environment-settings.js";
import type { Progress } from "../check/options.js";
import {
  type Config,
  ConfigError,
  DEFAULT_BASELINE_PATH,
  DEFAULT_CONFIG_PATH,
  defaultConfig,
  loadConfig,
} from "../config/config.js";
import { andList } from "../config/config-messages.js";
import { DiscoveryError, planDatasets } from "../config/discover.js";
import { FAIL_ON_LEVELS, failOnSchema } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { VERSION } from "../model/version.js";
import { BaselineError, baselineOf, loadBaseline, writeBaseline } from "../report/baseline.js";
import { jsonFileChunks } from "../report/json-chunks.js";
import { renderTextChunks } from "../report/render-text.js";
import { renderSarif } from "../report/sarif.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { renderWorkflowCommands } from "../report/workflow-commands.js";
import { writeChunks, writeFileChunks } from "../report/write-chunks.js";
import { RULES } from "../rules/registry.js";
import { changedPaths } from "./changed.js";
import {
  invalidChoice,
  parseCommandLine,
  refuseOtherOptions,
  UsageError,
  unknownCommand,
} from "./command-line.js";
import { EXPORT_TARGETS, type ExportResult, type ExportTarget, exportFile } from "./export.js";
import { InitError, runInit } from "./init.js";

export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: dataset-ci check [paths…] [options]
       dataset-ci baseline [paths…] [options]
       dataset-ci export --to trl FILE [-o OUT] [options]
       dataset-ci init [paths…] [--force]
       dataset-ci rules

check     Checks preference datasets (DPO/KTO) for schema errors, refusal quality, duplicates,
          category distribution and size. Paths are files, directories or globs; with none,
          the datasets of the config are checked. Findings in the baseline are reported as
          baselined and do not fail the check.
baseline  Writes today's findings to the baseline (default: the config's baseline,
          ${DEFAULT_BASELINE_PATH}), so that only new findings fail the check.
export    Writes FILE, whatever its shape, as TRL preference JSONL (to OUT, or stdout),
          leaving out the examples check finds errors in and listing them on stderr.
          --to trl picks TRL's standard format for standard shapes and the conversational
          one for the others; --to trl-standard or --to trl-conversational forces one.
init      Reads the data files (of the repository, or the paths given), one dataset a folder, and
          writes ${DEFAULT_CONFIG_PATH} (or --config FILE) and .github/workflows/dataset-ci.yml
          for today's data; never over an existing file without --force.
rules     Lists every rule with its default severity.

Options:
  -c, --config FILE     config file (default: ${DEFAULT_CONFIG_PATH} when it exists)
  -f, --format FORMAT   check: text (default), json, sarif (SARIF 2.1.0 for code scanning) or
                        github (workflow commands: annotations in a GitHub Actions run: step)
      --fail-on LEVEL   error (default), warning, notice or never
  -b, --baseline FILE   the baseline to read (check) or write (baseline)
      --ignore-baseline check: report every finding as new
      --changed         check: the paths are the files a change touched (a pre-commit hook's staged
                        files): those of no dataset of the config are skipped (without datasets in the
                        config, those holding no preference data), each dataset of the rest is read
                        whole for its gates, and nothing left to check passes
      --to FORMAT       export: trl, trl-standard or trl-conversational
  -o, --output FILE     check, export: where to write the report or the export (default: stdout)
      --no-progress     no progress on stderr
      --force           init: overwrite the files it writes
  -h, --help            this help
  -v, --version         the version

Exit status: 0 passed (or baseline written), 1 failed, 2 usage, config or I/O error.`;

/** A file the CLI must write cannot be. */
class OutputError extends Error {}

interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Told a check's exit status once its verdict is known, before its report is written: a run whose reader
   * closes stdout while the report is written ends with it (cli-main.ts).
   */
  onExitStatus?: (status: number) => void;
}

/** Runs the CLI and returns its exit status; never throws for the user's mistakes. */
export async function main(argv: string[], io: Streams): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof DiscoveryError ||
      error instanceof BaselineError ||
      error instanceof OutputError ||
      error instanceof InitError
    ) {
      io.stderr.write(`dataset-ci: ${terminalSafe(error.message, 2000)}\n`);
      if (error instanceof UsageError) io.stderr.write("Run 'dataset-ci --help' for usage.\n");
      return EXIT_USAGE;
    }
    io.stderr.write(
      `dataset-ci: ${terminalSafe(error instanceof Error ? (error.stack ?? error.message) : String(error), 4000)}\n`,
    );
    return EXIT_USAGE;
  }
}

async function run(argv: string[], io: Streams): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_PASSED;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_PASSED;
  }
  const [command, ...named] = positionals;
  const accepted = OPTIONS_OF[command as Command] as readonly string[] | undefined;
  if (accepted !== undefined) refuseOtherOptions(command as Command, values, accepted);
  if (command === "rules") {
    io.stdout.write(renderRuleList());
    return EXIT_PASSED;
  }
  if (command === "export") return runExport(values, named, io);
  if (command === "init") {
    await runInit({
      paths: named,
      force: values.force === true,
      root: io.cwd,
      stderr: io.stderr,
      ...(values.config !== undefined ? { configPath: values.config } : {}),
    });
    return EXIT_PASSED;
  }
  if (command !== "check" && command !== "baseline") {
    throw new UsageError(
      command
        ? unknownCommand(command, COMMANDS, existsSync(path.resolve(io.cwd, command)))
        : `missing command: try 'dataset-ci check data/' (the commands are ${andList(COMMANDS)})`,
    );
  }
  const format = values.format ?? "text";
  if (!(CHECK_FORMATS as readonly string[]).includes(format))
    throw new UsageError(invalidChoice("--format", format, CHECK_FORMATS));

  const config = await readConfig(values.config, io.cwd);
  if (values["fail-on"] !== undefined) {
    const level = failOnSchema.safeParse(values["fail-on"]);
    if (!level.success) {
      throw new UsageError(invalidChoice("--fail-on", values["fail-on"], FAIL_ON_LEVELS));
    }
    config.failOn = level.data;
  }
  let paths = named;
  if (values.changed) {
    const selected = await changedPaths(config, named, io.cwd, io.stderr);
    if (selected.length === 0) return EXIT_PASSED;
    paths = selected;
  }
  if (paths.length === 0 && config.datasets.length === 0) {
    throw new UsageError(
      "nothing to check: name files, directories or globs, or declare datasets in the config",
    );
  }
  const datasets = await planDatasets(config, paths, io.cwd);
  const files = datasets.reduce((n, d) => n + d.files.length, 0);
  if (files === 0) throw new DiscoveryError("the config's dataset globs match no files");

  const baselinePath = path.resolve(io.cwd, values.baseline ?? config.baseline);
  const writing = command === "baseline";
  const baseline = writing || values["ignore-baseline"] ? undefined : await loadBaseline(baselinePath);
  if (values.baseline !== undefined && !writing && !values["ignore-baseline"] && !baseline) {
    throw new BaselineError(`no baseline at ${values.baseline}`);
  }

  const environment = settingsFromEnvironment(io.env);
  for (const note of environment.ignored) io.stderr.write(`dataset-ci: ${terminalSafe(note, 200)}\n`);
  const progress = values.progress === false ? null : new ProgressLine(io.stderr);
  const started = Date.now();
  let threadsUsed = 1;
  const report = await check({
    onThreads: (count) => {
      threadsUsed = count;
    },
    config,
    datasets,
    onProgress: (p) => progress?.update(p),
    // SARIF carries each finding's fingerprint, so code scanning tracks it when lines move.
    fingerprints: writing || format === "sarif",
    ...(baseline ? { baseline } : {}),
    ...environment.settings,
  });
  progress?.done(
    `checked ${report.summary.examples.toLocaleString("en-US")} examples in ${files} file${files === 1 ? "" : "s"} in ${((Date.now() - started) / 1000).toFixed(1)} s${threadsUsed > 1 ? ` with ${threadsUsed} threads` : ""}`,
  );
  if (writing) {
    const written = baselineOf(report);
    await writeBaseline(baselinePath, written);
    io.stderr.write(
      `wrote ${written.findings.length.toLocaleString("en-US")} finding${written.findings.length === 1 ? "" : "s"} to ${terminalSafe(path.relative(io.cwd, baselinePath) || baselinePath)}\n`,
    );
    return EXIT_PASSED;
  }

  const status = report.passed ? EXIT_PASSED : EXIT_FAILED;
  io.onExitStatus?.(status);
  const rendered = render(format as CheckFormat, report, {
    color: values.output === undefined && useColor(io),
    configPath: configFile(values.config, io.cwd),
    baselinePath: toPosix(path.relative(io.cwd, baselinePath)),
  });
  if (values.output !== undefined) {
    await writeFileChunks(path.resolve(io.cwd, values.output), rendered).catch(
      (error: NodeJS.ErrnoException) => {
        throw new OutputError(`cannot write ${values.output}: ${error.code ?? error.message}`);
      },
    );
  } else {
    await writeChunks(io.stdout, rendered);
  }
  return status;
}

const CHECK_FORMATS = ["text", "json", "sarif", "github"] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

/**
 * The report in a format, as pieces to write one after another: the JSON and text reports list every
 * finding, too much for one string at a million examples (SARIF and annotations are capped).
 */
function render(
  format: CheckFormat,
  report: Report,
  options: { color: boolean; configPath: string | undefined; baselinePath: string },
): Iterable<string> {
  switch (format) {
    case "json":
      return jsonFileChunks(report);
    case "sarif":
      return [
        renderSarif(report, {
          ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
          baselinePath: options.baselinePath,
        }).text,
      ];
    case "github":
      return [renderWorkflowCommands(report)];
    case "text":
      return renderTextChunks(report, { color: options.color });
  }
}

/** The config file in use, relative to the working directory (the repository root in CI), if there is one. */
function configFile(explicit: string | undefined, cwd: string): string | undefined {
  const file = path.resolve(cwd, explicit ?? DEFAULT_CONFIG_PATH);
  return existsSync(file) ? toPosix(path.relative(cwd, file)) : undefined;
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

const COMMANDS = ["check", "baseline", "export", "init", "rules"] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command uses, besides --no-progress, --help and --version (as USAGE documents them). */
const OPTIONS_OF: Record<Command, readonly string[]> = {
  check: ["config", "format", "fail-on", "baseline", "ignore-baseline", "changed", "output"],
  baseline: ["config", "baseline"],
  export: ["config", "to", "output"],
  init: ["config", "force"],
  rules: [],
};

function parse(argv: string[]) {
  return parseCommandLine(
    argv,
    {
      config: { type: "string", short: "c" },
      format: { type: "string", short: "f" },
      "fail-on": { type: "string" },
      baseline: { type: "string", short: "b" },
      "ignore-baseline": { type: "boolean" },
      changed: { type: "boolean" },
      to: { type: "string" },
      output: { type: "string", short: "o" },
      progress: { type: "boolean", default: true },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
    {
      config: "a YAML file",
      format: CHECK_FORMATS,
      "fail-on": FAIL_ON_LEVELS,
      baseline: "a JSON file",
      to: EXPORT_TARGETS,
      output: "a file",
    },
  );
}

type Values = ReturnType<typeof parse>["values"];

/** How many left-out examples export lists on stderr before it only counts them. */
const LEFT_OUT_LISTED = 20;

async function runExport(values: Values, paths: string[], io: Streams): Promise<number> {
  const target = values.to;
  if (target === undefined)
    throw new UsageError("export needs --to: trl, trl-standard or trl-conversational");
  if (!(EXPORT_TARGETS as readonly string[]).includes(target)) {
    throw new UsageError(invalidChoice("--to", target, EXPORT_TARGETS));
  }
  if (paths.length !== 1) throw new UsageError("export takes exactly one file");
  const config = await readConfig(values.config, io.cwd);
  const datasets = await planDatasets(config, paths, io.cwd);
  const reported = datasets.flatMap((d) => d.files).filter((f) => f.report);
  if (reported.length !== 1)
    throw new UsageError(`export takes one file, and ${paths[0]} names ${reported.length}`);

  let output: NodeJS.WritableStream = io.stdout;
  if (values.output) {
    const handle = await open(path.resolve(io.cwd, values.output), "w").catch(
      (error: NodeJS.ErrnoException) => {
        throw new OutputError(`cannot write ${values.output}: ${error.code ?? error.message}`);
      },
    );
    output = handle.createWriteStream();
  }
  // The reader hands over a chunk's records before awaiting their writes: one wait for "drain" serves every
  // write made while the stream is full (a listener each would pass Node's limit of 10 and warn on stderr).
  let drained: Promise<unknown> | null = null;
  const write = async (line: string) => {
    if (!output.write(line) && drained === null) {
      drained = once(output, "drain").finally(() => {
        drained = null;
      });
    }
    if (drained !== null) await drained;
  };
  let result: ExportResult;
  try {
    result = await exportFile({ config, datasets, target: target as ExportTarget, write });
  } finally {
    if (output !== io.stdout) {
      output.end();
      await once(output, "close");
    }
  }
  const file = terminalSafe(result.file.path, 200);
  if (result.format === null) {
    if (values.output) await rm(path.resolve(io.cwd, values.output), { force: true });
    const reasons = result.file.findings.map((f) => `${f.rule}: ${f.message}`).join("; ");
    io.stderr.write(`dataset-ci: nothing to export from ${file}: ${terminalSafe(reasons, 600)}\n`);
    return EXIT_FAILED;
  }
  const rows = result.file.container === "parquet";
  for (const left of result.leftOut.slice(0, LEFT_OUT_LISTED)) {
    const where = rows ? `${file} row ${left.line}` : `${file}:${left.line}`;
    io.stderr.write(`left out ${where}: ${terminalSafe(left.reasons.join(", "), 300)}\n`);
  }
  if (result.leftOut.length > LEFT_OUT_LISTED) {
    io.stderr.write(`… and ${(result.leftOut.length - LEFT_OUT_LISTED).toLocaleString("en-US")} more\n`);
  }
  const where = values.output ? ` to ${terminalSafe(values.output, 200)}` : "";
  io.stderr.write(
    `wrote ${result.written.toLocaleString("en-US")} of ${result.file.examples.toLocaleString("en-US")} examples as ${result.format}${where}; left out ${result.leftOut.length.toLocaleString("en-US")} (run 'dataset-ci check' for the findings)\n`,
  );
  // An export that wrote nothing has failed, whatever the reason: a pipeline must not train on an empty file.
  return result.written === 0 ? EXIT_FAILED : EXIT_PASSED;
}

async function readConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`the config file ${explicit} (--config) does not exist`);
    return loadConfig(file);
  }
  const fallback = path.resolve(cwd, DEFAULT_CONFIG_PATH);
  return existsSync(fallback) ? loadConfig(fallback) : defaultConfig();
}

/** Colour only for a person at a terminal: never in pipes, and never when NO_COLOR is set (no-color.org). */
function useColor(io: Streams): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true;
}

function renderRuleList(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  return `${RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`).join("\n")}\n`;
}

/** Progress on stderr: a line rewritten in place on a terminal, a line every few seconds in a log. */
class ProgressLine {
  // Counting from the start, so a quick run prints only its closing line.
  private lastWrite = Date.now();
  private written = false;
  constructor(private readonly stream: Streams["stderr"]) {}

  update(progress: Progress): void {
    const now = Date.now();
    const interval = this.stream.isTTY ? 100 : 2000;
    if (now - this.lastWrite < interval) return;
    this.lastWrite = now;
    const text = `reading ${terminalSafe(progress.file, 120)}: ${progress.examples.toLocaleString("en-US")} examples`;
    if (this.stream.isTTY) {
      this.stream.write(`\r\u001b[2K${text}`);
      this.written = true;
    } else {
      this.stream.write(`${text}\n`);
    }
  }

  done(text: string): void {
    this.stream.write(`${this.stream.isTTY && this.written ? "\r\u001b[2K" : ""}${text}\n`);
  }
}
