import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/read/csv.js";
import { openDataset } from "../src/read/open-dataset.js";
import type { RawRecord } from "../src/read/raw-record.js";
import { checkFiles, fileFindings, findingKeys, writeFiles } from "./helpers/run-check.js";

async function read(content: string, size = 1 << 20): Promise<RawRecord[]> {
  const bytes = Buffer.from(content);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const records: RawRecord[] = [];
  for await (const record of readCsv(chunks())) records.push(record);
  return records;
}

const summarise = (records: RawRecord[]) =>
  records.map((r) => (r.error === undefined ? [r.line, r.value] : [r.line, `error: ${r.error}`]));

/** A CSV cell: quoted, with inner quotes doubled. */
const cell = (value: unknown) =>
  `"${(typeof value === "string" ? value : JSON.stringify(value)).replace(/"/g, '""')}"`;

describe("CSV reader", () => {
  const content =
    '\uFEFFprompt,chosen,rejected\r\n"two\nlines",b,c\r\n\r\nx,"say ""hi""",z\r\nonly,two\r\nlast,é,"a, b"';

  it("keys rows by the header, keeps the line each row starts on, reports rows of the wrong width", async () => {
    expect(summarise(await read(content))).toEqual([
      [2, { prompt: "two\nlines", chosen: "b", rejected: "c" }],
      [5, { prompt: "x", chosen: 'say "hi"', rejected: "z" }],
      [6, "error: the row has 2 cells, the header 3"],
      [7, { prompt: "last", chosen: "é", rejected: "a, b" }],
    ]);
  });

  it("counts lines at LF and CRLF only: a lone CR (which csv-parse counts as a line) moves no row", async () => {
    const rows = (body: string) =>
      read(`prompt,chosen,rejected\n${body}`).then((records) => records.map((r) => r.line));
    expect(await rows("\r\u0001")).toEqual([2]);
    expect(await rows("a\rb,c,d\nx,y,z")).toEqual([2, 3]);
    expect(await rows('"a\rb",c,d\nx,y,z')).toEqual([2, 3]);
    expect(await rows("\r\ra,b,c\nx,y,z")).toEqual([2, 3]);
    expect(await rows("x\r\r\ny,z,w")).toEqual([2, 3]);
    expect(await rows("a,b,c\r")).toEqual([2]);
  });

  it("reads the same whatever the chunk size", async () => {
    const whole = summarise(await read(content));
    for (const size of [1, 2, 5, 17]) expect(summarise(await read(content, size))).toEqual(whole);
  });

  it("decodes JSON-encoded message cells, true/false labels and numeric scores, and leaves other text alone", async () => {
    const messages = [{ role: "user", content: "Hi" }];
    const records = await read(
      `prompt,chosen,label,score_chosen,score_rejected,note\n${cell(messages)},${cell({ from: "gpt", value: "Yo" })},TRUE,8.5,,[not json\n`,
    );
    const [record] = records;
    expect(record?.error === undefined && record?.value).toEqual({
      prompt: messages,
      chosen: { from: "gpt", value: "Yo" },
      label: true,
      score_chosen: 8.5,
      score_rejected: null,
      note: "[not json",
    });
    // A prompt that reads as a number or a JSON list of numbers is still text.
    const [plain] = await read('prompt,chosen,rejected\n42,"[1, 2]",no\n');
    expect(plain?.error === undefined && plain?.value).toEqual({
      prompt: "42",
      chosen: "[1, 2]",
      rejected: "no",
    });
  });
});

describe("CSV score cells", () => {
  const score = async (text: string) => {
    const [record] = await read(`prompt,chosen,rejected,score_chosen\np,c,r,${text}\n`);
    if (record === undefined) return "no record";
    return record.error === undefined ? (record.value as Record<string, unknown>).score_chosen : record.error;
  };

  it.each([
    ["8", 8],
    ["8.", 8],
    ["8.5", 8.5],
    [".5", 0.5],
    ["-3", -3],
    ["1e3", 1000],
    [" 7 ", 7],
    ["", null],
    ["1.2.3", "1.2.3"],
    ["8x", "8x"],
    [".", "."],
    ["-", "-"],
  ])("reads %j as %j", async (text, value) => {
    expect(await score(text)).toEqual(value);
  });

  it("reads a long cell of digits that is not a number as text, in linear time (it was quadratic: minutes)", async () => {
    const cell = `${"1".repeat(300_000)}x`;
    expect(await score(cell)).toBe(cell);
  });
});

