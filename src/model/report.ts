import type { ContainerName, ShapeName } from "./example.js";
import type { FailOn, Finding } from "./finding.js";

/** The report's JSON shape (`--format json`, the action's `report` output). Keys may be added, never changed. */
export const REPORT_VERSION = 1;

export interface FileReport {
  path: string;
  /** null when the file was not read as data (an LFS pointer, unreadable). */
  container: ContainerName | null;
  compression: "gzip" | "zstd" | null;
  /** null when no record had a preference shape. */
  shape: ShapeName | null;
  examples: number;
  /** The file's split (train, test, validation, …), when the config declares it or its name tells it. */
  split?: string;
  findings: Finding[];
  /** What the reader wants a person to know that is not a finding (rules that did not apply, and why). */
  notes: string[];
}

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

export interface DatasetReport {
  name: string;
  files: string[];
  examples: number;
  "min-size": number;
  recommended?: [number, number];
  /** Examples carrying a category of the taxonomy: the denominator of the shares. */
  categorised: number;
  categories: CategoryReport[];
  findings: Finding[];
}

export interface Summary {
  files: number;
  examples: number;
  errors: number;
  warnings: number;
  notices: number;
  /** Findings the baseline accepts: reported, not counted above, never failing the gate. */
  baselined: number;
}

export interface Report {
  version: typeof REPORT_VERSION;
  passed: boolean;
  "fail-on": FailOn;
  summary: Summary;
  files: FileReport[];
  datasets: DatasetReport[];
}

/** One category of a dataset against its target band, as reports show it. */
export interface CategoryReport {
  name: string;
  count: number;
  /** Share of the categorised examples, 0–1. */
  share: number;
  min?: number;
  max?: number;
  ok: boolean;
  /** Examples of this category to add to reach the band's minimum (0 when inside or over). */
  needed: number;
  /** Examples of this category over the band's maximum: remove this many, or add others. */
  excess: number;
}
