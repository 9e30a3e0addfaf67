import { type ParseArgsConfig, parseArgs } from "node:util";
import { andList, didYouMeanNote, orList } from "../config/config-messages.js";

/**
 * The command line, parsed by node:util's parseArgs, with mistakes explained the way the rest of
 * dataset-ci explains them: Node's own texts ("Unknown option '--frmat'. To specify a positional argument
 * starting with a '-', place it at the end of the command after '--', as in '-- "--frmat"') name no valid
 * option and suggest nothing.
 */

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A mistake on the command line: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/** What a string option takes, for "needs a value": its valid values, or a phrase ("a file"). */
export type ValueHints = Record<string, readonly string[] | string>;

export function parseCommandLine<T extends Options>(argv: string[], options: T, hints: ValueHints) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(explainParseError(argv, options, hints) ?? (error as Error).message);
  }
}

/** The first mistake parseArgs found, in words, or undefined when it is none of the known kinds. */
function explainParseError(argv: string[], options: Options, hints: ValueHints): string | undefined {
  const { tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const long = token.rawName.startsWith("--");
    const option = options[token.name];
    const negated = long && token.rawName === `--no-${token.name}`;
    if (option === undefined || (negated && option.type !== "boolean")) {
      return unknownOption(token.rawName, options);
    }
    const flag = long ? token.rawName : `${token.rawName} (--${token.name})`;
    if (option.type === "boolean" && token.value !== undefined) {
      return `${flag} takes no value, not ${quoteArgument(token.value)}`;
    }
    if (option.type === "string" && token.value === undefined) {
      return `${flag} needs a value: ${describeHint(hints[token.name])}`;
    }
    if (option.type === "string" && !token.inlineValue && token.value?.startsWith("-")) {
      // parseArgs refuses `--format --json`: the next word looks like an option, not a value.
      return `${flag} needs a value: ${describeHint(hints[token.name])}; ${quoteArgument(token.value)} looks like an option (write ${token.rawName}=${token.value} if it is the value)`;
    }
  }
  return undefined;
}

/** Every option as a user writes it: --config, --no-progress (a boolean that defaults to true), … */
function spelledOptions(options: Options): string[] {
  return Object.entries(options).map(([name, option]) =>
    option.type === "boolean" && option.default === true ? `--no-${name}` : `--${name}`,
  );
}

function unknownOption(rawName: string, options: Options): string {
  const valid = spelledOptions(options);
  // A single letter is too short to guess from ("-x" is as near to -h as to -v).
  const note = rawName.startsWith("--") ? didYouMeanNote(rawName, valid, "'") : "";
  if (note !== "") return `unknown option ${quoteArgument(rawName)}${note}`;
  return `unknown option ${quoteArgument(rawName)}; the options are ${andList(valid)}`;
}

/** How much of a word from the command line a message repeats. */
const QUOTED_CHARACTERS = 40;

/** A word of the command line, quoted and bounded (the CLI makes the whole message terminal-safe). */
function quoteArgument(value: string): string {
  return `'${value.length > QUOTED_CHARACTERS ? `${value.slice(0, QUOTED_CHARACTERS)}…` : value}'`;
}

function describeHint(hint: readonly string[] | string | undefined): string {
  if (hint === undefined) return "a value";
  return typeof hint === "string" ? hint : orList(hint);
}

/** A value that is not one of a flag's choices: the choices, and the nearest. */
export function invalidChoice(flag: string, value: string, valid: readonly string[]): string {
  return `${flag} must be ${orList(valid)}, not ${quoteArgument(value)}${didYouMeanNote(value, valid, "'")}`;
}

/** Options every command takes: --no-progress is harmless where nothing shows progress, so scripts may always pass it. */
const EVERY_COMMAND = new Set(["progress", "help", "version"]);

/**
 * Refuses an option the command does not use: silently ignored, `dataset-ci baseline -o x.json` would
 * write the baseline somewhere else than the user asked, and `export --format json` would look obeyed.
 */
export function refuseOtherOptions(
  command: string,
  given: Record<string, unknown>,
  accepted: readonly string[],
) {
  const foreign = Object.keys(given).filter((name) => !EVERY_COMMAND.has(name) && !accepted.includes(name));
  if (foreign.length === 0) return;
  const flags = foreign.map((name) => `--${name}`);
  const takes =
    accepted.length === 0
      ? `${command} takes no options`
      : `${command} takes ${andList(accepted.map((n) => `--${n}`))}`;
  throw new UsageError(
    `${andList(flags)} ${flags.length === 1 ? "does" : "do"} not apply to ${command}: ${takes}`,
  );
}

/**
 * An unknown subcommand: the commands, and the nearest ("chek" → check); a file or directory given
 * without a command (`dataset-ci data/`) gets the command that checks it.
 */
export function unknownCommand(command: string, commands: readonly string[], isPath = false): string {
  if (isPath)
    return `missing command before ${quoteArgument(command)}: to check it, dataset-ci check ${quoteArgument(command)}`;
  return `unknown command ${quoteArgument(command)}${didYouMeanNote(command, commands, "'")}; the commands are ${andList(commands)}`;
}
