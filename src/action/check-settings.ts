import { parseThreads } from "../check/threads.js";
import { PARQUET_DEADLINE_ENV, parseParquetDeadline } from "../read/parquet-deadline.js";

/**
 * The check's settings the environment gives (DATASET_CI_THREADS, DATASET_CI_PARQUET_DEADLINE_MS), read here
 * at the action's edge: the check itself reads no environment.
 */
export function checkSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): {
  threads?: number;
  parquetDeadlineMs?: number;
} {
  const threads = parseThreads(env.DATASET_CI_THREADS);
  const parquetDeadlineMs = parseParquetDeadline(env[PARQUET_DEADLINE_ENV]);
  return {
    ...(threads !== undefined ? { threads } : {}),
    ...(parquetDeadlineMs !== undefined ? { parquetDeadlineMs } : {}),
  };
}
