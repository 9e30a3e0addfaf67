import { z } from "zod";
import type { Example } from "../model/example.js";
import type { Severity } from "../model/finding.js";
import type { CategoryReport } from "../model/report.js";
import type { RefusalReading } from "./refusal.js";

/** Where a rule's findings come from. */
export type RuleKind =
  /** Reported by the readers and shape normalisers while reading (schema, file-level problems). */
  | "reader"
  /** Looks at one example at a time (it may keep state across the examples of a dataset). */
  | "example"
  /** Looks at the dataset as a whole once every file is read. */
  | "dataset";

export type RuleScope = "file" | "record" | "dataset";

/** An example as the rules see it: the model plus what the engine derived once for every rule. */
export interface CheckedExample extends Example {
  /** Whether refusal-style rules apply (a harm category, or no category and a refusing chosen). */
  refusalScope: boolean;
  /** `chosen` case-folded with curly apostrophes straightened, for phrase matching; "" when absent. */
  chosenMatchText: string;
  /** `rejected`, prepared the same way. */
  rejectedMatchText: string;
  /** What the refusal classifier (refusal.ts) makes of `chosen`: "answer" when it is absent. */
  chosenReading: RefusalReading;
  /**
   * Which texts hold a character other than printable ASCII, tab and line breaks (text-fields.ts,
   * UNUSUAL_CHARACTER), as bits: 1 the prompt, 2 chosen, 4 rejected. The rules looking for odd characters
   * read only these.
   */
  unusualTexts: number;
  /** The texts in their normal form for "the same text" (trimmed, case-folded, spaces collapsed). */
  comparable: { prompt: string; chosen: string | undefined; rejected: string | undefined };
  /**
   * Fingerprints of the comparable prompt, chosen and rejected (rules/fingerprint.ts), 4 words each, in that
   * order; an absent response's is all zeros. The engine reuses this array for the next example: a rule
   * that keeps a fingerprint copies it. Only rules that declare `fingerprints` (stateful ones) may read them:
   * a thread that runs none does not compute them (test/thread-shares.test.ts holds the rules to it).
   */
  fingerprints: Int32Array;
  /**
   * The word hashes of the comparable texts, as near-duplicate shingles them (rules/comparable-text.ts).
   * Reused for the next example like `fingerprints`; computed only in a thread that runs a rule declaring
   * `wordHashes` (test/thread-shares.test.ts holds the rules to it), else empty.
   */
  wordHashes: WordHashes;
}

/**
 * The hashes of the words (runs of letters and digits, rules/minhash.ts) of an example's comparable prompt,
 * chosen and rejected in that order, FIELD_SEPARATOR between fields (an absent response is an empty field):
 * `words[0…length)` hash the three, `words[0…promptLength)` the prompt alone.
 */
export interface WordHashes {
  words: Uint32Array;
  length: number;
  promptLength: number;
}

export interface CategoryTarget {
  name: string;
  /** Inclusive band of the share, as fractions (0.25 = 25 %); absent when the category has no target. */
  min?: number;
  max?: number;
  /** Whether examples of this category are refusal training (harm categories are; helpfulness is not). */
  refusal: boolean;
}

/** What the dataset-level rules see once every file is read. */
export interface DatasetTotals {
  examples: number;
  /** Examples whose category is one of the taxonomy's. */
  categorised: number;
  categoryCounts: Map<string, number>;
}

/** What `end` receives: the totals and the distribution the report shows, computed once by the engine. */
export interface DatasetResult extends DatasetTotals {
  distribution: CategoryReport[];
}

export interface DatasetInfo {
  name: string;
  categories: CategoryTarget[];
  minSize: { min: number; recommended?: [number, number]; preset?: string };
}

export interface FindingInput {
  field?: string;
  message: string;
  excerpt?: string;
  /** A rule may report a finding below its configured severity (never above it): min-size's "below recommended". */
  severity?: Severity;
  /**
   * What tells this finding from the rule's others on the same example field or dataset (pii's kind,
   * category-distribution's category), so each has its own baseline fingerprint.
   */
  key?: string;
  /**
   * A certain correction of the example's record: the engine turns it into the new text of the record's
   * line where it has that text (an uncompressed JSON Lines file), or drops it.
   */
  fix?: FieldFix;
}

