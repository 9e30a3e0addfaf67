import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDataset } from "../src/read/open-dataset.js";
import {
  PARQUET_DECODE_MIN_MS,
  PARQUET_DECODE_MS_PER_MIB,
  parquetDeadlineMs,
  parseParquetDeadline,
} from "../src/read/parquet-deadline.js";
import type { RawRecord } from "../src/read/raw-record.js";
import { assistant, CHOSEN, parquetFile, ULTRAFEEDBACK, ultrafeedbackRow, user } from "./helpers/parquet.js";
import { checkFiles, writeFiles } from "./helpers/run-check.js";

async function readAll(file: string): Promise<RawRecord[]> {
  const opened = await openDataset(file);
  if (opened.kind !== "data") throw new Error("not data");
  const records: RawRecord[] = [];
  for await (const chunk of opened.records) records.push(...chunk);
  return records;
}

describe("Parquet", () => {
  it("is told by its magic bytes and read row group by row group, each record at its 1-based row", async () => {
    const rows = [0, 1, 2, 3, 4].map((i) => ultrafeedbackRow(i));
    const dir = await writeFiles({ "train.data": parquetFile(ULTRAFEEDBACK, rows, { rowGroupSize: 2 }) });
    const opened = await openDataset(path.join(dir, "train.data"));
    expect(opened.kind === "data" && [opened.container, opened.compression]).toEqual(["parquet", null]);
    const records = await readAll(path.join(dir, "train.data"));
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    // list<struct<content, role>> arrives as a list of message objects, doubles as numbers.
    expect(records[3]).toEqual({ line: 4, value: rows[3] });
  });

  it("reads gzip-compressed column chunks", async () => {
    const rows = [0, 1].map((i) => ultrafeedbackRow(i));
    const dir = await writeFiles({ "a.parquet": parquetFile(ULTRAFEEDBACK, rows, { codec: "GZIP" }) });
    expect((await readAll(path.join(dir, "a.parquet"))).map((r) => r.error === undefined && r.value)).toEqual(
      rows,
    );
  });

  it("is checked like any other container, findings pointing at rows instead of lines", async () => {
    const rows = [
      ultrafeedbackRow(0),
      ultrafeedbackRow(1),
      ultrafeedbackRow(2, { score_chosen: 2, score_rejected: 9 }),
      ultrafeedbackRow(3),
      ultrafeedbackRow(4, {
        rejected: [user(ultrafeedbackRow(4).prompt), assistant(`${CHOSEN} (4)`)],
      }),
      ultrafeedbackRow(1), // an exact copy of row 2
    ];
    const report = await checkFiles(
      { "train.parquet": parquetFile(ULTRAFEEDBACK, rows, { rowGroupSize: 4 }) },
      "rules:\n  min-size: off\n  category-distribution: off\n  missing-category: off\n  near-duplicate: off\n",
    );
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples, file?.split]).toEqual([
      "parquet",
      "trl-conversational",
      6,
      "train",
    ]);
    const findings = file?.findings.map((f) => [f.rule, f.row, f.line]);
    expect(findings).toEqual([
      ["score-inverted", 3, undefined],
      ["identical-responses", 5, undefined],
      ["rejected-is-refusal", 5, undefined],
      ["duplicate-example", 6, undefined],
    ]);
    expect(file?.findings.find((f) => f.rule === "duplicate-example")?.message).toContain(
      "train.parquet row 2",
    );
  });

  it("reads ShareGPT-style struct columns and KTO booleans", async () => {
    const sharegpt = parquetFile({ conversations: "messages", chosen: "message", rejected: "message" }, [
      {
        conversations: [user("Plan my week")],
        chosen: assistant("Monday: gym. Tuesday: groceries. Wednesday: call your mother."),
        rejected: assistant("No."),
      },
    ]);
    const kto = parquetFile({ prompt: "string", completion: "string", label: "boolean" }, [
      { prompt: "Plan my week", completion: "Monday: gym. Tuesday: groceries.", label: true },
      { prompt: "Plan my week", completion: "No.", label: false },
    ]);
    const report = await checkFiles({ "s.parquet": sharegpt, "k.parquet": kto });
    expect(report.files.map((f) => [f.shape, f.examples])).toEqual([
      ["sharegpt", 1],
      ["kto", 2],
    ]);
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.rule === "wrong-type")).toEqual([]);
  });

  it("reports a truncated file as corrupt-file, about the whole file (no row)", async () => {
    const whole = parquetFile(ULTRAFEEDBACK, [ultrafeedbackRow(0), ultrafeedbackRow(1)]);
    const report = await checkFiles({ "cut.parquet": whole.subarray(0, whole.length - 40) });
    const findings = report.files[0]?.findings ?? [];
    expect(findings.map((f) => [f.rule, f.line, f.row])).toEqual([["corrupt-file", undefined, undefined]]);
  });
});

