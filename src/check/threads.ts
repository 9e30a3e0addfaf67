// Checking with more than one thread. Every thread reads the files; the rules that look at one example at a
// time run in every thread, each thread on the blocks of examples it claims first (so a thread with less
// else to do takes more of them), and each stateful rule (duplicates, near-duplicates, length bias:
// Rule.stateful) runs in one thread over every example. The main thread also runs the readers' checks,
// then merges every thread's findings by where each was made (engine.ts, KeyedFinding) and applies the
// finding cap to them together, so the report is byte for byte the one-thread report. Reading and parsing
// are done in every thread: the price of leaving the readers and the stateful rules as they are.
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RULES_BY_ID } from "../rules/registry.js";
import { JobDesk, type JobOffer, offerJob } from "./offered-jobs.js";
import type { CheckOptions } from "./options.js";
import type { ThreadPart, ThreadResult } from "./thread-part.js";

/** The worker's bundle, next to the bundle this code is in (dist/). Run from source, there is none: one thread. */
const WORKER_FILE = "check-worker.js";

/** Examples per block: a thread claims a block of examples to run the per-example rules on. */
const SHARE_BLOCK = 64;
/** Blocks in the shared claims (one byte each, 4 MB: 268 million examples); past them, blocks alternate. */
const SHARE_BLOCKS = 1 << 22;

/**
 * Below this much data a worker's start (loading its bundle, about 0.1 s) costs more than it saves. The
 * environment's DATASET_CI_THREADS overrides it, as the tests do on small files.
 */
const MIN_THREADED_BYTES = 16 * 1024 * 1024;
/**
 * From this many threads the stateful rules are split over two workers (planWork). Below it the one
 * stateful worker does not bound the wall time, and the split costs the second worker its own comparable
 * forms and fingerprints of every example. Per-thread CPU at 1M examples (docs/benchmarks.md): four
 * threads, the busiest 14.6 s → 12.0 s (means of 3 runs) for 42.4 → 43.0 s in all; three threads,
 * 13.4 s → 14.2 s.
 */
const SPLIT_STATEFUL_FROM = 4;
/** More threads than this each read every record again for a smaller share of the rest. */
const MAX_DEFAULT_THREADS = 4;

export interface WorkerInput {
  options: Omit<CheckOptions, "onProgress" | "onThreads" | "baseline" | "threads">;
  /** Who does what: the same plan in every thread. */
  plan: WorkPlan;
  /** This worker's thread number in the plan (the main thread is 0). */
  thread: number;
}

export type WorkerOutput = ({ ok: true } & ThreadResult) | { ok: false; message: string; stack?: string };

/**
 * How many threads to use: the option (the CLI and the action read DATASET_CI_THREADS into it), else one per core (at most
 * MAX_DEFAULT_THREADS) when the data is large enough to repay a worker's start.
 */
function threadCount(options: CheckOptions, bytes: () => number): number {
  if (options.threads !== undefined) return options.threads;
  const cores = Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
  return cores > 1 && bytes() >= MIN_THREADED_BYTES ? cores : 1;
}

/** A thread count as DATASET_CI_THREADS gives it: a whole number from 1; anything else is ignored. */
export function parseThreads(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const count = Number(text);
  return count >= 1 ? Math.min(count, 64) : undefined;
}

/** The files' sizes together (compressed, as they are on disk); a file that cannot be read counts nothing. */
function dataBytes(options: CheckOptions): number {
  let bytes = 0;
  for (const dataset of options.datasets) {
    for (const file of dataset.files) {
      try {
        bytes += statSync(file.path).size;
      } catch {
        // the check reports it
      }
    }
  }
  return bytes;
}

export interface WorkPlan {
  /** The stateful rules each thread runs (thread 0 is the main thread). */
  stateful: string[][];
  /** Which thread claimed each block of examples (thread + 1; 0 while unclaimed), shared by the threads. */
  claims: Uint8Array;
}

