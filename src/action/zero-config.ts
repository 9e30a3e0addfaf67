import picomatch from "picomatch";
import { escapePath } from "tinyglobby";
import { type Config, datasetInfo } from "../config/config.js";
import { DATASET_FILE_GLOB, globFiles } from "../config/discover.js";
import { sortByPreferenceData } from "../read/holds-preference-data.js";
import { plural } from "../report/verdict.js";

/** How many skipped files the notice names; the rest are counted. */
const NAMED_MAX = 10;

export interface ZeroConfig {
  config: Config;
  /**
   * The one notice of the run: what was checked with the seed's defaults, and what was skipped; none
   * when no changed file has a dataset extension (a pull request that touches no data stays quiet).
   */
  notice?: string;
}

/**
 * The datasets of a repository without a config file: the changed files (every file, when `changed` is
 * null) with a dataset extension that hold preference records form one dataset, "default", checked with
 * the seed's defaults. A file with such an extension that holds none (package.json, tsconfig.json, a CSV
 * of metrics) is skipped and named in the notice, never an error: only a config makes it a dataset.
 */
export async function zeroConfig(
  config: Config,
  changed: string[] | null,
  workspace: string,
  configPath: string,
): Promise<ZeroConfig> {
  const hasDatasetExtension = picomatch(DATASET_FILE_GLOB, { dot: true });
  const candidates = (changed ?? (await globFiles([DATASET_FILE_GLOB], workspace))).filter((file) =>
    hasDatasetExtension(file),
  );
  // Files removed or renamed away are in neither list: nothing to check.
  const { holding: checked, notHolding: skipped } = await sortByPreferenceData(candidates, workspace);
  if (checked.length + skipped.length === 0) return { config: { ...config, datasets: [] } };
  const datasets =
    checked.length > 0
      ? [{ info: datasetInfo("default"), globs: checked.map((file) => escapePath(file)) }]
      : [];
  const parts = [
    `no config file (${configPath}): ${
      checked.length > 0
        ? `${plural(checked.length, "file")} with a dataset extension checked as one dataset with the seed's defaults`
        : "no changed file holds preference data"
    }`,
  ];
  if (skipped.length > 0) {
    const named = skipped.slice(0, NAMED_MAX).join(", ");
    const more = skipped.length > NAMED_MAX ? ` and ${skipped.length - NAMED_MAX} more` : "";
    parts.push(
      `${plural(skipped.length, "file")} holding no preference data skipped (${named}${more}); a config that declares a file a dataset checks it`,
    );
  }
  return { config: { ...config, datasets }, notice: `${parts.join("; ")}.` };
}