describe("Parquet (hostile)", () => {
  it("a struct column named __proto__ is a field, never the row's prototype: it lends no chosen or rejected", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const utf8 = { type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
    const rows = Array.from({ length: 5 }, (_, i) => ({ chosen: `c${i}`, rejected: `r${i}` }));
    const file = Buffer.from(
      parquetWriteBuffer({
        columnData: [
          { name: "prompt", data: rows.map((_, i) => `p${i}`) },
          { name: "__proto__", data: rows },
        ],
        schema: [
          { name: "root", num_children: 2 },
          { name: "prompt", ...utf8 },
          { name: "__proto__", repetition_type: "OPTIONAL", num_children: 2 },
          { name: "chosen", ...utf8 },
          { name: "rejected", ...utf8 },
          // biome-ignore lint/suspicious/noExplicitAny: hyparquet-writer's SchemaElement type.
        ] as any,
      }),
    );
    const dir = await writeFiles({ "a.parquet": file });
    const [first] = await readAll(path.join(dir, "a.parquet"));
    const value = (first?.error === undefined ? first?.value : {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(["prompt", "__proto__"]);
    expect("chosen" in value).toBe(false);
    const report = await checkFiles({ "a.parquet": file });
    expect(report.files[0]?.examples).toBe(0);
    expect(report.files[0]?.findings.map((f) => f.rule)).toContain("not-preference-data");
  });

  it("a page may not declare more than the page cap, nor inflate past what it declares", async () => {
    const { parquetCompressors } = await import("../src/read/parquet-decode.js");
    const { ReadLimitError } = await import("../src/read/read-limits.js");
    const { gzipSync } = await import("node:zlib");
    const compressors = parquetCompressors();
    // An 817-byte file declared a 1 GB ZSTD page, and hyparquet allocated it.
    for (const codec of ["ZSTD", "SNAPPY", "GZIP", "BROTLI"] as const) {
      expect(() => compressors[codec]?.(new Uint8Array(8), 1_000_000_000)).toThrow(ReadLimitError);
    }
    // A gzip page of 64 MiB of zeros declaring 1 KiB is refused midway, not inflated and then compared.
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(64 * 1024 * 1024)));
    expect(() => compressors.GZIP?.(bomb, 1024)).toThrow("a gzip page inflates past the size it declares");
    // All pages together count against max-decompressed-bytes.
    const small = parquetCompressors({ maxLineBytes: 1024, maxDecompressedBytes: 4096 });
    const page = new Uint8Array(gzipSync(Buffer.alloc(3000)));
    expect(small.GZIP?.(page, 3000)).toHaveLength(3000);
    expect(() => small.GZIP?.(page, 3000)).toThrow(/decompress to more than the cap of 4 KiB/);
  });

  it("a row holding more text than max-line-bytes is line-too-long, and the next row is read", async () => {
    const rows = [ultrafeedbackRow(0, { prompt: "x".repeat(5000) }), ultrafeedbackRow(1)];
    const report = await checkFiles(
      { "a.parquet": parquetFile(ULTRAFEEDBACK, rows) },
      "limits:\n  max-line-bytes: 1024\nrules:\n  min-size: off\n",
    );
    expect(report.files[0]?.findings.map((f) => [f.rule, f.row])).toContainEqual(["line-too-long", 1]);
    expect(report.files[0]?.examples).toBe(1);
  });

  it("a corrupt footer is corrupt-file with a plain reason, not a JavaScript error's text", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      prompt: `p${i % 3}`,
      chosen: [user("hi"), assistant(`c${i}`)],
      score: i,
    }));
    const file = parquetFile({ prompt: "string", chosen: "messages", score: "double" }, rows);
    file[file.length - 148] = 0; // a byte of the metadata's schema
    const report = await checkFiles({ "a.parquet": file });
    const finding = report.files[0]?.findings.find((f) => f.rule === "corrupt-file");
    expect(finding?.message).toMatch(/the Parquet file is corrupt: /);
    expect(finding?.message).not.toMatch(/Cannot read|undefined|argument must be/);
  });

  /** One byte of a data page's header changed: hyparquet 1.33.0 decodes it forever (fixtures/hostile/README.md). */
  const HANG = path.resolve(import.meta.dirname, "fixtures/hostile/parquet-hang.parquet");

  it("a page that makes the decoder loop forever ends as corrupt-file when its deadline passes", async () => {
    const report = await checkFiles({ "hang.parquet": readFileSync(HANG) }, undefined, {
      parquetDeadlineMs: 2000,
    });
    const findings = report.files[0]?.findings ?? [];
    expect(findings.map((f) => [f.rule, f.row])).toEqual([["corrupt-file", undefined]]);
    expect(findings[0]?.message).toContain(
      "the Parquet file could not be decoded within 2 s: a page is probably corrupt",
    );
  });

  it("a step's deadline grows with the bytes it decodes, from a floor; the shells' setting overrides it", () => {
    expect(parquetDeadlineMs(0)).toBe(PARQUET_DECODE_MIN_MS);
    expect(parquetDeadlineMs(100 * 1024 * 1024)).toBe(
      PARQUET_DECODE_MIN_MS + 100 * PARQUET_DECODE_MS_PER_MIB,
    );
    expect(parquetDeadlineMs(100 * 1024 * 1024, parseParquetDeadline("1500"))).toBe(1500);
    expect(parquetDeadlineMs(0, parseParquetDeadline("soon"))).toBe(PARQUET_DECODE_MIN_MS);
    expect(parseParquetDeadline("0")).toBeUndefined();
  });
});
