// A worker thread's entry (threads.ts): checks the rules it is given and posts its findings with their keys.
// Bundled as dist/check-worker.js, next to dist/index.js and dist/cli.js, which start it.
import { parentPort, workerData } from "node:worker_threads";
import { checkThreadPart } from "./engine.js";
import type { WorkerInput, WorkerOutput } from "./threads.js";

const input = workerData as WorkerInput;
let output: WorkerOutput;
try {
  output = { ok: true, ...(await checkThreadPart(input.options, input.owned)) };
} catch (error) {
  output = {
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
  };
}
parentPort?.postMessage(output);
