// What a rule says about a line, file or dataset, and the severities that decide the verdict.
import { z } from "zod";
import { count, name, text } from "./schema-bounds.js";

export const SEVERITIES = ["error", "warning", "notice"] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; used to order findings and to apply `fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/**
 * A correction that is mechanical and certain, as ESLint's fix is a range and its new text: here lines
 * `line` to `endLine` of the file (1-based, inclusive) and the text they should read instead, without the
 * final line break. The review offers it as a one-click GitHub suggestion.
 */
export const findingFixSchema = z.object({
  line: count.min(1),
  endLine: count.min(1),
  text,
});

export type FindingFix = z.infer<typeof findingFixSchema>;

/**
 * What a rule or reader says about a line; the engine adds the rule id and the configured severity. The
 * schema is the type (Finding is inferred from it) and validates a report read back (action/analysis.ts).
 */
export const findingSchema = z.object({
  // Rendered as **rule** next to the registry's text: only a rule id's characters are allowed.
  rule: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "should be a rule id"),
  severity: z.enum(SEVERITIES),
  /** 1-based line; 1 for findings about the whole file. Absent for dataset-level findings. */
  line: count.min(1).optional(),
  /**
   * The line the record ends on, when it spans lines (a pretty-printed JSON array element, a CSV row
   * with a quoted cell that breaks lines): absent when it is `line`.
   */
  endLine: count.min(1).optional(),
  /**
   * 1-based row, instead of `line`, in a file whose records have no lines (Parquet). Findings about a
   * whole Parquet file have neither.
   */
  row: count.min(1).optional(),
  /** The field the finding is about, as a path into the record (`chosen`, `conversations[2].value`). */
  field: name.optional(),
  message: text,
  /** A short piece of the offending text, already bounded; renderers still escape it. */
  excerpt: text.optional(),
  /** The record's lines as they should read, when the fix is mechanical and certain. */
  fix: findingFixSchema.optional(),
  /**
   * Identifies the finding across runs by its rule and content, not its line (see src/check/content-hash.ts);
   * computed when a baseline is in use or being written. base64url of a sha256 prefix.
   */
  fingerprint: z
    .string()
    .regex(/^[0-9A-Za-z_-]{1,128}$/)
    .optional(),
  /** The baseline accepts this finding: it is reported but does not count toward the gate. */
  baselined: z.literal(true).optional(),
});

export type Finding = z.infer<typeof findingSchema>;

export const FAIL_ON_LEVELS = [...SEVERITIES, "never"] as const;

export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/**
 * The one validation of a fail-on value, wherever it comes from: the config's `fail-on`, the CLI's
 * `--fail-on`, the action's `fail-on` input and an analysis artifact's report.
 */
export const failOnSchema = z.enum(FAIL_ON_LEVELS, {
  message: `should be one of ${FAIL_ON_LEVELS.slice(0, -1).join(", ")} or ${FAIL_ON_LEVELS.at(-1)}`,
});
