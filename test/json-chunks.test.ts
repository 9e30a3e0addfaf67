import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Baseline } from "../src/check/baseline-match.js";
import { check } from "../src/check/check.js";
import { datasetInfo, defaultConfig, parseConfig } from "../src/config/config.js";
import { planDatasets } from "../src/config/discover.js";
import type { Report } from "../src/model/report.js";
import { jsonChunks, jsonFileChunks } from "../src/report/json-chunks.js";
import { renderText, renderTextChunks } from "../src/report/render-text.js";
import { writeChunks, writeFileChunks } from "../src/report/write-chunks.js";
import { checkFiles, GOOD_PAIR, jsonl, REAL_FIXTURES, tempDir } from "./helpers/run-check.js";

// The report's JSON is written in pieces as it is made (at a million examples it is some 50 MB): what is
// written must stay JSON.stringify(report, null, 2) and a newline, byte for byte, for every report.

const REPO = path.resolve(REAL_FIXTURES, "../../..");
const realFixtures = readdirSync(REAL_FIXTURES).filter(
  (name) => !name.endsWith(".md") && name !== "licences",
);

/** The text the pieces make, and the pieces' count and longest. */
function joined(chunks: Iterable<string>): { text: string; count: number; longest: number } {
  let text = "";
  let count = 0;
  let longest = 0;
  for (const chunk of chunks) {
    text += chunk;
    count++;
    longest = Math.max(longest, chunk.length);
  }
  return { text, count, longest };
}

async function checkReal(names: string[], baseline?: Baseline): Promise<Report> {
  return check({
    ...(baseline ? { baseline } : {}),
    config: defaultConfig(),
    datasets: [
      {
        info: datasetInfo("default"),
        files: names.map((name) => ({ path: path.join(REAL_FIXTURES, name), display: name, report: true })),
      },
    ],
    // Fingerprints too: every field a finding can have.
    fingerprints: true,
  });
}

