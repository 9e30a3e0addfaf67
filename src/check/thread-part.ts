import type { Finding } from "../model/finding.js";
import { RULES } from "../rules/registry.js";

/**
 * What one thread of a threaded check does, and where each of its findings falls in the single-thread order,
 * so the threads' findings merge into exactly the report one thread makes. Every thread reads every record.
 * The rules that look at one example at a time run in every thread, each on its share of the examples; a
 * stateful rule (Rule.stateful) runs in one thread, over every example. Absent in the one-thread check.
 */
export interface ThreadPart {
  /** Whether this thread runs the rule; reader findings are the main thread's. */
  owns(ruleId: string): boolean;
  /**
   * Whether this thread runs the per-example rules on the next example: called once for every example, in
   * order (every thread visits the same examples in the same order).
   */
  inShard(): boolean;
  /** RuleContext.share for this thread's rules: present in a worker, which offers the main thread jobs. */
  share?(ruleId: string, input: unknown, resultLength: number): () => Int32Array;
  /** Called on the main thread's part once it has checked every dataset: it takes the workers' offered jobs. */
  done?(): void;
  /** Each file's (by index) and each dataset's findings in the order this thread made them, with their keys. */
  fileFindings: KeyedFinding[][];
  datasetFindings: KeyedFinding[][];
  /**
   * How many findings each rule made in each file in this thread, and the first one past the finding cap,
   * which the main thread applies to the threads' findings together.
   */
  counts: FindingCount[];
}

/** What a worker thread sends back. */
export type ThreadResult = Pick<ThreadPart, "fileFindings" | "datasetFindings" | "counts">;

/** How many findings one rule made in one file (in one thread), and where the first left unlisted was. */
export interface FindingCount {
  fileIndex: number;
  ruleId: string;
  count: number;
  firstOmitted?: { seq: number; line: number };
}

/**
 * Where a finding was made: `seq` is how many examples had been visited when it was (every thread reads
 * the same records in the same order), END_SEQ for the end of the dataset; `order` is its rule's place in
 * RULES, READER_ORDER for the readers' findings, which come after the rules' of the example before.
 */
export interface KeyedFinding {
  finding: Finding;
  seq: number;
  order: number;
  /** The line (or row) the finding was reported at: where a "N more" finding of the cap would point. */
  line: number;
}

export const END_SEQ = Number.MAX_SAFE_INTEGER;
const READER_ORDER = 1_000_000;
const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((rule, i) => [rule.id, i]));
const READER_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.kind === "reader").map((r) => r.id));

/** A finding's place in the one-thread order among the findings made at the same example. */
export function findingOrder(ruleId: string): number {
  return READER_RULES.has(ruleId) ? READER_ORDER : (RULE_ORDER.get(ruleId) ?? READER_ORDER);
}

/** The "N more" findings come last, by file and then by rule (in every thread count alike). */
export function byFileAndRule(a: FindingCount, b: FindingCount): number {
  return a.fileIndex - b.fileIndex || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}

/** One list of several threads' keyed findings, by key; a stable sort keeps each thread's own order. */
export function mergeKeyed(lists: KeyedFinding[][]): KeyedFinding[] {
  return lists.flat().sort((a, b) => a.seq - b.seq || a.order - b.order);
}

/** The threads' counts of each rule's findings in each file, added up, with the earliest omitted finding. */
export function totalCounts(counts: FindingCount[]): Map<string, FindingCount> {
  const totals = new Map<string, FindingCount>();
  for (const { fileIndex, ruleId, count, firstOmitted } of counts) {
    const key = `${fileIndex}:${ruleId}`;
    const total = totals.get(key) ?? { fileIndex, ruleId, count: 0 };
    totals.set(key, total);
    total.count += count;
    if (firstOmitted && (!total.firstOmitted || firstOmitted.seq < total.firstOmitted.seq))
      total.firstOmitted = firstOmitted;
  }
  return totals;
}