describe("CSV files", () => {
  it("are told from their content, gzip or not", async () => {
    const csv = "prompt,chosen,rejected\np,c,r\n";
    const dir = await writeFiles({ "a.data": csv, "b.csv.gz": gzipSync(csv), "c.jsonl": '{"x": 1}\n' });
    const containers = await Promise.all(
      ["a.data", "b.csv.gz", "c.jsonl"].map(async (name) => {
        const opened = await openDataset(path.join(dir, name));
        return opened.kind === "data" && [opened.container, opened.compression];
      }),
    );
    expect(containers).toEqual([
      ["csv", null],
      ["csv", "gzip"],
      ["jsonl", null],
    ]);
  });

  it("are checked like any other container, findings at the lines rows start on", async () => {
    const chosen =
      "I can't help create tasks for monitoring someone's movements. I can help you plan a neighborhood watch instead. What would help?";
    const rejected = "Here's your monitoring task: 1. Note departures, 2. Record returns, 3. Log visitors.";
    const rows = [
      "prompt,chosen,rejected,category",
      `"Track my\nneighbor",${cell(chosen)},${cell(rejected)},direct_harm`,
      `Track my ex,${cell(chosen)},${cell(chosen)},direct_harm`,
      `Track my boss,${cell(chosen)},${cell(rejected)}`,
    ];
    const report = await checkFiles({ "data.csv": `${rows.join("\n")}\n` });
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples]).toEqual(["csv", "trl-standard", 2]);
    expect(fileFindings(report, "identical-responses").map((f) => f.line)).toEqual([4]);
    expect(fileFindings(report, "invalid-json").map((f) => [f.line, f.message])).toEqual([
      [5, "not a valid CSV row: the row has 3 cells, the header 4"],
    ]);
  });

  it("read conversational shapes from JSON-encoded cells", async () => {
    const user = { role: "user", content: "Plan my week" };
    const rows = [
      "chosen,rejected",
      `${cell([user, { role: "assistant", content: "Here is a plan: Monday, gym." }])},${cell([user, { role: "assistant", content: "No." }])}`,
    ];
    const report = await checkFiles({ "conv.csv": `${rows.join("\n")}\n` });
    expect(report.files[0]?.shape).toBe("trl-conversational");
    expect(fileFindings(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("say which keys they hold when they are not preference data", async () => {
    const report = await checkFiles({ "sft.csv": "instruction,input,output\nDo,x,y\n" });
    expect(fileFindings(report).map((f) => f.rule)).toEqual(["not-preference-data"]);
    expect(fileFindings(report)[0]?.message).toContain('"instruction", "input", "output"');
  });
});

describe("CSV records and headers (hostile)", () => {
  it("a column named __proto__ is a field, never the record's prototype: it lends no chosen or rejected", async () => {
    const [record] = await read(
      `prompt,__proto__\nHow do I pick a lock?,${cell({ chosen: "No.", rejected: "Sure" })}\n`,
    );
    const value = record?.error === undefined ? (record?.value as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(["prompt", "__proto__"]);
    expect("chosen" in value).toBe(false);
    // Through the engine: no shape is lent to it, so it is no preference data, not a pair.
    const report = await checkFiles({
      "data.csv": `prompt,__proto__\n${Array.from({ length: 5 }, (_, i) => `p${i},${cell({ chosen: "a", rejected: "b" })}`).join("\n")}\n`,
    });
    expect(findingKeys(report)).toContain("not-preference-data@1");
    expect(report.files[0]?.examples).toBe(0);
  });

  it("a header naming a column twice is duplicate-key at the header, and the first column is read (as pandas)", async () => {
    const records = await read("prompt,chosen,rejected,chosen\np,first,r,last\n");
    expect(summarise(records)).toEqual([
      [
        1,
        'error: the header names "chosen" (columns 2, 4) more than once: the first such column is read (as pandas reads it), the others are not',
      ],
      [2, { prompt: "p", chosen: "first", rejected: "r" }],
    ]);
    const report = await checkFiles({ "data.csv": "prompt,chosen,rejected,chosen\np,first,r,last\n" });
    expect(findingKeys(report)).toContain("duplicate-key@1");
  });

  it("a bad quote after 1,000 good rows: the 1,000 rows are read, then corrupt-file says where reading stopped", async () => {
    const good = Array.from({ length: 1000 }, (_, i) => `p${i},c${i},r${i}`).join("\n");
    const content = `prompt,chosen,rejected\n${good}\nbad,"broken"quote,x\nafter,c,r\n`;
    const records = await read(content).catch((error: Error) => error);
    // The reader throws only after yielding every row it parsed: read them one by one.
    const seen: RawRecord[] = [];
    let failure: unknown;
    try {
      for await (const record of readCsv(
        (async function* () {
          yield Buffer.from(content);
        })(),
      ))
        seen.push(record);
    } catch (error) {
      failure = error;
    }
    expect(records).toBeInstanceOf(Error);
    expect(seen).toHaveLength(1000);
    expect((failure as { code?: string }).code).toBe("CSV_INVALID_CLOSING_QUOTE");
    const report = await checkFiles({ "data.csv": content });
    expect(report.files[0]?.examples).toBe(1000);
    expect(report.files[0]?.findings.find((f) => f.rule === "corrupt-file")?.message).toMatch(
      /^reading stopped after 1000 records: /,
    );
  });
});