describe("jsonFileChunks: a report's JSON in pieces", () => {
  it.each(realFixtures)(
    "is JSON.stringify(report, null, 2) and a newline for the real dataset %s",
    async (name) => {
      const report = await checkReal([name]);
      expect(joined(jsonFileChunks(report)).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    },
  );

  it("is the same for every real dataset at once, one piece a finding at most", async () => {
    const report = await checkReal(realFixtures);
    // Compact too, as the action's analysis artifact holds it.
    expect(joined(jsonChunks(report, { compact: true })).text).toBe(JSON.stringify(report));
    const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
    expect(findings).toBeGreaterThan(500);
    const { text, count, longest } = joined(jsonFileChunks(report));
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // Never the report, nor a file's findings, in one string: a finding (or a few lines) a piece.
    expect(count).toBeGreaterThan(findings);
    const largestFinding = Math.max(
      ...report.files.flatMap((f) => f.findings.map((finding) => JSON.stringify(finding, null, 2).length)),
    );
    expect(longest).toBeLessThanOrEqual(largestFinding + 200);
  });

  it("is the same for a dataset with categories, a baseline's findings, fixes and end lines", async () => {
    const config = parseConfig(await readFile(path.join(REPO, "examples/dataset-ci.yml"), "utf8"), "c.yml");
    const withCategories = await check({ config, datasets: await planDatasets(config, [], REPO) });
    expect(withCategories.datasets[0]?.categories.length).toBeGreaterThan(0);
    expect(joined(jsonFileChunks(withCategories)).text).toBe(`${JSON.stringify(withCategories, null, 2)}\n`);

    // Half the findings accepted by a baseline: `baselined` on some, counted apart in the summary.
    const first = await checkReal(realFixtures);
    const accepted = first.files.flatMap((f) => f.findings.filter((_, i) => i % 2 === 0));
    const baseline = new Map(accepted.map((f) => [f.fingerprint as string, 1]));
    const baselined = await checkReal(realFixtures, baseline);
    expect(baselined.summary.baselined).toBeGreaterThan(0);
    expect(joined(jsonFileChunks(baselined)).text).toBe(`${JSON.stringify(baselined, null, 2)}\n`);

    const withFixes = await checkFiles(
      {
        "data.jsonl": jsonl([
          { ...GOOD_PAIR, category: "Edge Cases" },
          { ...GOOD_PAIR, prompt: "naïve « quoted » \u2028 line\nbreak \\ back\tslash", category: "harms" },
        ]),
        // A record over several lines (a JSON array file): findings with endLine.
        "more.json": `${JSON.stringify([{ prompt: "p", chosen: "", rejected: "r" }], null, 2)}\n`,
      },
      "datasets:\n  - name: d\n    files: '*'\n    categories:\n      edge_cases: {}\n      harms: {}\n",
      { fingerprints: true },
    );
    const findings = withFixes.files.flatMap((f) => f.findings);
    expect(findings.some((f) => f.fix !== undefined)).toBe(true);
    expect(findings.some((f) => f.endLine !== undefined)).toBe(true);
    expect(joined(jsonFileChunks(withFixes)).text).toBe(`${JSON.stringify(withFixes, null, 2)}\n`);
  });
});

describe("renderTextChunks: the text report in pieces", () => {
  it("is renderText's text, a line a piece: never a file's findings in one string", async () => {
    const report = await checkReal(realFixtures);
    const { text, count, longest } = joined(renderTextChunks(report, { color: true }));
    expect(text).toBe(renderText(report, { color: true }));
    expect(text.endsWith("\n")).toBe(true);
    expect(count).toBe(text.split("\n").length - 1);
    expect(longest).toBeLessThan(2000);
  });
});

describe("jsonChunks: any value as JSON.stringify(value, null, 2) writes it", () => {
  const date = new Date(Date.UTC(2026, 0, 2));
  it.each([
    ["an empty object", {}],
    ["an empty array", []],
    ["empty arrays and objects inside walked ones", { a: [], b: {}, c: [[], {}, [[]]], d: [{ e: [] }] }],
    ["nested arrays", [[1, [2, [3, []]]], { x: [{ y: [null, true, "z"] }] }]],
    [
      "members JSON leaves out or writes as null",
      { a: undefined, b: () => 1, c: Symbol("s"), list: [undefined, () => 1, Symbol("t"), 1], d: 2 },
    ],
    [
      "an object whose every member is left out (an array whose toJSON gives undefined)",
      { list: Object.assign([1], { toJSON: () => undefined }), gone: undefined },
    ],
    ["an object with a member left out before its array", { gone: undefined, list: [1] }],
    [
      "escapes and unicode in keys and strings",
      { 'k"ey\n': ["\u0000\u001f\u2028\ud800 lone", "é ✓ 😀", "</script>"], "": [""] },
    ],
    ["numbers JSON writes as null", { list: [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21] }],
    ["toJSON, at any depth", { when: date, list: [date, { when: date, more: [date] }] }],
    ["keys that look like indexes (sorted first by JSON)", { b: 1, 2: [1], a: [2], 1: "x" }],
    ["a null prototype", Object.assign(Object.create(null), { list: [1, { a: 2 }] })],
    [
      "a class instance (not walked)",
      [
        new (class Point {
          constructor(
            readonly x = 1,
            readonly y = [2],
          ) {}
        })(),
      ],
    ],
    ["a primitive", "text"],
    ["null", null],
  ])("%s", (_, value) => {
    expect(joined(jsonChunks(value)).text).toBe(JSON.stringify(value, null, 2));
    expect(joined(jsonChunks(value, { compact: true })).text).toBe(JSON.stringify(value));
  });

  it("yields nothing for what JSON.stringify returns undefined for", () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
    expect([...jsonChunks(() => 1)]).toEqual([]);
  });
});

describe("writing the pieces", () => {
  /** A stream that takes its writes slowly, and records how much it ever held unwritten. */
  function slowStream(): { stream: Writable; written: () => string; mostHeld: () => number } {
    let written = "";
    let mostHeld = 0;
    const stream = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        written += chunk;
        setImmediate(done);
      },
    });
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string) => {
      const result = write(chunk);
      mostHeld = Math.max(mostHeld, stream.writableLength);
      return result;
    }) as typeof stream.write;
    return { stream, written: () => written, mostHeld: () => mostHeld };
  }

  const manyPieces = () => Array.from({ length: 20_000 }, (_, i) => `piece ${i} ✓\n`);

  it("writes every piece in order, and waits while the stream is full (never holding the whole text)", async () => {
    const { stream, written, mostHeld } = slowStream();
    await writeChunks(stream, manyPieces());
    await new Promise((resolve) => stream.end(resolve));
    const expected = manyPieces().join("");
    expect(written()).toBe(expected);
    expect(expected.length).toBeGreaterThan(200_000);
    // One batch waits at most: without back-pressure the stream would hold nearly all of it.
    expect(mostHeld()).toBeLessThan(expected.length / 2);
  });

  it("rejects with the stream's error instead of waiting for ever", async () => {
    const stream = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
      },
    });
    await expect(writeChunks(stream, manyPieces())).rejects.toThrow("EPIPE");
  });

  it("writes a file whole, replacing what it held", async () => {
    const file = path.join(await tempDir(), "report.json");
    await writeFileChunks(file, ["old content that is longer than the new"]);
    await writeFileChunks(file, manyPieces());
    expect(await readFile(file, "utf8")).toBe(manyPieces().join(""));
    await expect(writeFileChunks(path.join(file, "not-a-directory", "x"), ["x"])).rejects.toThrow(/ENOTDIR/);
  });
});
