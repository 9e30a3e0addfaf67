import { realpath } from "node:fs/promises";
import path from "node:path";
import { isObject } from "./messages.js";
import { openDataset } from "./open-dataset.js";
import { detectShape } from "./shapes.js";

// Telling a dataset file from any other file with a dataset extension, without a config: the action's
// zero-config run and `dataset-ci init` both ask it.

/**
 * How many records of a file are looked at to tell whether it holds preference data: a dataset's first
 * records are preference records (a few broken ones aside); a package.json or a CSV of metrics has none.
 */
const SNIFF_RECORDS = 50;

/**
 * Whether a file holds preference records: "yes" when one of its first records has a preference shape,
 * "no" when none has (or it cannot be read as records at all), "absent" when it is not there. A file
 * whose real path leaves the workspace is "yes": the check then refuses it with a finding.
 */
export async function holdsPreferenceData(file: string, workspace: string): Promise<"yes" | "no" | "absent"> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return "absent";
  }
  const root = await realpath(workspace).catch(() => workspace);
  const relative = path.relative(root, real);
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
