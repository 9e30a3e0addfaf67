// Hostile files, round two (issue 16): records and files that cost far more than their size. No test
// here is timed: each asserts a finding and a cap, or a cost as a ratio to a plain scan of the same input.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseConfig } from "../src/config/config.js";
import { duplicateTopLevelKeys } from "../src/read/duplicate-keys.js";
import { ReadLimitError } from "../src/read/read-limits.js";
import { unzstd, ZSTD_MAX_WINDOW_BYTES } from "../src/read/zstd-stream.js";
import { checkFiles } from "./helpers/run-check.js";

/** The least of `runs` timings of `work`, in ms (the least is the one least disturbed by other load). */
function leastTime(work: () => unknown, runs = 3): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

describe("the duplicate-key scan", () => {
  it("costs about what JSON.parse costs on a record of 100,000 keys (it built a regex of every key: 5x)", () => {
    const record: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) record[`key${i}`] = i;
    const text = JSON.stringify(record);
    const value = JSON.parse(text) as object;
    const parse = leastTime(() => JSON.parse(text));
    const scan = leastTime(() => duplicateTopLevelKeys(text, value));
    expect(scan / parse).toBeLessThan(2.5);
    // It still finds a duplicate among them.
    expect(duplicateTopLevelKeys(`${text.slice(0, -1)},"key7":1}`, value)).toEqual(["key7"]);
  });
});

describe("a config mapping of many keys", () => {
  /** A config whose one dataset declares `n` categories. */
  const manyCategories = (n: number) =>
    `datasets:\n  - name: d\n    files: a.jsonl\n    categories:\n${Array.from({ length: n }, (_, i) => `      c${i}: {}\n`).join("")}`;

  it("costs about what parsing its YAML costs, at 20,000 keys (yaml's own unique-key check: 14.5 s at 40,000)", () => {
    const text = manyCategories(20_000);
    parseConfig(text, "c.yml"); // warm up: the first run compiles what the others reuse
    const parse = leastTime(() => parseDocument(text, { uniqueKeys: false }), 2);
    const ratio = leastTime(() => parseConfig(text, "c.yml"), 2) / parse;
    expect(ratio).toBeLessThan(3);
  }, 120_000);

  it("still refuses a key given twice, with its line", () => {
    expect(() => parseConfig(`${manyCategories(3)}      c1: {}\n`, "c.yml")).toThrow(
      'c.yml:8:7: invalid YAML: Map keys must be unique ("c1" is given twice)',
    );
  });
});

describe("Zstandard bombs", () => {
  const MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
  /** A frame header without single segment, checksum or dictionary, with this window descriptor. */
  const frameHeader = (windowDescriptor: number) => Buffer.from([...MAGIC, 0x00, windowDescriptor]);
  /** A block header (RFC 8878 §3.1.1.2): last flag, type (0 raw, 1 RLE), size. */
  const blockHeader = (last: boolean, type: number, size: number) => {
    const value = (size << 3) | (type << 1) | (last ? 1 : 0);
    return Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]);
  };
  const rawBlock = (text: string, last: boolean) =>
    Buffer.concat([blockHeader(last, 0, text.length), Buffer.from(text)]);
  const RECORD = '{"prompt":"p","chosen":"c","rejected":"r"}\n';

  async function drain(file: Buffer, cap: number): Promise<{ bytes: number; error?: unknown }> {
    let bytes = 0;
    try {
      for await (const piece of unzstd(
        (async function* () {
          yield file;
        })(),
        cap,
      ))
        bytes += piece.length;
    } catch (error) {
      return { bytes, error };
    }
    return { bytes };
  }

  it("a frame declaring a 1.875 GiB window is refused from its header (fzstd allocated it: 100 s, 2 GB)", async () => {
    // Window descriptor: exponent 20, mantissa 7: 2^30 + 7/8 * 2^30 bytes.
    const file = Buffer.concat([frameHeader((20 << 3) | 7), rawBlock(RECORD, true)]);
    const { bytes, error } = await drain(file, 1 << 30);
    expect(bytes).toBe(0);
    expect(error).toBeInstanceOf(ReadLimitError);
    expect((error as Error).message).toContain("declares a window of 1920 MiB, over the 8 MiB");
    const report = await checkFiles({ "bomb.jsonl.zst": file });
    expect(report.files[0]?.findings.map((f) => [f.rule, f.line])).toEqual([["decompressed-too-large", 1]]);
    // A window at the cap is read.
    const fine = Buffer.concat([frameHeader(13 << 3), rawBlock(RECORD, true)]);
    expect(2 ** (10 + 13)).toBe(ZSTD_MAX_WINDOW_BYTES);
    expect(await drain(fine, 1 << 30)).toEqual({ bytes: RECORD.length });
  });

  it("64 KB of RLE blocks (2 GB decoded) stops within a block of max-decompressed-bytes", async () => {
    const blocks = Array.from({ length: 16_000 }, (_, i) =>
      Buffer.concat([blockHeader(i === 15_999, 1, 131_072), Buffer.from("a")]),
    );
    const file = Buffer.concat([frameHeader(7 << 3), ...blocks]);
    expect(file.length).toBeLessThan(65_000);
    const cap = 8 * 1024 * 1024;
    const { bytes, error } = await drain(file, cap);
    expect(error).toBeInstanceOf(ReadLimitError);
    expect(bytes).toBeLessThanOrEqual(cap);
  });

  it("a stream of one-byte blocks in an 8 MiB window is refused before it shifts the window per byte", async () => {
    const blocks = Array.from({ length: 4_000 }, (_, i) => rawBlock("a", i === 3_999));
    const file = Buffer.concat([frameHeader(13 << 3), ...blocks]);
    const { bytes, error } = await drain(file, 1 << 30);
    expect((error as Error).message).toContain("blocks are too small for its 8 MiB window");
    expect(bytes).toBeLessThan(100);
  });
});
