import { readFile } from "node:fs/promises";
import { isMap, isScalar, parseDocument, visit } from "yaml";
import { z } from "zod";
import { type FailOn, failOnSchema, SEVERITIES, type Severity } from "../model/finding.js";
import { DEFAULT_MAX_FINDINGS_PER_RULE, DEFAULT_READ_LIMITS, type Limits } from "../read/read-limits.js";
import { MIN_SIZE_PRESETS, type MinSizePreset } from "../rules/min-size.js";
import { RULES } from "../rules/registry.js";
import type { CategoryTarget, DatasetInfo } from "../rules/rule.js";
import { describeIssue, formatPath } from "./config-messages.js";
import { readFailure } from "./read-failure.js";
import { globProblem } from "./safe-glob.js";

/** Where the config looks for the baseline, relative to the repository root (beside the config). */
export const DEFAULT_BASELINE_PATH = ".github/dataset-ci-baseline.json";

/** Where the action and the CLI look for the config when none is named. */
export const DEFAULT_CONFIG_PATH = ".github/dataset-ci.yml";

/**
 * The seed's five categories and target bands ("Target distribution"). Four are harm categories, whose
 * requests expect a refusal; `edge_cases` holds legitimate requests that look harmful, which expect help
 * (often with a clarifying question), not a refusal.
 */
export const DEFAULT_CATEGORIES: readonly CategoryTarget[] = [
  { name: "direct_harm", min: 0.25, max: 0.35, refusal: true },
  { name: "prompt_injection", min: 0.15, max: 0.25, refusal: true },
  { name: "social_engineering", min: 0.15, max: 0.2, refusal: true },
  { name: "gradual_escalation", min: 0.1, max: 0.15, refusal: true },
  { name: "edge_cases", min: 0.2, max: 0.3, refusal: false },
];

/** Whether a category expects a refusal when its config does not say: the seed's value for its names, else yes. */
export function expectsRefusalByDefault(category: string): boolean {
  return DEFAULT_CATEGORIES.find((c) => c.name === category)?.refusal ?? true;
}

export const DEFAULT_MIN_SIZE: MinSizePreset = "initial-alignment";

/** What a category id may be made of (a key of a dataset's `categories`). */
export const CATEGORY_ID = /^[A-Za-z0-9_.-]+$/;

const severitySetting = z.enum([...SEVERITIES, "off"]);

/** A share written as a fraction (0.25) or a percentage ("25%"). */
const share = z
  .union([
    z.number().min(0).max(1),
    z
      .string()
      .regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'a share: a fraction such as 0.25 or a percentage such as "25%"'),
  ])
  .transform((value) => (typeof value === "number" ? value : Number.parseFloat(value) / 100))
  .pipe(z.number().min(0).max(1, "a share cannot exceed 100%"));

const categorySchema = z
  .object({
    min: share.optional().describe("Lowest share of the categorised examples (inclusive)."),
    max: share.optional().describe("Highest share of the categorised examples (inclusive)."),
    refusal: z
      .boolean()
      .optional()
      .describe(
        "Whether requests of this category expect a refusal: the refusal-style rules apply, and a chosen that answers is chosen-complies. Default: the seed's value for its category names (edge_cases false, the four harm categories true), true for any other name.",
      ),
  })
  .strict()
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: "min is above max",
  });

/** A glob of dataset files: refused when it could take far too long to match (safe-glob.ts). */
const globSchema = z.string().superRefine((glob, context) => {
  const problem = globProblem(glob);
  if (problem)
    context.addIssue({
      code: "custom",
      message: `refused glob ${JSON.stringify(glob.slice(0, 80))}: ${problem}`,
    });
});

const datasetSchema = z
  .object({
    name: z.string().min(1).describe("How reports name the dataset."),
    files: z
      .union([globSchema, z.array(globSchema).min(1)])
      .transform((files) => (typeof files === "string" ? [files] : files))
      .describe("Globs of the dataset's files, relative to the repository root."),
    "min-size": z
      .union([
        z.enum(Object.keys(MIN_SIZE_PRESETS) as [MinSizePreset, ...MinSizePreset[]]),
        z.number().int().min(0),
      ])
      .default(DEFAULT_MIN_SIZE)
      .describe("The seed's use case (initial-alignment 100, domain-specific 50, iterative 20) or a number."),
    categories: z
      .record(z.string().regex(CATEGORY_ID, "a category id: letters, digits, _ . -"), categorySchema)
      .optional()
      .describe("The taxonomy and its target bands; omitted: the seed's five harm categories. {} for none."),
    splits: z
      .record(
        z.string().regex(/^[A-Za-z0-9_.-]+$/, "a split name: letters, digits, _ . -"),
        z.union([globSchema, z.array(globSchema).min(1)]).transform((g) => (typeof g === "string" ? [g] : g)),
      )
      .optional()
      .describe(
        "Globs of each split's files (train, test, validation, …); files matching none take the split their name tells.",
      ),
  })
  .strict();

