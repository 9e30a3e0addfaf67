import { describe, expect, it } from "vitest";
import { narrowToLines } from "../src/report/scope.js";
import { checkFiles, GOOD_PAIR } from "./helpers/run-check.js";

// The changed-lines scope keeps a finding about a multi-line record when the change touched any of its
// lines, not only the first: editing a response inside a pretty-printed record or a multi-line CSV cell
// is the change's own.

const SAME = { prompt: "same", chosen: "Same text", rejected: "Same text" };

describe("changed-lines scope and records that span lines", () => {
  it("a CSV row whose quoted cell breaks lines: a change to its last line keeps its finding", async () => {
    const csv = [
      "prompt,chosen,rejected,category",
      'one,"Same',
      'text","Same',
      'text",direct_harm', // row 2–4
      'two,"Same',
      'text","Same',
      'text",direct_harm', // row 5–7
    ].join("\n");
    const report = await checkFiles({ "data.csv": `${csv}\n` });
    const lines = (r: typeof report) =>
      r.files[0]?.findings.filter((f) => f.rule === "identical-responses").map((f) => f.line);
    expect(lines(report)).toEqual([2, 5]);
    const narrowed = narrowToLines(report, { "data.csv": [4] });
    expect(lines(narrowed.report)).toEqual([2]);
    expect(narrowed.leftOut).toBeGreaterThanOrEqual(1);
  });

  it("a pretty-printed JSON record: a change inside it keeps its findings, one elsewhere does not", async () => {
    const records = [
      { ...GOOD_PAIR, ...SAME },
      { ...GOOD_PAIR, ...SAME, prompt: "other" },
    ];
    const text = `${JSON.stringify(records, null, 2)}\n`;
    const inner = text.split("\n").indexOf(`    "chosen": "Same text",`) + 1; // inside the first record
    const report = await checkFiles({ "data.json": text });
    const identical = (r: typeof report) =>
      r.files[0]?.findings.filter((f) => f.rule === "identical-responses").map((f) => f.line);
    expect(identical(report)).toEqual([2, 8]);
    expect(identical(narrowToLines(report, { "data.json": [inner] }).report)).toEqual([2]);
  });
});
