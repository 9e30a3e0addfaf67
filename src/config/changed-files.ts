import { stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import { sortByPreferenceData } from "../read/holds-preference-data.js";
import type { Config } from "./config.js";
import { DATASET_FILE_GLOB, datasetMatcher, displayPath } from "./discover.js";

/** Which of the files a change touched a check takes, and why it leaves out the others. */
export interface ChangedSelection {
  /** The files to check, relative to the root (forward slashes), in the order given. */
  checked: string[];
  /** Files left out: of no configured dataset, or (without datasets in the config) holding no preference data. */
  skipped: string[];
  /** Why the skipped files are left out, for the note that names them. */
  skippedBecause: "in no dataset of the config" | "holding no preference data";
}

/**
 * Picks, from the files a change touched (the staged files a pre-commit hook is given), those a check takes,
 * as the action does on a pull request. With datasets in the config: the files of one of its datasets; the
 * check then reads each of those datasets whole, so that its gates (min-size, distribution) count every
 * example and not only the changed files'. Without: the files with a dataset extension that hold
 * preference records (package.json and tsconfig.json have a dataset extension too), checked as one dataset
 * with the seed's defaults. A file that is not there (removed by the change) is neither checked nor skipped.
 */
export async function selectChangedFiles(
  config: Config,
  files: string[],
  root: string,
): Promise<ChangedSelection> {
  const present: string[] = [];
  for (const file of new Set(files.map((file) => displayPath(file, root)))) {
    const info = await stat(path.resolve(root, file)).catch(() => null);
    if (info?.isFile()) present.push(file);
  }
  if (config.datasets.length > 0) {
    const inDataset = datasetMatcher(config);
    return {
      checked: present.filter(inDataset),
      skipped: present.filter((file) => !inDataset(file)),
      skippedBecause: "in no dataset of the config",
    };
  }
  const hasDatasetExtension = picomatch(DATASET_FILE_GLOB, { dot: true });
  const { holding, notHolding } = await sortByPreferenceData(
    present.filter((file) => hasDatasetExtension(file)),
    root,
  );
  return {
    checked: holding,
    skipped: [...notHolding, ...present.filter((file) => !hasDatasetExtension(file))],
    skippedBecause: "holding no preference data",
  };
}