function ruleSettingSchema(rule: (typeof RULES)[number]) {
  return z
    .union([severitySetting, rule.options.extend({ severity: severitySetting.optional() }).strict()])
    .describe(rule.description);
}

const rulesSchema = z
  .object(Object.fromEntries(RULES.map((rule) => [rule.id, ruleSettingSchema(rule).optional()])))
  .strict()
  .describe("Per rule: a severity (error, warning, notice, off), or an object with severity and options.");

const limitsSchema = z
  .object({
    "max-line-bytes": z
      .number()
      .int()
      .min(1024)
      .default(DEFAULT_READ_LIMITS.maxLineBytes)
      .describe(
        "Longest line (JSON Lines), array element (JSON) or row (CSV) read, in bytes; a longer one is a line-too-long finding.",
      ),
    "max-decompressed-bytes": z
      .number()
      .int()
      .min(1024)
      .default(DEFAULT_READ_LIMITS.maxDecompressedBytes)
      .describe(
        "Most bytes a gzip or zstd file may decompress to; past it reading stops with a decompressed-too-large finding.",
      ),
    "max-findings-per-rule": z
      .number()
      .int()
      .min(1)
      .default(DEFAULT_MAX_FINDINGS_PER_RULE)
      .describe(
        "Most findings of one rule listed for one file; past it one more finding says how many were not listed (the verdict is the same).",
      ),
  })
  .strict()
  .describe("Caps that keep a hostile or broken file from exhausting memory or time.");

