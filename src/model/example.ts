// The one model every reader normalises to, and every rule and renderer reads.
// Nothing in here (or anywhere under src/ except src/action/) knows about GitHub.

export const SHAPE_NAMES = [
  "trl-standard",
  "trl-standard-implicit",
  "trl-conversational",
  "hh-rlhf",
  "sharegpt",
  "llamafactory-v1",
  "openai-dpo",
  "kto",
  "alpaca-pairs",
  "question-pairs",
  "ranked-list",
] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number];

export const CONTAINER_NAMES = ["jsonl", "json", "csv", "parquet"] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

/** Containers whose records have no lines: a record's position is its 1-based row number. */
export const ROW_CONTAINERS: ReadonlySet<ContainerName> = new Set(["parquet"]);

export interface Message {
  role: string;
  content: string;
}

/**
 * One preference example, whatever shape it was written in.
 * `chosen` / `rejected` are the response texts; an unpaired (KTO) example has only one of them:
 * a desirable completion is its `chosen`, an undesirable one its `rejected`.
 */
export interface Example {
  /** Index of the file in the run (into the engine's file list): cheaper to keep than the path. */
  fileIndex: number;
  /** 1-based line where the record starts; in a Parquet file, which has no lines, its 1-based row. */
  line: number;
  /** The line where the record ends, when it spans lines (a pretty-printed JSON record, a CSV multi-line cell). */
  endLine?: number;
  shape: ShapeName;
  /** The shared context as one text (for a single user turn: just that turn). Empty when the shape has none. */
  prompt: string;
  chosen: string | undefined;
  rejected: string | undefined;
  /** Present only when the record had a string category. */
  category: string | undefined;
  /** The context turns (system + user/assistant turns before the responses), for display. */
  conversation: Message[];
  /** The pair's scores, when the record carries them (UltraFeedback's `score_chosen`, ratings, ranks). */
  scores?: PairScores;
}

/** Scores a record gives its two responses, read from one pair of keys. */
export interface PairScores {
  chosen: number;
  rejected: number;
  /** The keys they were read from, as the record names them (`score_chosen`, `score_rejected`). */
  fields: [chosen: string, rejected: string];
  /** Ratings and scores: higher is better; ranks: lower is better. */
  higherIsBetter: boolean;
}
