import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import {
  JobDesk,
  type JobOffer,
  type JobsByRule,
  offerJob,
  runOfferedJob,
} from "../src/check/offered-jobs.js";

// A worker offers part of a rule's end to the main thread (src/check/offered-jobs.ts). Whoever runs it, the
// job runs exactly once and its answer is the one the worker gets.

/** A job that writes `value` into every number of its result, counting its runs in `runs`. */
function counting(value: number, runs: { count: number }): JobsByRule {
  return () => (_input, result) => {
    runs.count++;
    result.fill(value);
  };
}

describe("a job offered to the main thread", () => {
  it("is the main thread's answer when the main thread ran it first", () => {
    const here = { count: 0 };
    const there = { count: 0 };
    const offers: JobOffer[] = [];
    const answer = offerJob((offer) => offers.push(offer), "r", {}, 3, counting(1, here));
    expect(offers).toHaveLength(1);
    runOfferedJob(offers[0] as JobOffer, counting(2, there));
    expect([...answer()]).toEqual([2, 2, 2]);
    expect([here.count, there.count]).toEqual([0, 1]);
  });

  it("is run by the worker when the main thread has not started it, and then never by the main thread", () => {
    const here = { count: 0 };
    const there = { count: 0 };
    const offers: JobOffer[] = [];
    const answer = offerJob((offer) => offers.push(offer), "r", {}, 3, counting(1, here));
    expect([...answer()]).toEqual([1, 1, 1]);
    runOfferedJob(offers[0] as JobOffer, counting(2, there));
    expect([here.count, there.count]).toEqual([1, 0]);
  });

  it("is run by the worker when it failed in the main thread", () => {
    const here = { count: 0 };
    const offers: JobOffer[] = [];
    const answer = offerJob((offer) => offers.push(offer), "r", {}, 2, counting(1, here));
    runOfferedJob(offers[0] as JobOffer, () => () => {
      throw new Error("out of memory");
    });
    expect([...answer()]).toEqual([1, 1]);
    expect(here.count).toBe(1);
  });

  it("waits at the main thread's desk until its own part is done, unless taken back meanwhile", () => {
    const here = { count: 0 };
    const there = { count: 0 };
    const desk = new JobDesk(counting(2, there));
    const post = (offer: JobOffer) => desk.receive(offer);
    const takenBack = offerJob(post, "r", {}, 1, counting(1, here));
    const left = offerJob(post, "r", {}, 1, counting(1, here));
    // The main thread is still busy with its own part: a worker that asks now runs its job itself.
    expect([...takenBack()]).toEqual([1]);
    expect(there.count).toBe(0);
    desk.openDesk();
    expect([...left()]).toEqual([2]);
    // Once the desk is open, an offer runs as it comes.
    const late = offerJob(post, "r", {}, 1, counting(1, here));
    expect([there.count, here.count]).toEqual([2, 1]);
    expect([...late()]).toEqual([2]);
  });

  it("is waited for by the worker while the main thread runs it", async () => {
    // A worker thread offers a job; this thread starts it and, while it runs, tells the worker to ask for
    // the answer: the worker must wait for this thread's answer, not run the job itself.
    // The worker runs the TypeScript source through tsx's loader, registered in the worker itself.
    const tsx = createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs");
    const file = path.resolve(import.meta.dirname, "support/offering-worker.ts");
    const start = `const { register } = await import(${JSON.stringify(pathToFileURL(tsx).href)}); register();
      await import(${JSON.stringify(pathToFileURL(file).href)});`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(start)}`));
    const failed = new Promise<never>((_resolve, reject) => worker.once("error", reject));
    const offer = await Promise.race([
      new Promise<JobOffer>((resolve) => worker.once("message", resolve)),
      failed,
    ]);
    const answered = new Promise<number[]>((resolve) => worker.once("message", resolve));
    runOfferedJob(offer, () => (_input, result) => {
      worker.postMessage("ask now");
      const until = Date.now() + 300;
      while (Date.now() < until); // a job that takes a while
      result.fill(9);
    });
    expect(await Promise.race([answered, failed])).toEqual([9, 9]);
    await worker.terminate();
  });
});
