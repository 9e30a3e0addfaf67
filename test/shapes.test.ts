import { describe, expect, it } from "vitest";
import type { ShapeName } from "../src/model/example.js";
import { detectShape, normalise } from "../src/read/shapes.js";
import { checkFiles, checkRecords, fileFindings, jsonl } from "./helpers/run-check.js";

const user = (content: string) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });

// One record of every shape, and the example it must become.
const CASES: Array<{
  shape: ShapeName;
  record: Record<string, unknown>;
  prompt: string;
  chosen?: string;
  rejected?: string;
}> = [
  {
    shape: "trl-standard",
    record: { prompt: "P", chosen: "C", rejected: "R" },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "trl-standard-implicit",
    record: { chosen: "C", rejected: "R" },
    prompt: "",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "trl-conversational",
    record: { prompt: [user("P")], chosen: [assistant("C")], rejected: [assistant("R")] },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    // HuggingFaceH4/ultrafeedback_binarized: a prompt, and whole conversations that repeat it.
    shape: "trl-conversational",
    record: {
      prompt: "P",
      chosen: [user("P"), assistant("C")],
      rejected: [user("P"), assistant("R")],
      score_chosen: 8,
      score_rejected: 3,
    },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "trl-conversational",
    record: { chosen: [user("P"), assistant("C")], rejected: [user("P"), assistant("R")] },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "hh-rlhf",
    record: { chosen: "\n\nHuman: P\n\nAssistant: C", rejected: "\n\nHuman: P\n\nAssistant: R" },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "sharegpt",
    record: {
      system: "S",
      conversations: [{ from: "human", value: "P" }],
      chosen: { from: "gpt", value: "C" },
      rejected: { from: "gpt", value: "R" },
    },
    prompt: "system: S\n\nuser: P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "llamafactory-v1",
    record: {
      chosen_messages: [
        { role: "user", content: [{ type: "text", value: "P" }] },
        { role: "assistant", content: [{ type: "text", value: "C" }] },
      ],
      rejected_messages: [
        { role: "user", content: [{ type: "text", value: "P" }] },
        { role: "assistant", content: [{ type: "text", value: "R" }] },
      ],
    },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  {
    shape: "openai-dpo",
    record: {
      input: { messages: [user("P")] },
      preferred_output: [assistant("C")],
      non_preferred_output: [assistant("R")],
    },
    prompt: "P",
    chosen: "C",
    rejected: "R",
  },
  { shape: "kto", record: { prompt: "P", completion: "C", label: true }, prompt: "P", chosen: "C" },
  {
    shape: "kto",
    record: { messages: [user("P"), assistant("R")], label: false },
    prompt: "P",
    rejected: "R",
  },
];

describe("shapes", () => {
  it.each(CASES.map((c, i) => [`${c.shape} #${i}`, c] as const))("%s is detected and normalised", (_, c) => {
    expect(detectShape(c.record)).toBe(c.shape);
    const { example, problems } = normalise(c.record, c.shape, 7, 0);
    expect(problems).toEqual([]);
    expect({
      prompt: example.prompt,
      chosen: example.chosen,
      rejected: example.rejected,
      line: example.line,
    }).toEqual({
      prompt: c.prompt,
      chosen: c.chosen,
      rejected: c.rejected,
      line: 7,
    });
  });

  it("reads instruction-tuning and message-only records as no preference shape", () => {
    expect(detectShape({ instruction: "i", input: "", output: "o" })).toBeNull();
    expect(detectShape({ messages: [user("P"), assistant("C")] })).toBeNull();
  });

  it('requires a real boolean KTO label (trainers misread "true" and 1)', async () => {
    const report = await checkRecords([
      { prompt: "P", completion: "C", label: true },
      { prompt: "P", completion: "C", label: "true" },
      { prompt: "P", completion: "C", label: 1 },
    ]);
    expect(fileFindings(report, "wrong-type").map((f) => [f.line, f.field])).toEqual([
      [2, "label"],
      [3, "label"],
    ]);
  });

  it("requires exactly one assistant message in each OpenAI output", async () => {
    const base = { input: { messages: [user("P")] }, non_preferred_output: [assistant("R")] };
    const report = await checkRecords([{ ...base, preferred_output: [assistant("C"), assistant("D")] }]);
    expect(fileFindings(report, "wrong-type").map((f) => f.field)).toEqual(["preferred_output"]);
  });

  it("reports a record of another shape once as mixed-shapes, and still checks it", async () => {
    const report = await checkRecords([
      { prompt: "P", chosen: "C", rejected: "R" },
      {
        conversations: [{ from: "human", value: "P" }],
        chosen: { from: "gpt", value: "C" },
        rejected: { from: "gpt", value: "C" },
      },
      {
        conversations: [{ from: "human", value: "Q" }],
        chosen: { from: "gpt", value: "D" },
        rejected: { from: "gpt", value: "E" },
      },
    ]);
    expect(fileFindings(report, "mixed-shapes").map((f) => f.line)).toEqual([2]);
    expect(fileFindings(report, "identical-responses").map((f) => f.line)).toEqual([2]);
    expect(report.files[0]?.examples).toBe(3);
  });

  it("reads a record lacking a field of the file's shape as that shape with a missing field", async () => {
    const report = await checkRecords([
      { prompt: "P", chosen: "C", rejected: "R" },
      { chosen: "C", rejected: "R" },
      { prompt: "P", chosen: [assistant("C")], rejected: "R" },
    ]);
    expect(fileFindings(report, "missing-field").map((f) => [f.line, f.field])).toEqual([[2, "prompt"]]);
    expect(fileFindings(report, "wrong-type").map((f) => [f.line, f.field])).toEqual([[3, "chosen"]]);
    expect(fileFindings(report, "mixed-shapes")).toEqual([]);
  });

  it("names the keys it saw in a file that is not preference data", async () => {
    const report = await checkFiles({ "sft.jsonl": jsonl([{ messages: [user("P"), assistant("C")] }]) });
    const [finding] = fileFindings(report, "not-preference-data");
    expect(finding?.message).toContain('"messages"');
    expect(report.files[0]?.shape).toBeNull();
  });

  it("reports a record that is not an object, and an empty file", async () => {
    const report = await checkFiles({
      "a.jsonl": '{"prompt":"P","chosen":"C","rejected":"R"}\n[1,2]\n"text"\n',
      "b.jsonl": "",
    });
    expect(fileFindings(report, "wrong-type").map((f) => f.line)).toEqual([2, 3]);
    expect(report.files[1]?.findings.map((f) => f.rule)).toEqual(["not-preference-data"]);
  });
});
