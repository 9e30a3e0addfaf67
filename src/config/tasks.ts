import type { DatasetInfo } from "../rules/rule.js";

// What a check is asked to do: the datasets, and the files each one reads.

export interface FileTask {
  /** Where to read the file. */
  path: string;
  /** How reports name it (a path relative to the repository root). */
  display: string;
  /**
   * Whether its per-example findings are reported. A file read only for the dataset-level checks
   * (an unchanged file of a dataset a pull request touches) counts toward size, distribution and
   * duplicates, but its own findings are not this change's.
   */
  report: boolean;
  /**
   * When set, the file is read only if its real path (symlinks resolved) lies inside this directory:
   * the action sets it to the workspace, so a link in a pull request cannot make it read the runner's files.
   */
  confineTo?: string;
  /** The split the file belongs to (train, test, validation, …), declared in config or told by its name. */
  split?: string;
}

export interface DatasetTask {
  info: DatasetInfo;
  files: FileTask[];
}