export const configSchema = z
  .object({
    "fail-on": failOnSchema.default("error").describe("The lowest severity that fails the check."),
    datasets: z.array(datasetSchema).default([]).describe("The datasets of the repository."),
    baseline: z
      .string()
      .min(1)
      .default(DEFAULT_BASELINE_PATH)
      .describe("The baseline file (written by `dataset-ci baseline`), relative to the repository root."),
    rules: rulesSchema.default({}),
    limits: limitsSchema.default({
      "max-line-bytes": DEFAULT_READ_LIMITS.maxLineBytes,
      "max-decompressed-bytes": DEFAULT_READ_LIMITS.maxDecompressedBytes,
      "max-findings-per-rule": DEFAULT_MAX_FINDINGS_PER_RULE,
    }),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface DatasetSpec {
  info: DatasetInfo;
  globs: string[];
  /** Split name → globs of its files, as declared. */
  splits?: Record<string, string[]>;
}

export interface Config {
  failOn: FailOn;
  datasets: DatasetSpec[];
  /** Enabled rules only, with their severity and parsed options. */
  rules: Map<string, RuleSetting>;
  /** The baseline file, relative to the repository root. */
  baseline: string;
  /** Caps on what one file may make a reader hold or produce, and on the findings listed per rule and file. */
  limits: Limits;
  /** The file it was read from, when there was one. */
  source?: string;
}

export class ConfigError extends Error {}

/** Reads and validates a config file; every problem is a ConfigError naming the key path. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${readFailure(error, "YAML file")}`);
  }
  return parseConfig(text, path);
}

export function parseConfig(text: string, source: string): Config {
  // yaml's own unique-key check compares every key with every other (a mapping of 40,000 keys took
  // 14.5 s): keys are checked here instead, one Set per mapping.
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const yamlError = document.errors[0];
  if (!yamlError) {
    const repeated = firstRepeatedKey(document);
    if (repeated) {
      const line = countLines(text, repeated.offset);
      const column = repeated.offset - text.lastIndexOf("\n", repeated.offset - 1);
      throw new ConfigError(
        `${source}:${line}:${column}: invalid YAML: Map keys must be unique (${JSON.stringify(repeated.key.slice(0, 40))} is given twice)`,
      );
    }
  }
  if (yamlError) {
    const position = yamlError.linePos?.[0];
    const where = position ? `:${position.line}:${position.col}` : "";
    const reason = (yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`${source}${where}: invalid YAML: ${reason}`);
  }
  let value: unknown;
  try {
    // toJS expands aliases, and stops a "billion laughs" document (aliases of aliases) with a ReferenceError.
    value = document.toJS() ?? {};
  } catch (error) {
    throw new ConfigError(`${source}: invalid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const protoKey = protoKeyPath(value);
  if (protoKey !== undefined) {
    throw new ConfigError(`${source}: ${protoKey}: __proto__ is not a usable name: choose another`);
  }
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      `${source}: ${parsed.error.issues.map((issue) => describeIssue(issue, { input: value, knownKeysAt })).join("; ")}`,
    );
  }
  return resolveConfig(parsed.data, source);
}

/** The first key a mapping of the document gives twice, with its offset in the text. */
function firstRepeatedKey(
  document: ReturnType<typeof parseDocument>,
): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) {
          const range = (pair.key as { range?: [number, number, number] } | null)?.range;
          found = { key, offset: range?.[0] ?? 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Where the config holds a `__proto__` key, or undefined. zod skips that key in records (categories,
 * splits) rather than assign it, which would set the prototype of the object it builds: the category
 * would vanish without a word, so it is refused instead. The walk is iterative: the value came from YAML.
 */
function protoKeyPath(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next.value !== "object" || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = [...next.path, Array.isArray(next.value) ? Number(key) : key];
      if (key === "__proto__") return formatPath(path);
      stack.push({ value: child, path });
    }
  }
  return undefined;
}

/** The config used when there is no file: one dataset, the seed's defaults. */
export function defaultConfig(): Config {
  return resolveConfig(configSchema.parse({}));
}

function resolveConfig(file: ConfigFile, source?: string): Config {
  const rules = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const setting = (file.rules as Record<string, unknown>)[rule.id];
    const { severity = rule.defaultSeverity, ...options } =
      typeof setting === "string" ? { severity: setting } : ((setting ?? {}) as { severity?: string });
    if (severity === "off") continue;
    rules.set(rule.id, { severity: severity as Severity, options: rule.options.parse(options) });
  }
  const names = new Set<string>();
  const datasets = file.datasets.map((dataset) => {
    if (names.has(dataset.name)) throw new ConfigError(`${source}: two datasets are named "${dataset.name}"`);
    names.add(dataset.name);
    return {
      info: datasetInfo(dataset.name, dataset["min-size"], dataset.categories),
      globs: dataset.files,
      ...(dataset.splits ? { splits: dataset.splits } : {}),
    };
  });
  return {
    failOn: file["fail-on"],
    datasets,
    rules,
    baseline: file.baseline,
    limits: {
      maxLineBytes: file.limits["max-line-bytes"],
      maxDecompressedBytes: file.limits["max-decompressed-bytes"],
      maxFindingsPerRule: file.limits["max-findings-per-rule"],
    },
    ...(source ? { source } : {}),
  };
}

export function datasetInfo(
  name: string,
  minSize: MinSizePreset | number = DEFAULT_MIN_SIZE,
  categories?: Record<
    string,
    { min?: number | undefined; max?: number | undefined; refusal?: boolean | undefined }
  >,
): DatasetInfo {
  const targets: CategoryTarget[] = categories
    ? Object.entries(categories).map(([category, c]) => ({
        name: category,
        refusal: c.refusal ?? expectsRefusalByDefault(category),
        ...(c.min !== undefined ? { min: c.min } : {}),
        ...(c.max !== undefined ? { max: c.max } : {}),
      }))
    : DEFAULT_CATEGORIES.map((c) => ({ ...c }));
  const size =
    typeof minSize === "number"
      ? { min: minSize }
      : {
          min: MIN_SIZE_PRESETS[minSize].min,
          recommended: [...MIN_SIZE_PRESETS[minSize].recommended] as [number, number],
          preset: minSize,
        };
  return { name, categories: targets, minSize: size };
}

/** The keys the schema allows at a path, for "did you mean" on an unknown key. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path[0] === "rules") {
    if (path.length === 1) return RULES.map((rule) => rule.id);
    const rule = RULES.find((r) => r.id === path[1]);
    return rule ? ["severity", ...Object.keys(rule.options.shape)] : [];
  }
  if (path[0] === "limits" && path.length === 1) return Object.keys(limitsSchema.shape);
  if (path[0] === "datasets") {
    if (path.length === 2) return Object.keys(datasetSchema.shape);
    if (path.length === 4 && path[2] === "categories") return Object.keys(categorySchema.shape);
  }
  return [];
}
