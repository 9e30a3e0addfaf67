import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Baseline } from "../check/baseline-match.js";
import { readFailure } from "../config/read-failure.js";
import type { Report } from "../model/report.js";
import { VERSION } from "../model/version.js";
import { jsonFileChunks } from "./json-chunks.js";
import { writeFileChunks } from "./write-chunks.js";

// A baseline records today's findings so that only new ones fail the gate: a team adopting dataset-ci on a
// dataset with a thousand old findings fixes them over time, while a pull request adding one more fails.
// A finding is known by a fingerprint of its rule and the content it is about, never its line, so
// inserting or removing records above it does not turn it into a new finding.

export const BASELINE_VERSION = 1;

const baselineSchema = z.object({
  version: z.literal(BASELINE_VERSION),
  findings: z.array(
    z.object({
      fingerprint: z.string().min(1),
      rule: z.string(),
      path: z.string().optional(),
      dataset: z.string().optional(),
    }),
  ),
});

export type BaselineFile = z.infer<typeof baselineSchema>;

export class BaselineError extends Error {}

/** Reads a baseline; `undefined` when the file does not exist, a BaselineError when it is not one. */
export async function loadBaseline(file: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new BaselineError(`cannot read baseline ${file}: ${readFailure(error, "baseline file")}`);
  }
  let parsed: BaselineFile;
  try {
    parsed = baselineSchema.parse(JSON.parse(text));
  } catch {
    throw new BaselineError(
      `${file} is not a dataset-ci baseline (version ${BASELINE_VERSION}): regenerate it with 'dataset-ci baseline'`,
    );
  }
  const baseline: Baseline = new Map();
  for (const entry of parsed.findings) {
    baseline.set(entry.fingerprint, (baseline.get(entry.fingerprint) ?? 0) + 1);
  }
  return baseline;
}

/** The baseline of a report: every finding it holds, in a stable order so the file diffs well. */
export function baselineOf(report: Report): BaselineFile {
  const entries: BaselineFile["findings"] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.fingerprint) entries.push({ fingerprint: f.fingerprint, rule: f.rule, path: file.path });
    }
  }
  for (const dataset of report.datasets) {
    for (const f of dataset.findings) {
      if (f.fingerprint) entries.push({ fingerprint: f.fingerprint, rule: f.rule, dataset: dataset.name });
    }
  }
  const where = (e: (typeof entries)[number]) => e.path ?? `\u0000${e.dataset}`;
  entries.sort(
    (a, b) => compare(where(a), where(b)) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, findings: entries };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function writeBaseline(file: string, baseline: BaselineFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const body = {
    version: baseline.version,
    "generated-by": `dataset-ci ${VERSION}: findings accepted as they are; 'dataset-ci baseline' rewrites this file`,
    findings: baseline.findings,
  };
  // Written as it is rendered: a baseline of a million examples lists every finding with its fingerprint.
  await writeFileChunks(file, jsonFileChunks(body));
}
