// A stateful rule's end can be long (near-duplicate's banding: 1.6 s at a million examples) while the main
// thread, done with its own part, only waits for the workers. So a worker offers the main thread part of it
// (RuleContext.share, Rule.job) and goes on with the rest; then takes the job back if the main thread has
// not started it, or waits for its answer. The main thread starts offered jobs only once its own part is
// done (JobDesk): where it is the busiest thread, as with four threads, it would otherwise make itself
// busier still. One word of shared state settles who runs the job, so it runs exactly once; the worker
// waits only for a job the main thread has already started, and the main thread never waits, so neither
// can hold the other up for long.
import { RULES_BY_ID } from "../rules/registry.js";
import type { RuleJob } from "../rules/rule.js";

const OFFERED = 0;
const STARTED = 1;
const DONE = 2;
const TAKEN_BACK = 3;
const FAILED = 4;

/** A rule's job, by the rule's id. */
export type JobsByRule = (ruleId: string) => RuleJob | undefined;
const RULE_JOBS: JobsByRule = (ruleId) => RULES_BY_ID.get(ruleId)?.job;

/** What a worker posts to the main thread: the job (by its rule), its input, and where its answer goes. */
export interface JobOffer {
  type: "job";
  ruleId: string;
  input: unknown;
  /** One of OFFERED, STARTED, DONE, TAKEN_BACK, FAILED. */
  state: Int32Array;
  result: Int32Array;
}

/**
 * Offers rule `ruleId`'s job on `input` through `post`; returns the function that gives its result: the main
 * thread's when it started the job, else this thread's own run of it.
 */
export function offerJob(
  post: (offer: JobOffer) => void,
  ruleId: string,
  input: unknown,
  resultLength: number,
  jobs: JobsByRule = RULE_JOBS,
): () => Int32Array {
  const job = jobs(ruleId);
  if (!job) throw new Error(`rule ${ruleId} has no job to offer`);
  const state = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const result = new Int32Array(new SharedArrayBuffer(resultLength * Int32Array.BYTES_PER_ELEMENT));
  post({ type: "job", ruleId, input, state, result });
  return () => {
    if (Atomics.compareExchange(state, 0, OFFERED, TAKEN_BACK) !== OFFERED) {
      while (Atomics.load(state, 0) === STARTED) Atomics.wait(state, 0, STARTED);
      if (Atomics.load(state, 0) === DONE) return result;
    }
    // Not started there, or failed there: run here.
    job(input, result);
    return result;
  };
}

/** Runs an offered job in this (the main) thread unless its worker took it back first. */
export function runOfferedJob(offer: JobOffer, jobs: JobsByRule = RULE_JOBS): void {
  if (Atomics.compareExchange(offer.state, 0, OFFERED, STARTED) !== OFFERED) return;
  let outcome = FAILED;
  try {
    const job = jobs(offer.ruleId);
    if (job) {
      job(offer.input, offer.result);
      outcome = DONE;
    }
  } catch {
    // The worker runs the job itself and reports its error, as it would have without the offer.
  }
  Atomics.store(offer.state, 0, outcome);
  Atomics.notify(offer.state, 0);
}

/** The main thread's side: offers wait until its own part is done, then run as they come. */
export class JobDesk {
  private open = false;
  private readonly waiting: JobOffer[] = [];

  constructor(private readonly jobs: JobsByRule = RULE_JOBS) {}

  /** A worker's offer: run now if the main thread's part is done, else kept until it is. */
  receive(offer: JobOffer): void {
    if (this.open) runOfferedJob(offer, this.jobs);
    else this.waiting.push(offer);
  }

  /** The main thread's own part is done: runs the offers its workers have not taken back, and each to come. */
  openDesk(): void {
    this.open = true;
    for (const offer of this.waiting.splice(0)) runOfferedJob(offer, this.jobs);
  }
}
