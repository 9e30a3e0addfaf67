import { PARQUET_DEADLINE_ENV, parseParquetDeadline } from "../read/parquet-deadline.js";
import { parseThreads } from "./threads.js";

/** The check's settings an environment may give, as CheckOptions takes them. */
export interface EnvironmentSettings {
  threads?: number;
  parquetDeadlineMs?: number;
}

/**
 * DATASET_CI_THREADS and DATASET_CI_PARQUET_DEADLINE_MS from the environment a shell hands over (the CLI's,
 * the action's: the check itself reads no environment). A value that is set but no positive whole number is
 * left out and named in `ignored`, for the shell to say so rather than drop it silently.
 */
export function settingsFromEnvironment(env: Readonly<Record<string, string | undefined>>): {
  settings: EnvironmentSettings;
  ignored: string[];
} {
  const settings: EnvironmentSettings = {};
  const ignored: string[] = [];
  const threads = env.DATASET_CI_THREADS;
  if (threads !== undefined && threads.trim() !== "") {
    const parsed = parseThreads(threads);
    if (parsed === undefined)
      ignored.push(ignoredNote("DATASET_CI_THREADS", threads, "a whole number from 1"));
    else settings.threads = parsed;
  }
  const deadline = env[PARQUET_DEADLINE_ENV];
  if (deadline !== undefined && deadline.trim() !== "") {
    const parsed = parseParquetDeadline(deadline);
    if (parsed === undefined) {
      ignored.push(ignoredNote(PARQUET_DEADLINE_ENV, deadline, "a whole number of milliseconds from 1"));
    } else settings.parquetDeadlineMs = parsed;
  }
  return { settings, ignored };
}

function ignoredNote(name: string, value: string, expected: string): string {
  const shown = JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  return `${name}=${shown} is ignored: it should be ${expected}`;
}
