import { describe, expect, it } from "vitest";
import { jsonArrayRecordSpans } from "../src/read/record-spans.js";

describe("jsonArrayRecordSpans", () => {
  it("maps each multi-line record's first line to its last, aware of strings", () => {
    const text = [
      "[",
      "  {", // 2
      '    "prompt": "a } ] { [ \\" inside a string",',
      '    "chosen": ["x", {"y": 1}]',
      "  },", // 5
      '  {"prompt": "one line"},', // 6: a one-line record has no span
      "  {", // 7
      '    "prompt": "b"',
      "  }", // 9
      "]",
    ].join("\n");
    expect([...jsonArrayRecordSpans(text)]).toEqual([
      [2, 5],
      [7, 9],
    ]);
  });

  it("takes the record's own first line when the previous record ends on it", () => {
    const text = '[{"a":\n1}, {"b":\n2,\n"c": 3}]\n';
    expect([...jsonArrayRecordSpans(text)]).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });
});
