import { realpath } from "node:fs/promises";
import path from "node:path";
import { isObject } from "./messages.js";
import { openDataset } from "./open-dataset.js";
import { detectShape } from "./shapes.js";

/**
 * How many records of a file are looked at to tell whether it holds preference data: a dataset's first
 * records are preference records (a few broken ones aside); a package.json or a CSV of metrics has none.
 */
const SNIFF_RECORDS = 50;

/**
 * Whether a file holds preference records: "yes" when one of its first records has a preference shape,
 * "no" when none has (or it cannot be read as records at all), "absent" when it is not there. A file
 * whose real path leaves the root is "yes": the check then refuses it with a finding.
 *
 * Without a config, this is what tells a dataset from the other files with a dataset extension
 * (package.json, tsconfig.json) among the files a change touched: the action's and the pre-commit hook's.
 */
export async function holdsPreferenceData(file: string, root: string): Promise<"yes" | "no" | "absent"> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return "absent";
  }
  const realRoot = await realpath(root).catch(() => root);
  const relative = path.relative(realRoot, real);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return "yes";
  try {
    const opened = await openDataset(real);
    // A pointer is a dataset kept in Git LFS: its own rule explains what to do.
    if (opened.kind === "lfs-pointer") return "yes";
    if (opened.kind === "not-text") return "no";
    let seen = 0;
    for await (const chunk of opened.records) {
      for (const record of chunk) {
        if (record.error === undefined && isObject(record.value) && detectShape(record.value) !== null) {
          return "yes";
        }
        if (++seen >= SNIFF_RECORDS) return "no";
      }
    }
    return "no";
  } catch {
    return "no";
  }
}

/**
 * The files, by whether they hold preference records (holdsPreferenceData); files that are not there
 * (removed or renamed away) are in neither list. The action's zero-config run, `check --changed` and
 * `init` sort their candidate files with it.
 */
export async function sortByPreferenceData(
  files: readonly string[],
  root: string,
): Promise<{ holding: string[]; notHolding: string[] }> {
  const sorted = { holding: [] as string[], notHolding: [] as string[] };
  for (const file of files) {
    const verdict = await holdsPreferenceData(path.resolve(root, file), root);
    if (verdict === "yes") sorted.holding.push(file);
    else if (verdict === "no") sorted.notHolding.push(file);
  }
  return sorted;
}
