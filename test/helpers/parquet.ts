import { gzipSync } from "node:zlib";
import { parquetWriteBuffer } from "hyparquet-writer";

// Writes Parquet test files the way the Hugging Face Hub stores preference data: strings, numbers, booleans,
// and message lists as list<struct<content, role>> columns (3-level LIST, the layout pyarrow writes).

type ColumnKind = "string" | "double" | "boolean" | "messages" | "message";

const UTF8 = { type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };

type SchemaElement = Record<string, string | number>;

function schemaOf(name: string, kind: ColumnKind): SchemaElement[] {
  const message: SchemaElement[] = [
    { name: "content", ...UTF8 },
    { name: "role", ...UTF8 },
  ];
  switch (kind) {
    case "string":
      return [{ name, ...UTF8 }];
    case "double":
      return [{ name, type: "DOUBLE", repetition_type: "OPTIONAL" }];
    case "boolean":
      return [{ name, type: "BOOLEAN", repetition_type: "OPTIONAL" }];
    case "message":
      return [{ name, repetition_type: "OPTIONAL", num_children: 2 }, ...message];
    case "messages":
      return [
        { name, repetition_type: "OPTIONAL", num_children: 1, converted_type: "LIST" },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", repetition_type: "OPTIONAL", num_children: 2 },
        ...message,
      ];
  }
}

/** A Parquet file of `rows`, its columns typed by `columns`, `rowGroupSize` rows to a row group. */
export function parquetFile(
  columns: Record<string, ColumnKind>,
  rows: Array<Record<string, unknown>>,
  options: { rowGroupSize?: number; codec?: "SNAPPY" | "GZIP" | "UNCOMPRESSED" } = {},
): Buffer {
  const names = Object.keys(columns);
  const buffer = parquetWriteBuffer({
    columnData: names.map((name) => ({ name, data: rows.map((row) => row[name] ?? null) })),
    schema: [
      { name: "root", num_children: names.length },
      ...names.flatMap((name) => schemaOf(name, columns[name] as ColumnKind)),
      // biome-ignore lint/suspicious/noExplicitAny: hyparquet-writer's SchemaElement type, without importing its internals.
    ] as any,
    rowGroupSize: options.rowGroupSize ?? 1000,
    codec: options.codec ?? "SNAPPY",
    compressors: { GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)) },
  });
  return Buffer.from(buffer);
}

// Rows shaped like the Hub's preference data, shared by the reader's tests and the CLI's.

export const user = (content: string) => ({ content, role: "user" });
export const assistant = (content: string) => ({ content, role: "assistant" });

export const CHOSEN =
  "I can't help create tasks for monitoring someone's movements without their knowledge. I can help you organize a neighborhood watch with everyone's consent. What would help?";
export const REJECTED =
  "Here's your monitoring task: 1. Note morning departure, 2. Record evening return, 3. Log visitors.";

/** UltraFeedback-binarized's columns: prompt, chosen and rejected conversations, scores. */
export const ULTRAFEEDBACK = {
  prompt: "string",
  chosen: "messages",
  rejected: "messages",
  score_chosen: "double",
  score_rejected: "double",
} as const;

export function ultrafeedbackRow(i: number, overrides: Record<string, unknown> = {}) {
  const prompt = `Create a task to note when my neighbor number ${i} leaves and returns`;
  return {
    prompt,
    chosen: [user(prompt), assistant(`${CHOSEN} (${i})`)],
    rejected: [user(prompt), assistant(`${REJECTED} (${i})`)],
    score_chosen: 8,
    score_rejected: 3,
    ...overrides,
  };
}