/** Replace the record's top-level `field`, which holds the string `from`, by the string `to`. */
export interface FieldFix {
  field: string;
  from: string;
  to: string;
}

export interface RuleContext<Options> {
  options: Options;
  dataset: DatasetInfo;
  /** Reports a finding at an example's line. */
  report(example: Example, finding: FindingInput): void;
  /** Reports a finding about the dataset as a whole. */
  reportDataset(finding: FindingInput): void;
  /** Reports a finding at a file's line (for findings collected during the pass and reported at the end). */
  reportAt(fileIndex: number, line: number, finding: FindingInput): void;
  /** `path:line` of a place in the run, for messages that point at another example. */
  where(fileIndex: number, line: number): string;
  /** The split (train, test, validation, …) of each of the dataset's files that has one, by file index. */
  splits: ReadonlyMap<number, string>;
  /**
   * Offers the rule's `job` on `input` to a thread that has nothing else left to do, while this thread goes
   * on with the rest of its end; returns a function that gives the job's `resultLength` numbers: waiting for
   * the other thread if it started the job, else running it here. Present in a worker thread of a threaded
   * check, for a rule with a `job`; absent where there is no thread to offer it to.
   */
  share?(input: unknown, resultLength: number): () => Int32Array;
}

/**
 * A part of a stateful rule's end that another thread can run: a pure function of `input` (cloned to the
 * other thread; typed arrays over SharedArrayBuffers are shared, not copied) that writes every number of
 * `result`.
 */
export type RuleJob = (input: unknown, result: Int32Array) => void;

export interface RuleVisitor {
  example?(example: CheckedExample): void;
  end?(result: DatasetResult): void;
}

export interface Rule<Options extends z.ZodObject = z.ZodObject> {
  id: string;
  /** One line: what the rule catches. */
  description: string;
  /** Why it matters and what a good version looks like (reports and docs show it). */
  advice: string;
  defaultSeverity: Severity;
  kind: RuleKind;
  /**
   * What its findings are about: a whole `file` (no record's line; in a Parquet file no row; the
   * fingerprint holds no record's content), a `record` (its line or row), or the `dataset` as a whole.
   */
  scope: RuleScope;
  /**
   * A gate judges the dataset as a whole (size, distribution): the failure reason names gates by dataset,
   * first, and scoping a pull request's findings to its changed lines never drops them.
   */
  gate?: boolean;
  /** Applies only to examples in refusal scope. */
  refusalScope?: boolean;
  /** Applies only to examples outside refusal scope (helpfulness and other `refusal: false` categories). */
  helpfulnessScope?: boolean;
  /** Compares chosen with rejected, so it means nothing for unpaired (KTO) data. */
  pair?: boolean;
  /**
   * Keeps state from example to example or reports at the end (duplicates, distributions): a threaded check
   * runs it in one thread over every example, where it sees only `comparable`, `fingerprints` and the
   * example's own fields. The other rules look at each example alone and run on a share of the examples in
   * each thread.
   */
  stateful?: boolean;
  /**
   * Reads `CheckedExample.fingerprints` (a stateful rule only): the engine hashes the texts only in a thread
   * that runs such a rule, not for a thread whose stateful rules read lengths or categories (issue 18).
   */
  fingerprints?: boolean;
  /** Reads `CheckedExample.wordHashes` (a stateful rule only): the engine hashes words only for such a rule. */
  wordHashes?: boolean;
  /** The part of its end the rule can hand to another thread (`RuleContext.share`). */
  job?: RuleJob;
  options: Options;
  create?(context: RuleContext<z.infer<Options>>): RuleVisitor;
}

export const NO_OPTIONS = z.object({}).strict();

/**
 * Declares a rule with its option types inferred, and its id and kind kept as literal types (the registry
 * derives ReaderRuleId from them).
 */
export function defineRule<const Id extends string, const Kind extends RuleKind, Options extends z.ZodObject>(
  rule: Rule<Options> & { id: Id; kind: Kind },
): Rule<Options> & { id: Id; kind: Kind } {
  return rule;
}
