import type { Config } from "../config/config.js";
import type { DatasetTask } from "../config/tasks.js";
import type { Baseline } from "./baseline-match.js";

export interface Progress {
  file: string;
  /** Examples read so far in this file. */
  examples: number;
}

export interface CheckOptions {
  config: Config;
  datasets: DatasetTask[];
  /** Called every PROGRESS_EVERY examples and at the end of each file. */
  onProgress?: (progress: Progress) => void;
  /** Findings it accepts are marked baselined and do not count toward the gate. */
  baseline?: Baseline;
  /** Gives every finding its fingerprint (implied by `baseline`): for writing a baseline. */
  fingerprints?: boolean;
  /**
   * Threads to check with (threads.ts): 1 checks in this thread only; more run shares of the rules in
   * worker threads, each reading the files too. Default: by the data's size (threads.ts); the CLI and the
   * action pass DATASET_CI_THREADS here.
   */
  threads?: number;
  /** Every Parquet decoding step's deadline in ms (ReadLimits.parquetDeadlineMs); the shells set it. */
  parquetDeadlineMs?: number;
  /** Told how many threads the check runs in (1 without workers), before it starts reading. */
  onThreads?: (threads: number) => void;
}

/** How often (in examples) a file's progress is told. */
export const PROGRESS_EVERY = 5000;
