// A worker thread for test/offered-jobs.test.ts: offers a job with the real offerJob, then, when told, asks for
// its answer and posts it back.
import { parentPort } from "node:worker_threads";
import { type JobOffer, offerJob } from "../../src/check/offered-jobs.js";

const port = parentPort;
if (port) {
  const answer = offerJob(
    (offer: JobOffer) => port.postMessage(offer),
    "r",
    {},
    2,
    () => (_input, result) => {
      result.fill(1); // the worker's own run, if it had to
    },
  );
  port.once("message", () => port.postMessage([...answer()]));
}
