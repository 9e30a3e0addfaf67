// A worker thread's entry (threads.ts): does its part of the plan and posts its findings with their keys.
// Bundled as dist/check-worker.js, next to dist/index.js and dist/cli.js, which start it.
import { parentPort, workerData } from "node:worker_threads";
import { checkThreadPart } from "./check/check.js";
import type { JobOffer } from "./check/offered-jobs.js";
import { threadPart, type WorkerInput, type WorkerOutput } from "./check/threads.js";

const input = workerData as WorkerInput;
let output: WorkerOutput;
try {
  const post = (offer: JobOffer) => parentPort?.postMessage(offer);
  output = {
    ok: true,
    ...(await checkThreadPart(input.options, threadPart(input.plan, input.thread, post))),
  };
} catch (error) {
  output = {
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
  };
}
parentPort?.postMessage(output);