/**
 * Who runs the stateful rules: those that look at examples run in the workers, since they share the
 * comparable forms and fingerprints of every example, which a thread computes once for all of them; the
 * main thread, which also runs the readers' checks, keeps the dataset-level ones. From
 * SPLIT_STATEFUL_FROM threads, the rules that shingle words (near-duplicate, split-leakage: signing and
 * banding, the larger part) run in the first worker and the others (the duplicate tables) in the second,
 * so that no one thread holds all of that work. The per-example rules then balance the threads by
 * themselves: a thread with less else to do reaches more blocks first.
 */
export function planWork(options: Pick<CheckOptions, "config">, threads: number): WorkPlan {
  const stateful: string[][] = Array.from({ length: threads }, () => []);
  for (const id of options.config.rules.keys()) {
    const rule = RULES_BY_ID.get(id);
    if (!rule?.stateful) continue;
    let thread = 0;
    if (rule.kind === "example" && threads > 1)
      thread = threads >= SPLIT_STATEFUL_FROM && !rule.wordHashes ? 2 : 1;
    stateful[thread]?.push(id);
  }
  return { stateful, claims: new Uint8Array(new SharedArrayBuffer(SHARE_BLOCKS)) };
}

/**
 * One thread's part of a plan. A worker's part gets `post`, the way to the main thread, to offer it jobs
 * (offered-jobs.ts).
 */
export function threadPart(plan: WorkPlan, thread: number, post?: (offer: JobOffer) => void): ThreadPart {
  const stateful = new Set(plan.stateful[thread]);
  const threads = plan.stateful.length;
  const { claims } = plan;
  let visited = 0;
  let block = -1;
  let mine = false;
  return {
    owns: (id) => {
      const rule = RULES_BY_ID.get(id);
      if (rule?.kind === "reader") return thread === 0;
      return rule?.stateful ? stateful.has(id) : true;
    },
    inShard: () => {
      const current = Math.floor(visited++ / SHARE_BLOCK);
      if (current !== block) {
        block = current;
        if (block < claims.length) {
          // Claimed now, or laid out for this thread beforehand (as the tests lay them out).
          const before = Atomics.compareExchange(claims, block, 0, thread + 1);
          mine = before === 0 || before === thread + 1;
        } else {
          mine = block % threads === thread;
        }
      }
      return mine;
    },
    ...(post ? { share: (ruleId, input, resultLength) => offerJob(post, ruleId, input, resultLength) } : {}),
    fileFindings: [],
    datasetFindings: [],
    counts: [],
  };
}

/**
 * Starts the worker threads when the check should use them: returns the main thread's part and the
 * workers' results to come, or null to check in this thread alone.
 */
export async function startThreads(options: CheckOptions): Promise<{
  main: ThreadPart;
  workers: Promise<ThreadResult[]>;
  threads: number;
} | null> {
  const threads = threadCount(options, () => dataBytes(options));
  if (threads <= 1) return null;
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (!existsSync(workerFile)) return null;
  const plan = planWork(options, threads);
  const { config, datasets, fingerprints, baseline, parquetDeadlineMs } = options;
  const workerOptions: WorkerInput["options"] = {
    config,
    datasets,
    ...(parquetDeadlineMs !== undefined ? { parquetDeadlineMs } : {}),
    // Findings need their fingerprint before the baseline is applied, in every thread.
    fingerprints: fingerprints === true || baseline !== undefined,
  };
  const desk = new JobDesk();
  const workers = Promise.all(
    Array.from({ length: threads - 1 }, (_, i) =>
      runWorker(
        workerFile,
        {
          options: workerOptions,
          plan,
          thread: i + 1,
        },
        desk,
      ),
    ),
  );
  // Not awaited until the main thread is done: a failure must not go unhandled meanwhile.
  workers.catch(() => {});
  return { main: { ...threadPart(plan, 0), done: () => desk.openDesk() }, workers, threads };
}

function runWorker(file: string, input: WorkerInput, desk: JobDesk): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: input });
    let settled = false;
    worker.on("message", (output: WorkerOutput | JobOffer) => {
      if ("type" in output) {
        desk.receive(output);
        return;
      }
      settled = true;
      if (output.ok)
        resolve({
          fileFindings: output.fileFindings,
          datasetFindings: output.datasetFindings,
          counts: output.counts,
        });
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
