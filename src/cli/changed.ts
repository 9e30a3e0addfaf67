import { selectChangedFiles } from "../config/changed-files.js";
import type { Config } from "../config/config.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { plural } from "../report/verdict.js";

/** How many skipped files the note names; the rest are counted. */
const NAMED_MAX = 10;

/**
 * The paths `check --changed` checks, of the files a change touched, with a note on stderr naming those it
 * skips (pre-commit shows a hook's output when it fails, or with --verbose). None: nothing to check.
 */
export async function changedPaths(
  config: Config,
  files: string[],
  cwd: string,
  stderr: NodeJS.WritableStream,
): Promise<string[]> {
  const { checked, skipped, skippedBecause } = await selectChangedFiles(config, files, cwd);
  if (skipped.length > 0) {
    const named = skipped.slice(0, NAMED_MAX).map((file) => terminalSafe(file, 200));
    const more = skipped.length > NAMED_MAX ? ` and ${skipped.length - NAMED_MAX} more` : "";
    stderr.write(
      `dataset-ci: skipped ${plural(skipped.length, "file")} ${skippedBecause}: ${named.join(", ")}${more}\n`,
    );
  }
  if (checked.length === 0) {
    stderr.write(
      config.datasets.length > 0
        ? "dataset-ci: no changed file belongs to a dataset of the config: nothing to check\n"
        : "dataset-ci: no changed file holds preference data: nothing to check\n",
    );
  }
  return checked;
}
