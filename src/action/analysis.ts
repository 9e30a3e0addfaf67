import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import { z } from "zod";
import { type Report, reportSchema } from "../model/report.js";
import { count, name, share, text } from "../model/schema-bounds.js";
import type { Delta } from "../report/delta.js";
import { jsonChunks } from "../report/json-chunks.js";
import { writeFileChunks } from "../report/write-chunks.js";
import type { FileDiffLines } from "./diff-lines.js";

/**
 * The analysis an `analyze` run uploads for a later `publish` run: the Report data (never rendered
 * Markdown), the pull request it claims to be about, and the notes the comment would carry. A publish run
 * treats all of it as untrusted: a pull request from a fork may change the workflow that uploads it.
 */
export interface Analysis {
  "dataset-ci-analysis": typeof ANALYSIS_VERSION;
  /** The pull request checked (baseRef: the branch it targeted when checked; older analyses lack it); or, in
   * a merge queue, `mergeGroup`: the queue's commit and its base. */
  pullRequest?: { number: number; headSha: string; baseSha: string; baseRef?: string };
  mergeGroup?: { headSha: string; baseSha: string };
  notes: string[];
  report: Report;
  facts: PullRequestFacts;
}

/**
 * What only a checkout of the pull request can tell the sinks, as plain data: what the pull request does
 * to its datasets (base against head) and each changed file's diff lines (where review comments may sit).
 * A publish run has no checkout, so it takes them from here. (The records' end lines and fixes are the
 * findings' own: the report carries them.)
 */
export interface PullRequestFacts {
  delta?: Delta;
  patches: Record<string, FileDiffLines>;
}

export const ANALYSIS_VERSION = 1;
/** The artifact's name: one file, uploaded unzipped, so it is the file's name too. */
export const ANALYSIS_ARTIFACT = "dataset-ci-analysis.json";
/**
 * The largest analysis a publish run reads. Our own bound, not GitHub's: far above a real report (a PR with
 * 3,000 findings writes about 1 MB), low enough that a forged artifact cannot exhaust the runner.
 */
export const ANALYSIS_MAX_BYTES = 32 * 1024 * 1024;

const MAX_NOTES = 20;

const sha = z.string().regex(/^[0-9a-f]{40}$/, "should be a commit SHA");

const severityCounts = z.object({ error: count, warning: count, notice: count });

const deltaSchema = z.object({
  datasets: z.array(
    z.object({
      name,
      examplesBefore: count,
      examplesAfter: count,
      records: z.object({ added: count, removed: count }).optional(),
      categories: z.array(
        z.object({
          name,
          countBefore: count,
          countAfter: count,
          shareBefore: share,
          shareAfter: share,
          min: share.optional(),
          max: share.optional(),
          okBefore: z.boolean(),
          okAfter: z.boolean(),
          needed: count,
          excess: count,
        }),
      ),
    }),
  ),
  introduced: severityCounts,
  fixed: severityCounts,
}) satisfies z.ZodType<Delta>;

/** A line number list of one file's patch: bounded by what a diff GitHub shows can hold. */
const lineList = z.array(count.min(1)).max(1_000_000);

const factsSchema = z.object({
  delta: deltaSchema.optional(),
  patches: z.record(name, z.object({ added: lineList, commentable: lineList })),
}) satisfies z.ZodType<PullRequestFacts>;

export const analysisSchema = z
  .object({
    "dataset-ci-analysis": z.literal(ANALYSIS_VERSION),
    pullRequest: z
      .object({ number: count.min(1), headSha: sha, baseSha: sha, baseRef: name.optional() })
      .optional(),
    mergeGroup: z.object({ headSha: sha, baseSha: sha }).optional(),
    notes: z.array(text).max(MAX_NOTES),
    report: reportSchema,
    // An analysis without facts publishes the report without a review or a before/after comparison.
    facts: factsSchema.default({ patches: {} }),
  })
  .refine((analysis) => (analysis.pullRequest === undefined) !== (analysis.mergeGroup === undefined), {
    message: "should name either a pull request or a merge group",
  }) satisfies z.ZodType<Analysis>;

/** Writes the analysis under `directory` and uploads it as this run's artifact; returns its id. */
export async function uploadAnalysis(
  analysis: Analysis,
  directory: string,
  name: string = ANALYSIS_ARTIFACT,
): Promise<number | undefined> {
  const folder = path.join(directory, "dataset-ci-analysis");
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, name);
  // Written as it is rendered: the report it holds lists every finding (some 140,000 at a million examples).
  await writeFileChunks(file, jsonChunks(analysis, { compact: true }));
  // Unzipped: the publish run reads one JSON file and never unpacks an archive a fork may have forged.
  const result = await new DefaultArtifactClient().uploadArtifact(name, [file], folder, {
    skipArchive: true,
  });
  return result.id;
}

export class AnalysisRefused extends Error {}

/**
 * Downloads the artifact (raw, never unzipped) into a fresh directory under `directory` and parses it.
 * Throws AnalysisRefused, in one line, for anything but a well-formed analysis within the bounds.
 */
export async function downloadAnalysis(
  artifact: { id: number; digest: string | null | undefined },
  run: { owner: string; repo: string; runId: number },
  token: string,
  directory: string,
): Promise<Analysis> {
  await mkdir(directory, { recursive: true });
  const folder = await mkdtemp(path.join(directory, "dataset-ci-analysis-"));
  try {
    const { digestMismatch } = await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: folder,
      skipDecompress: true,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      findBy: {
        token,
        repositoryOwner: run.owner,
        repositoryName: run.repo,
        workflowRunId: run.runId,
      },
    });
    if (digestMismatch) throw new AnalysisRefused("its content does not match the digest GitHub recorded");
    const entries = await readdir(folder, { withFileTypes: true });
    const [entry] = entries;
    if (entries.length !== 1 || !entry?.isFile()) {
      throw new AnalysisRefused("it should hold exactly one file");
    }
    const file = path.join(folder, entry.name);
    if ((await stat(file)).size > ANALYSIS_MAX_BYTES) {
      throw new AnalysisRefused(`it is larger than ${ANALYSIS_MAX_BYTES} bytes`);
    }
    return parseAnalysis(await readFile(file, "utf8"));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Parses an analysis from text; throws AnalysisRefused naming the first few problems. */
export function parseAnalysis(content: string): Analysis {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new AnalysisRefused("it is not JSON");
  }
  const parsed = analysisSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".").slice(0, 80) || "(top)"}: ${issue.message.slice(0, 80)}`);
    throw new AnalysisRefused(`it is malformed (${problems.join("; ")})`);
  }
  return parsed.data;
}
