import { z } from "zod";
import { DEFAULT_CONFIG_PATH } from "../config/config.js";
import { describeIssue, orList } from "../config/config-messages.js";
import { globProblem } from "../config/safe-glob.js";
import { failOnSchema } from "../model/finding.js";
import { ANNOTATIONS_PER_JOB } from "../report/github-limits.js";
import { SCOPES } from "../report/scope.js";

/** How the run divides the work: see docs/action.md#fork-pull-requests. */
export const MODES = ["check", "analyze", "publish"] as const;
export type Mode = (typeof MODES)[number];

/** When the pull request comment is posted: see action.yml. */
export const COMMENT_MODES = ["always", "changes", "failures", "off"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Which findings fail the step: every one (all) or only those the pull request brings (regressions). */
export const GATES = ["all", "regressions"] as const;
export type Gate = (typeof GATES)[number];

/**
 * A job's key: it goes into the comment's marker, the artifact's name, the check run's name and the
 * commit status's context, so it is short and plain (nothing a marker or a name would have to escape).
 */
const KEY_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;

const booleanInput = z
  .enum(["true", "false"], { message: "should be true or false" })
  .transform((v) => v === "true");

/** The action's inputs (action.yml), validated together so a bad value fails with its input's name. */
export const inputsSchema = z.object({
  "github-token": z.string(),
  config: z.string().min(1),
  /** Globs (one per line or comma-separated) that replace the config's dataset globs. */
  files: z
    .string()
    .transform((text) =>
      text
        .split(/[\n,]/)
        .map((glob) => glob.trim())
        .filter((glob) => glob !== ""),
    )
    .superRefine((globs, context) => {
      for (const glob of globs) {
        const problem = globProblem(glob);
        if (problem)
          context.addIssue({
            code: "custom",
            message: `refused glob ${JSON.stringify(glob.slice(0, 80))}: ${problem}`,
          });
      }
    }),
  /** No default: unset (undefined) leaves the config's fail-on, any value overrides it (merge-inputs.ts). */
  "fail-on": z
    .string()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(failOnSchema.optional()),
  /** true and false, the input's earlier values, read as always and off. */
  comment: z
    .enum([...COMMENT_MODES, "true", "false"], {
      message: `should be one of ${orList(COMMENT_MODES)}`,
    })
    .transform((v): CommentMode => (v === "true" ? "always" : v === "false" ? "off" : v)),
  gate: z.enum(GATES, { message: `should be one of ${orList(GATES)}` }),
  key: z.union([z.literal(""), z.string().regex(KEY_PATTERN, "should be 1–40 letters, digits, _ . or -")]),
  /** check: check and publish in one run; analyze: check and upload the report; publish: post an uploaded report. */
  mode: z.enum(MODES),
  "max-annotations": z.coerce
    .number({ message: "should be a number" })
    .int("should be a whole number")
    .min(0, "should be 0 or more")
    .max(ANNOTATIONS_PER_JOB, `GitHub shows at most ${ANNOTATIONS_PER_JOB} annotations per job`),
  scope: z.enum(SCOPES, { message: `should be one of ${orList(SCOPES)}` }),
  "max-review-comments": z.coerce
    .number({ message: "should be a number" })
    .int("should be a whole number")
    .min(0, "should be 0 or more"),
  "check-run": booleanInput,
  "check-name": z.string().max(100, "should be at most 100 characters"),
});

export type Inputs = z.output<typeof inputsSchema>;

/** Defaults for inputs left empty, the same as action.yml's (a runner passes "" for an unset input). */
export const INPUT_DEFAULTS: Record<keyof z.input<typeof inputsSchema>, string> = {
  "github-token": "",
  config: DEFAULT_CONFIG_PATH,
  files: "",
  "fail-on": "",
  comment: "changes",
  gate: "all",
  key: "",
  mode: "check",
  "max-annotations": "30",
  scope: "changed-lines",
  "max-review-comments": "30",
  "check-run": "false",
  "check-name": "",
};

export class InputError extends Error {}

/** Every input, read in one place when the action runs (never at import time): `read` is the runner's getInput. */
export function readInputs(read: (name: string) => string): Inputs {
  const raw = Object.fromEntries(
    Object.entries(INPUT_DEFAULTS).map(([name, fallback]) => [name, read(name).trim() || fallback]),
  );
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) {
    // A message quotes the value it refuses: never the token's, whatever a later schema asks of it.
    const { "github-token": _token, ...quotable } = raw;
    throw new InputError(
      parsed.error.issues
        .map((issue) => `input ${describeIssue(issue, { input: quotable, knownKeysAt: () => [] })}`)
        .join("; "),
    );
  }
  return parsed.data;
}
