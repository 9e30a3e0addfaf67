// What a rule says about a line, file or dataset, and the severities that decide the verdict.

import { z } from "zod";

export const SEVERITIES = ["error", "warning", "notice"] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; used to order findings and to apply `fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** What a rule or reader says about a line; the engine adds the rule id and the configured severity. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** 1-based line; 1 for findings about the whole file. Absent for dataset-level findings. */
  line?: number;
  /**
   * 1-based row, instead of `line`, in a file whose records have no lines (Parquet). Findings about a
   * whole Parquet file have neither.
   */
  row?: number;
  /** The field the finding is about, as a path into the record (`chosen`, `conversations[2].value`). */
  field?: string;
  message: string;
  /** A short piece of the offending text, already bounded; renderers still escape it. */
  excerpt?: string;
  /**
   * Identifies the finding across runs by its rule and content, not its line (see src/check/content-hash.ts);
   * computed when a baseline is in use or being written.
   */
  fingerprint?: string;
  /** The baseline accepts this finding: it is reported but does not count toward the gate. */
  baselined?: true;
}

export const FAIL_ON_LEVELS = [...SEVERITIES, "never"] as const;

export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/**
 * The one validation of a fail-on value, wherever it comes from: the config's `fail-on`, the CLI's
 * `--fail-on`, the action's `fail-on` input and an analysis artifact's report.
 */
export const failOnSchema = z.enum(FAIL_ON_LEVELS, {
  message: `should be one of ${FAIL_ON_LEVELS.slice(0, -1).join(", ")} or ${FAIL_ON_LEVELS.at(-1)}`,
});
