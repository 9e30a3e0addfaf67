import { describe, expect, it } from "vitest";
import { readCsv } from "../src/read/csv.js";
import { readJsonArray } from "../src/read/json-array.js";
import { readJsonLines } from "../src/read/jsonl.js";
import type { RawRecord } from "../src/read/raw-record.js";
import { checkFiles, fileFindings, GOOD_PAIR, jsonl } from "./helpers/run-check.js";

// A record that spans lines carries its end line from the reader to its findings, so a review comment can
// cover the whole record without reading the file again.

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(
  records: AsyncIterable<RawRecord[] | RawRecord>,
): Promise<Array<[number, number | undefined]>> {
  const out: Array<[number, number | undefined]> = [];
  for await (const batch of records) {
    for (const record of Array.isArray(batch) ? batch : [batch]) out.push([record.line, record.endLine]);
  }
  return out;
}

describe("the readers' end lines", () => {
  const pretty = [
    "[",
    "  {", // 2
    '    "prompt": "a } ] { [ \\" inside a string",',
    '    "chosen": ["x", {"y": 1}]',
    "  },", // 5
    '  {"prompt": "one line"},', // 6: one line, no end line
    "  {", // 7
    '    "prompt": "b"',
    "  }", // 9
    "]",
  ].join("\n");

  it("a pretty-printed JSON array: each record ends at its closing brace, in any chunking", async () => {
    for (const size of [1, 7, 1 << 20]) {
      expect(await readAll(readJsonArray(chunksOf(pretty, size)))).toEqual([
        [2, 5],
        [6, undefined],
        [7, 9],
      ]);
    }
  });

  it("a record that starts on the line the previous one ends on, and a broken multi-line record", async () => {
    expect(await readAll(readJsonArray(chunksOf('[{"a":\n1}, {"b":\n2,\n"c": 3}]\n', 5)))).toEqual([
      [1, 2],
      [2, 4],
    ]);
    const broken = await readAll(readJsonArray(chunksOf('[\n{"a":\n1,}\n]', 3)));
    expect(broken).toEqual([[2, 3]]);
  });

  it("CSV: a row whose quoted cell breaks lines ends where the cell does; one-line rows have none", async () => {
    const csv = 'prompt,chosen,rejected\r\n"two\nlines\nhere",b,c\r\nx,y,z\n"a","b\n",c\n';
    expect(await readAll(readCsv(chunksOf(csv, 4)))).toEqual([
      [2, 4],
      [5, undefined],
      [6, 7],
    ]);
  });

  it("JSON Lines: a record is its line", async () => {
    expect(await readAll(readJsonLines(chunksOf('{"a":1}\n\n{"a":2}\n', 3)))).toEqual([
      [1, undefined],
      [3, undefined],
    ]);
  });
});

describe("findings name the record's end line", () => {
  it("in a pretty-printed JSON file: findings made while reading and at the end of the dataset; not file-level ones", async () => {
    const records = [
      GOOD_PAIR,
      { ...GOOD_PAIR, prompt: "same", chosen: "Same text", rejected: "Same text" },
      { ...GOOD_PAIR, prompt: "uncategorised", category: undefined },
    ];
    const text = `${JSON.stringify(records, null, 2)}\n`;
    const lines = text.split("\n");
    const starts = lines.flatMap((l, i) => (l === "  {" ? [i + 1] : []));
    const ends = lines.flatMap((l, i) => (/^ {2}\},?$/.test(l) ? [i + 1] : []));
    const report = await checkFiles({ "data.json": text });
    // identical-responses is reported as the example is checked, missing-category once every file is read.
    const identical = fileFindings(report, "identical-responses");
    expect(identical.map((f) => [f.line, f.endLine])).toEqual([[starts[1], ends[1]]]);
    const missing = fileFindings(report, "missing-category");
    expect(missing.map((f) => [f.line, f.endLine])).toEqual([[starts[2], ends[2]]]);
    // The key sits right after `line` in the JSON report.
    expect(Object.keys(identical[0] ?? {}).slice(0, 4)).toEqual(["rule", "severity", "line", "endLine"]);
  });

  it("not in JSON Lines, and not for a whole-file finding", async () => {
    const report = await checkFiles({
      "data.jsonl": jsonl([{ ...GOOD_PAIR, chosen: "Same text", rejected: "Same text" }]),
      "other.json": '[\n  {\n    "id": 1\n  }\n]\n',
    });
    const findings = fileFindings(report);
    expect(findings.some((f) => f.rule === "identical-responses")).toBe(true);
    expect(findings.some((f) => f.rule === "not-preference-data")).toBe(true);
    expect(findings.filter((f) => "endLine" in f)).toEqual([]);
  });

  it("in CSV, for a row with a multi-line cell", async () => {
    const csv = 'prompt,chosen,rejected,category\nhello,"Same\ntext","Same\ntext",direct_harm\n';
    const report = await checkFiles({ "data.csv": csv });
    expect(fileFindings(report, "identical-responses").map((f) => [f.line, f.endLine])).toEqual([[2, 4]]);
  });
});
