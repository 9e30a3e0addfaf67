import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readJsonArray } from "../src/read/json-array.js";
import { readJsonLines } from "../src/read/jsonl.js";
import { openDataset } from "../src/read/open-dataset.js";
import type { RawRecord } from "../src/read/raw-record.js";
import { checkFiles, REAL_FIXTURES, writeFiles } from "./helpers/run-check.js";

/** Feeds text to a reader in chunks of `size` bytes, so records and characters straddle chunk edges. */
async function read(
  reader: (chunks: AsyncIterable<Buffer>) => AsyncGenerator<RawRecord[]>,
  content: string | Buffer,
  size = 1 << 20,
): Promise<RawRecord[]> {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const records: RawRecord[] = [];
  for await (const batch of reader(chunks())) records.push(...batch);
  return records;
}

const summarise = (records: RawRecord[]) =>
  records.map((r) => (r.error === undefined ? [r.line, r.value] : [r.line, "error"]));

describe("JSON Lines reader", () => {
  const content = '\uFEFF{"a":1}\r\n\r\n  \n{"a":"é"}\n{broken\n{"a":3}';

  it("tolerates a BOM and CRLF, skips blank lines, keeps exact line numbers and a last line without newline", async () => {
    expect(summarise(await read(readJsonLines, content))).toEqual([
      [1, { a: 1 }],
      [4, { a: "é" }],
      [5, "error"],
      [6, { a: 3 }],
    ]);
  });

  it("reads the same whatever the chunk size, even splitting a multi-byte character", async () => {
    const whole = summarise(await read(readJsonLines, content));
    for (const size of [1, 2, 3, 7])
      expect(summarise(await read(readJsonLines, content, size))).toEqual(whole);
  });

  it("reports the parser's reason for a bad line, without echoing the line", async () => {
    const [record] = await read(readJsonLines, '{"chosen": oops, "secret": "::add-mask::x"}\n');
    expect(record?.error).toMatch(/Unexpected token/);
    expect(record?.error).not.toContain("add-mask");
  });
});

describe("JSON array reader", () => {
  const content = `[
  {
    "a": 1,
    "s": "a ] } [ { , \\" tricky"
  },
  {"a": 2},

  {"a": oops},
  {"a": [1, {"b": 2}]}
]
`;

  it("yields each element with the line where it starts, and goes on after a broken one", async () => {
    expect(summarise(await read(readJsonArray, content))).toEqual([
      [2, { a: 1, s: 'a ] } [ { , " tricky' }],
      [6, { a: 2 }],
      [8, "error"],
      [9, { a: [1, { b: 2 }] }],
    ]);
  });

  it("reads the same whatever the chunk size", async () => {
    const whole = summarise(await read(readJsonArray, content));
    for (const size of [1, 3, 16]) expect(summarise(await read(readJsonArray, content, size))).toEqual(whole);
  });

  it.each([
    ['{"a": 1}', "expected a JSON array"],
    ['[{"a": 1}', "not closed"],
    ['[{"a": 1}] trailing', "after the closing"],
    ['[{"a": 1},]', "trailing comma"],
    ["", "no JSON array"],
  ])("reports %j as %s", async (text, message) => {
    const records = await read(readJsonArray, text);
    expect(records.find((r) => r.error !== undefined)?.error).toContain(message);
  });
});

describe("opening a dataset file", () => {
  it("detects gzip by its magic bytes, whatever the name", async () => {
    const dir = await writeFiles({ "data.jsonl": gzipSync('{"chosen":"a","rejected":"b"}\n') });
    const opened = await openDataset(path.join(dir, "data.jsonl"));
    expect(opened.kind === "data" && opened.compression).toBe("gzip");
  });

  it("tells a JSON array from JSON Lines by content, not extension", async () => {
    const dir = await writeFiles({ "a.json": '{"x":1}\n{"x":2}\n', "b.jsonl": ' \n[{"x":1}]' });
    const a = await openDataset(path.join(dir, "a.json"));
    const b = await openDataset(path.join(dir, "b.jsonl"));
    expect([a.kind === "data" && a.container, b.kind === "data" && b.container]).toEqual(["jsonl", "json"]);
  });

  it("recognises the real LFS pointer and reads nothing of it", async () => {
    const fixture = path.join(REAL_FIXTURES, "hh-rlhf-helpful-base-test.lfs-pointer.jsonl.gz");
    expect((await readFile(fixture, "utf8")).startsWith("version https://git-lfs")).toBe(true);
    expect((await openDataset(fixture)).kind).toBe("lfs-pointer");
  });
});

describe("Zstandard and xz", () => {
  const FIXTURES = path.resolve(import.meta.dirname, "fixtures");
  const EXAMPLE = path.resolve(import.meta.dirname, "../examples/data/task-api-safety.jsonl");

  async function records(file: string): Promise<unknown[]> {
    const opened = await openDataset(file);
    if (opened.kind !== "data") throw new Error("not data");
    expect(opened.compression).toBe("zstd");
    const values: unknown[] = [];
    for await (const chunk of opened.records)
      for (const record of chunk) values.push(record.error ?? record.value);
    return values;
  }

  it("decompresses zstd (one frame or several) by its magic bytes, whatever the name", async () => {
    const expected = (await readFile(EXAMPLE, "utf8"))
      .split("\n")
      .slice(0, 20)
      .map((line) => JSON.parse(line));
    expect(await records(path.join(FIXTURES, "sample.jsonl.zst"))).toEqual(expected);
    expect(await records(path.join(FIXTURES, "sample-two-frames.jsonl.zst"))).toEqual(expected);
    const dir = await writeFiles({ "data.jsonl": await readFile(path.join(FIXTURES, "sample.jsonl.zst")) });
    expect(await records(path.join(dir, "data.jsonl"))).toEqual(expected);
  });

  it("reports a truncated zstd file as corrupt-file", async () => {
    const whole = await readFile(path.join(FIXTURES, "sample.jsonl.zst"));
    const report = await checkFiles({ "cut.jsonl.zst": whole.subarray(0, whole.length - 200) });
    const findings = report.files[0]?.findings.filter((f) => f.rule === "corrupt-file") ?? [];
    expect(findings.map((f) => f.line)).toEqual([1]);
    // Whether the cut shows while the first chunk is decoded or later depends on where it falls.
    expect(findings[0]?.message).toMatch(
      /^(?:reading stopped after \d+ records|cannot read the file): zstd: unexpected EOF/,
    );
  });

  it("refuses xz with a reason and a way out", async () => {
    const report = await checkFiles({ "a.jsonl.xz": await readFile(path.join(FIXTURES, "sample.jsonl.xz")) });
    expect(report.files[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([["corrupt-file", "error"]]);
    expect(report.files[0]?.findings[0]?.message).toContain("xz compression is not supported");
    expect(report.files[0]?.findings[0]?.message).toContain("xz -d");
  });
});
