import { parseThreads } from "../check/threads.js";

/** DATASET_CI_THREADS, read here at the action's edge (the check itself reads no environment). */
export function threadsFromEnvironment(env: NodeJS.ProcessEnv = process.env): { threads?: number } {
  const threads = parseThreads(env.DATASET_CI_THREADS);
  return threads === undefined ? {} : { threads };
}
