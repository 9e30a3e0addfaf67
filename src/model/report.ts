import { z } from "zod";
import { CONTAINER_NAMES, SHAPE_NAMES } from "./example.js";
import { failOnSchema, findingSchema } from "./finding.js";
import { count, name, share, text } from "./schema-bounds.js";

// The report's JSON shape (`--format json`, the action's `report` output, the analysis a publish run
// reads back). One schema: the types are inferred from it, and action/analysis.ts validates with it.

/** Keys may be added, never changed. */
export const REPORT_VERSION = 1;

/** One category of a dataset against its target band, as reports show it. */
export const categoryReportSchema = z.object({
  name,
  count,
  /** Share of the categorised examples, 0–1. */
  share,
  min: share.optional(),
  max: share.optional(),
  ok: z.boolean(),
  /** Examples of this category to add to reach the band's minimum (0 when inside or over). */
  needed: count,
  /** Examples of this category over the band's maximum: remove this many, or add others. */
  excess: count,
});

export type CategoryReport = z.infer<typeof categoryReportSchema>;

export const fileReportSchema = z.object({
  path: name,
  /** null when the file was not read as data (an LFS pointer, unreadable). */
  container: z.enum(CONTAINER_NAMES).nullable(),
  compression: z.enum(["gzip", "zstd"]).nullable(),
  /** null when no record had a preference shape. */
  shape: z.enum(SHAPE_NAMES).nullable(),
  examples: count,
  /** The file's split (train, test, validation, …), when the config declares it or its name tells it. */
  split: name.optional(),
  findings: z.array(findingSchema),
  /** What the reader wants a person to know that is not a finding (rules that did not apply, and why). */
  notes: z.array(text),
});

export type FileReport = z.infer<typeof fileReportSchema>;

/** A file's report before it is read: nothing found yet. */
export function emptyFileReport(path: string, split?: string): FileReport {
  return {
    path,
    container: null,
    compression: null,
    shape: null,
    examples: 0,
    ...(split !== undefined ? { split } : {}),
    findings: [],
    notes: [],
  };
}

export const datasetReportSchema = z.object({
  name,
  files: z.array(name),
  examples: count,
  "min-size": count,
  recommended: z.tuple([count, count]).optional(),
  /** Examples carrying a category of the taxonomy: the denominator of the shares. */
  categorised: count,
  categories: z.array(categoryReportSchema),
  findings: z.array(findingSchema),
});

export type DatasetReport = z.infer<typeof datasetReportSchema>;

export const summarySchema = z.object({
  files: count,
  examples: count,
  errors: count,
  warnings: count,
  notices: count,
  /** Findings the baseline accepts: reported, not counted above, never failing the gate. */
  baselined: count,
});

export type Summary = z.infer<typeof summarySchema>;

export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  passed: z.boolean(),
  "fail-on": failOnSchema,
  summary: summarySchema,
  files: z.array(fileReportSchema),
  datasets: z.array(datasetReportSchema),
});

export type Report = z.infer<typeof reportSchema>;
