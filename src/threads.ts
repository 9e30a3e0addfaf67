// Checking with more than one thread. Each worker thread reads the files too and runs a group of the costliest
// rules (near-duplicate, pii, …); the main thread runs the rest and the readers' checks, then merges every
// thread's findings by where each was made (engine.ts, KeyedFinding), so the report is byte for byte the
// one-thread report. Reading twice costs CPU, but every rule sees every example in file order, so no rule
// has to be split into a part per example and a part that merges: the stateful ones (duplicates,
// near-duplicates, length bias) run unchanged.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CheckOptions, KeyedFinding, ThreadPart } from "./engine.js";
import { RULES_BY_ID } from "./rules/registry.js";

/** The worker's bundle, next to the bundle this code is in (dist/). Run from source, there is none: one thread. */
const WORKER_FILE = "check-worker.js";

/**
 * Each rule's cost in the check of an example, roughly (CPU time per 100,000 examples of the benchmark's
 * data, in units of 10 ms); rules not listed cost about 1. Used only to share the rules out evenly.
 */
const RULE_COST: Readonly<Record<string, number>> = {
  "near-duplicate": 150,
  "split-leakage": 60,
  pii: 55,
  "chosen-lecturing": 20,
  "duplicate-prompt": 13,
  "chosen-robotic": 12,
  "chosen-apologetic": 12,
  "truncated-response": 11,
  "duplicate-example": 11,
  "chosen-no-alternative": 11,
  "rejected-is-refusal": 10,
  "chosen-vague": 9,
};

export interface WorkerInput {
  options: Omit<CheckOptions, "onProgress" | "baseline" | "threads">;
  owned: string[];
}

export type WorkerOutput =
  | { ok: true; fileFindings: KeyedFinding[][]; datasetFindings: KeyedFinding[][] }
  | { ok: false; message: string; stack?: string };

/**
 * How many threads to use: the option, else DATASET_CI_THREADS, else one. Not more by default: the worker
 * reads the data again, which costs about half as much CPU time again, and on a machine whose cores are
 * busy with other work that made the check slower, not faster (docs/benchmarks.md, "Two cores").
 */
function threadCount(options: CheckOptions): number {
  return options.threads ?? parseThreads(process.env.DATASET_CI_THREADS) ?? 1;
}

/** A thread count from the environment: a whole number from 1; anything else is ignored. */
export function parseThreads(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const count = Number(text);
  return count >= 1 ? Math.min(count, 64) : undefined;
}

/** The rules each worker runs: the costliest first, each to the least loaded thread (the main thread is thread 0). */
function shareRules(options: CheckOptions, threads: number): string[][] {
  // The readers' checks stay with the main thread, which reports them (every thread reads alike).
  const enabled = [...options.config.rules.keys()].filter((id) => RULES_BY_ID.get(id)?.kind !== "reader");
  const groups: string[][] = Array.from({ length: threads }, () => []);
  const loads = new Array<number>(threads).fill(0);
  // The main thread also reads for the report and runs the readers' checks and the cheap rules.
  loads[0] = 20;
  const byCost = enabled
    .map((id) => ({ id, cost: RULE_COST[id] ?? 1 }))
    .sort((a, b) => b.cost - a.cost || a.id.localeCompare(b.id));
  for (const { id, cost } of byCost) {
    const least = loads.indexOf(Math.min(...loads));
    groups[least]?.push(id);
    loads[least] = (loads[least] ?? 0) + cost;
  }
  return groups.slice(1);
}

/**
 * Starts the worker threads when the check should use them: returns the main thread's part and the
 * workers' results to come, or null to check in this thread alone.
 */
export async function startThreads(options: CheckOptions): Promise<{
  main: ThreadPart;
  workers: Promise<Array<Pick<ThreadPart, "fileFindings" | "datasetFindings">>>;
} | null> {
  const threads = threadCount(options);
  if (threads <= 1) return null;
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (!existsSync(workerFile)) return null;
  const groups = shareRules(options, threads).filter((group) => group.length > 0);
  if (groups.length === 0) return null;
  const inWorkers = new Set(groups.flat());
  const { config, datasets, fingerprints, baseline } = options;
  const workerOptions: WorkerInput["options"] = {
    config,
    datasets,
    // Findings need their fingerprint before the baseline is applied, in every thread.
    fingerprints: fingerprints === true || baseline !== undefined,
  };
  const workers = Promise.all(
    groups.map((owned) => runWorker(workerFile, { options: workerOptions, owned })),
  );
  // Not awaited until the main thread is done: a failure must not go unhandled meanwhile.
  workers.catch(() => {});
  return {
    main: { owns: (id) => !inWorkers.has(id), fileFindings: [], datasetFindings: [] },
    workers,
  };
}

function runWorker(
  file: string,
  input: WorkerInput,
): Promise<Pick<ThreadPart, "fileFindings" | "datasetFindings">> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: input });
    let settled = false;
    worker.once("message", (output: WorkerOutput) => {
      settled = true;
      if (output.ok) resolve({ fileFindings: output.fileFindings, datasetFindings: output.datasetFindings });
      else
        reject(Object.assign(new Error(`a check thread failed: ${output.message}`), { stack: output.stack }));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`a check thread stopped (exit code ${code}) before its findings`));
    });
  });
}
