import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { readExamples } from "../src/check/read-file.js";
import { datasetInfo, defaultConfig } from "../src/config/config.js";
import { type Example, SHAPE_NAMES, type ShapeName } from "../src/model/example.js";
import type { Report } from "../src/model/report.js";
import { detectShape, normalise } from "../src/read/shapes.js";
import {
  checkFiles,
  checkRecords,
  fileFindings,
  jsonl,
  REAL_FIXTURES,
  writeFiles,
} from "./helpers/run-check.js";

// The layouts whose prompt is an instruction or a question, ranked lists, ShareGPT pairs of plain strings,
// and multi-turn message lists: each read whole, its prompt reaching the example, nothing dropped silently.

const user = (content: string) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });
const system = (content: string) => ({ role: "system", content });

// Records modelled on the real files (LLaMA-Factory's data/README.md layouts, MedicalGPT's data/reward,
// Intel/orca_dpo_pairs, PKU-SafeRLHF-derived ranked files), and the example each must become.
const CASES: Array<{
  name: string;
  shape: ShapeName;
  record: Record<string, unknown>;
  conversation: Array<{ role: string; content: string }>;
  chosen: string;
  rejected: string;
}> = [
  {
    name: "alpaca pair, instruction only",
    shape: "alpaca-pairs",
    record: { instruction: "Name a prime.", input: "", chosen: "7 is prime.", rejected: "8." },
    conversation: [user("Name a prime.")],
    chosen: "7 is prime.",
    rejected: "8.",
  },
  {
    name: "alpaca pair, instruction and input joined by a line break as LLaMA-Factory joins them",
    shape: "alpaca-pairs",
    record: {
      instruction: "Translate to French.",
      input: "Good morning",
      chosen: "Bonjour",
      rejected: "Hola",
    },
    conversation: [user("Translate to French.\nGood morning")],
    chosen: "Bonjour",
    rejected: "Hola",
  },
  {
    name: "alpaca pair with system and history",
    shape: "alpaca-pairs",
    record: {
      system: "You are a tutor.",
      history: [["What is 2+2?", "4."]],
      instruction: "And 3+3?",
      chosen: "6.",
      rejected: "7.",
    },
    conversation: [system("You are a tutor."), user("What is 2+2?"), assistant("4."), user("And 3+3?")],
    chosen: "6.",
    rejected: "7.",
  },
  {
    name: "question pair, chosen/rejected (Intel orca_dpo_pairs)",
    shape: "question-pairs",
    record: { system: "", question: "Is water wet?", chosen: "Yes, in the everyday sense.", rejected: "No." },
    conversation: [user("Is water wet?")],
    chosen: "Yes, in the everyday sense.",
    rejected: "No.",
  },
  {
    name: "question pair, response_chosen/response_rejected (MedicalGPT reward)",
    shape: "question-pairs",
    record: {
      question: "肛门病变可能是什么疾病的症状?",
      response_chosen: "食管克罗恩病",
      response_rejected: "肛门病变可能与多种不同类型的病症有关。",
    },
    conversation: [user("肛门病变可能是什么疾病的症状?")],
    chosen: "食管克罗恩病",
    rejected: "肛门病变可能与多种不同类型的病症有关。",
  },
  {
    name: "question pair with system and history (MedicalGPT's newer files)",
    shape: "question-pairs",
    record: {
      system: "你是医生。",
      history: [["头疼怎么办？", "多休息。"]],
      question: "还疼呢？",
      response_chosen: "请就医。",
      response_rejected: "忍着。",
    },
    conversation: [system("你是医生。"), user("头疼怎么办？"), assistant("多休息。"), user("还疼呢？")],
    chosen: "请就医。",
    rejected: "忍着。",
  },
  {
    name: "ranked list: prompt and response [chosen, rejected]",
    shape: "ranked-list",
    record: { prompt: "How do I pick a lock?", response: ["Call a locksmith.", "Use a tension wrench…"] },
    conversation: [user("How do I pick a lock?")],
    chosen: "Call a locksmith.",
    rejected: "Use a tension wrench…",
  },
  {
    name: "ranked list: instruction, input and output [chosen, rejected] (LLaMA-Factory ranking: true)",
    shape: "ranked-list",
    record: { instruction: "Summarise.", input: "A long text.", output: ["A summary.", "Text."] },
    conversation: [user("Summarise.\nA long text.")],
    chosen: "A summary.",
    rejected: "Text.",
  },
  {
    name: "ShareGPT pair whose chosen and rejected are plain strings",
    shape: "sharegpt",
    record: { conversations: [{ from: "human", value: "Hi" }], chosen: "Hello!", rejected: "Go away." },
    conversation: [user("Hi")],
    chosen: "Hello!",
    rejected: "Go away.",
  },
];

describe("layouts", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s: detected, read whole, no problem", (_, c) => {
    expect(detectShape(c.record)).toBe(c.shape);
    const { example, problems } = normalise(c.record, c.shape, 3, 0);
    expect(problems).toEqual([]);
    expect({
      conversation: example.conversation,
      chosen: example.chosen,
      rejected: example.rejected,
    }).toEqual({
      conversation: c.conversation,
      chosen: c.chosen,
      rejected: c.rejected,
    });
  });

  it("still reads instruction-tuning records (output a string) as no preference data", () => {
    expect(detectShape({ instruction: "i", input: "", output: "o" })).toBeNull();
    expect(detectShape({ query: "q", response: "r", history: [] })).toBeNull();
  });

  it("reports a ranked list of another length instead of guessing the pair", () => {
    for (const list of [["A", "B", "C"], ["A"], []]) {
      const record = { prompt: "P", response: list };
      expect(detectShape(record)).toBe("ranked-list");
      const { example, problems } = normalise(record, "ranked-list", 1, 0);
      expect(problems.map((p) => [p.rule, p.field])).toEqual([["wrong-type", "response"]]);
      expect(problems[0]?.message).toContain(`found ${list.length}`);
      expect([example.chosen, example.rejected]).toEqual([undefined, undefined]);
    }
    const { problems } = normalise({ prompt: "P", output: ["A", 3] }, "ranked-list", 1, 0);
    expect(problems.map((p) => [p.rule, p.field])).toEqual([["wrong-type", "output[1]"]]);
  });

  it("reads a ranked list and a history from CSV cells, and leaves a bracketed prompt as text", async () => {
    const csv = [
      "prompt,history,response",
      '"[""a"", ""b""] are letters: name one","[[""Hi"", ""Hello""]]","[""a"", ""Nothing.""]"',
      "",
    ].join("\n");
    const report = await checkFiles({ "ranked.csv": csv });
    expect([report.files[0]?.shape, report.files[0]?.examples]).toEqual(["ranked-list", 1]);
    expect(fileFindings(report).filter((f) => f.severity === "error")).toEqual([]);
    const examples: Example[] = [];
    const dir = await writeFiles({ "ranked.csv": csv });
    await readExamples(path.join(dir, "ranked.csv"), (example) => {
      examples.push(example);
    });
    expect(examples.map((e) => [e.conversation, e.chosen, e.rejected])).toEqual([
      [[user("Hi"), assistant("Hello"), user('["a", "b"] are letters: name one')], "a", "Nothing."],
    ]);
  });

  it("reports a history that is not [user, assistant] pairs", () => {
    const { problems } = normalise(
      { instruction: "I", history: [["u", "a"], ["only one"], "text"], chosen: "C", rejected: "R" },
      "alpaca-pairs",
      1,
      0,
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ["wrong-type", "history[1]"],
      ["wrong-type", "history[2]"],
    ]);
  });

  it("gives a ShareGPT file of plain-string responses no wrong-type, and checks their texts", async () => {
    const record = (value: string, chosen: string) => ({
      conversations: [{ from: "human", value }],
      chosen,
      rejected: "No.",
    });
    const report = await checkRecords([
      record("Say hi", "Hello there, nice to meet you!"),
      record("Say bye", "No."),
    ]);
    expect(fileFindings(report, "wrong-type")).toEqual([]);
    expect(fileFindings(report, "identical-responses").map((f) => f.line)).toEqual([2]);
  });
});

describe("multi-turn message-list responses", () => {
  it("calls chosen and rejected that differ before their last assistant turn a context-mismatch", () => {
    const record = {
      chosen: [user("Hi"), assistant("Hello"), user("Tell me a joke"), assistant("Why did the chicken…")],
      rejected: [user("Hi"), assistant("Hello"), user("Insult me"), assistant("No.")],
    };
    const { example, problems } = normalise(record, "trl-conversational", 1, 0);
    expect(problems.map((p) => [p.rule, p.field])).toEqual([["context-mismatch", "rejected"]]);
    expect(problems[0]?.message).toContain("from turn 3");
    // The responses are the last assistant turns: no user's words are read as a response.
    expect([example.chosen, example.rejected]).toEqual(["Why did the chicken…", "No."]);
    expect(example.conversation).toEqual(record.chosen.slice(0, 3));
  });

  it("reads turns after an explicit prompt that both sides share as context, not as the response", () => {
    const record = {
      prompt: [user("Hi")],
      chosen: [assistant("Hello"), user("A joke?"), assistant("Knock knock.")],
      rejected: [assistant("Hello"), user("A joke?"), assistant("No.")],
    };
    const { example, problems } = normalise(record, "trl-conversational", 1, 0);
    expect(problems).toEqual([]);
    expect([example.chosen, example.rejected]).toEqual(["Knock knock.", "No."]);
    expect(example.conversation).toEqual([user("Hi"), assistant("Hello"), user("A joke?")]);

    const differing = { ...record, rejected: [assistant("Hello"), user("Something else"), assistant("No.")] };
    const mismatch = normalise(differing, "trl-conversational", 1, 0);
    expect(mismatch.problems.map((p) => p.rule)).toEqual(["context-mismatch"]);
    expect(mismatch.example.rejected).toBe("No.");
  });

  it("keeps assistant-only responses whole, as TRL reads them", () => {
    const record = {
      chosen: [user("Hi"), assistant("Hello"), assistant("How can I help?")],
      rejected: [user("Hi"), assistant("Go away")],
    };
    const { example, problems } = normalise(record, "trl-conversational", 1, 0);
    expect(problems).toEqual([]);
    expect([example.chosen, example.rejected]).toEqual(["Hello\n\nHow can I help?", "Go away"]);
  });

  it("says a side that ends on a user turn has no response", () => {
    const record = {
      chosen: [user("Hi"), assistant("Hello")],
      rejected: [user("Hi"), assistant("x"), user("?")],
    };
    const { problems } = normalise(record, "trl-conversational", 1, 0);
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ["context-mismatch", "rejected"],
      ["missing-field", "rejected"],
    ]);
  });
});

describe("nothing dropped silently", () => {
  it("names the prompt fields a record's layout does not read", async () => {
    const report = await checkRecords([
      { context: "The user asks about tea.", chosen: "Green tea has caffeine.", rejected: "No idea." },
      { context: "", chosen: "Black tea has caffeine too.", rejected: "Maybe." },
    ]);
    const findings = fileFindings(report, "unread-prompt-field");
    expect(findings.map((f) => [f.line, f.field, f.severity])).toEqual([[1, "context", "warning"]]);
    expect(findings[0]?.message).toContain(
      '"context" holds prompt text that the trl-standard-implicit layout does not read',
    );

    const standard = await checkRecords([
      { prompt: "P1", system: "Be brief.", query: "Q", chosen: "A fine answer.", rejected: "Not one." },
    ]);
    expect(fileFindings(standard, "unread-prompt-field")[0]?.message).toMatch(/^"system", "query" hold/);
  });

  it("says nothing of a field that repeats the prompt read, nor of whole conversations", async () => {
    // A file that keeps its prompt under two keys.
    const twice = await checkRecords([
      {
        prompt: "Name a prime.",
        instruction: "Name a prime.",
        chosen: "7 is a prime number.",
        rejected: "8.",
      },
    ]);
    // HuggingFaceH4/ultrafeedback_binarized: `messages` repeats the chosen conversation.
    const ultrafeedback = await checkRecords([
      {
        prompt: "Name a prime.",
        chosen: [user("Name a prime."), assistant("11 is a prime number.")],
        rejected: [user("Name a prime."), assistant("12.")],
        messages: [user("Name a prime."), assistant("11 is a prime number.")],
      },
    ]);
    expect(ultrafeedback.files[0]?.shape).toBe("trl-conversational");
    for (const report of [twice, ultrafeedback])
      expect(fileFindings(report, "unread-prompt-field")).toEqual([]);
    const history = await checkRecords([
      { prompt: "And 3+3?", history: [["What is 2+2?", "4."]], chosen: "It is 6.", rejected: "7." },
    ]);
    expect(fileFindings(history, "unread-prompt-field").map((f) => f.field)).toEqual(["history"]);
  });

  it("reads no unread field in the real files of the layouts it knows", async () => {
    for (const name of [
      "llamafactory-dpo_en_demo.json",
      "llamafactory-kto_en_demo.json",
      "llamafactory-v1_dpo_demo.jsonl",
      "medicalgpt-reward-test.jsonl",
    ]) {
      const report = await checkReal(name);
      const rules = new Set(report.files[0]?.findings.map((f) => f.rule));
      expect([name, rules.has("unread-prompt-field"), rules.has("wrong-type")]).toEqual([name, false, false]);
    }
  });

  it("reads a record of an Alpaca-style file that lacks its instruction as missing it, not as a second shape", async () => {
    const report = await checkRecords([
      { instruction: "Name a colour.", chosen: "Blue is a colour.", rejected: "Seven." },
      { chosen: "Red is a colour.", rejected: "Nine." },
    ]);
    expect(fileFindings(report, "missing-field").map((f) => [f.line, f.field])).toEqual([[2, "instruction"]]);
    expect(fileFindings(report, "mixed-shapes")).toEqual([]);
  });

  it("lists the layouts it knows when a file is none of them, and points to the layouts table of docs/formats.md", async () => {
    const report = await checkFiles({ "sft.jsonl": jsonl([{ query: "q", response: "r" }]) });
    const [finding] = fileFindings(report, "not-preference-data");
    expect(finding?.message).toContain("instruction/input + chosen/rejected");
    expect(finding?.message).toContain("response_chosen/response_rejected");
    expect(finding?.message).toContain("dataset-ci's docs/formats.md");
  });

  it("has a row in docs/formats.md's layouts table for every shape it reads", async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, "../docs/formats.md"), "utf8");
    expect(SHAPE_NAMES.filter((shape) => !readme.includes(`| \`${shape}\``))).toEqual([]);
  });
});

describe("prompts reach the example model", () => {
  const pair = { input: "", chosen: "Paris is the capital of France.", rejected: "Lyon, I think." };

  it("tells apart records that differ only in their instruction, or only in their input", async () => {
    const report = await checkRecords([
      { ...pair, instruction: "What is the capital of France?" },
      { ...pair, instruction: "Which French city hosts the Louvre?" },
      { ...pair, instruction: "Name a city.", input: "France" },
      { ...pair, instruction: "Name a city.", input: "Europe" },
    ]);
    for (const rule of ["duplicate-example", "duplicate-prompt", "near-duplicate"]) {
      expect([rule, fileFindings(report, rule)]).toEqual([rule, []]);
    }
  });

  it("still finds two records with the same question as a duplicate prompt", async () => {
    const report = await checkRecords([
      { question: "What is the capital of France?", chosen: "Paris, on the Seine.", rejected: "Lyon." },
      { question: "What is the capital of France?", chosen: "It is Paris.", rejected: "Marseille." },
    ]);
    expect(fileFindings(report, "duplicate-prompt").map((f) => f.line)).toEqual([2]);
  });
});

async function checkReal(name: string): Promise<Report> {
  return check({
    config: defaultConfig(),
    datasets: [
      {
        info: datasetInfo("default"),
        files: [{ path: path.join(REAL_FIXTURES, name), display: name, report: true }],
      },
    ],
  });
}

describe("the MedicalGPT reward file", () => {
  it("is read whole: 100 question pairs, no wrong-type or missing field, each question its prompt", async () => {
    const report = await checkReal("medicalgpt-reward-test.jsonl");
    const file = report.files[0];
    expect([file?.container, file?.shape, file?.examples]).toEqual(["jsonl", "question-pairs", 100]);
    const schema = file?.findings.filter((f) =>
      ["wrong-type", "missing-field", "empty-response", "not-preference-data", "mixed-shapes"].includes(
        f.rule,
      ),
    );
    expect(schema).toEqual([]);

    const source = (await readFile(path.join(REAL_FIXTURES, "medicalgpt-reward-test.jsonl"), "utf8"))
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line));
    const examples: Example[] = [];
    await readExamples(path.join(REAL_FIXTURES, "medicalgpt-reward-test.jsonl"), (example) => {
      examples.push(example);
    });
    expect(examples.map((e) => [e.prompt, e.chosen, e.rejected])).toEqual(
      source.map((r) => [r.question, r.response_chosen, r.response_rejected]),
    );
  });
});

describe("the LLaMA-Factory files", () => {
  const read = async (name: string): Promise<Example[]> => {
    const examples: Example[] = [];
    await readExamples(path.join(REAL_FIXTURES, name), (example) => {
      examples.push(example);
    });
    return examples;
  };
  const source = async (name: string) => {
    const text = await readFile(path.join(REAL_FIXTURES, name), "utf8");
    return name.endsWith(".jsonl")
      ? text
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line))
      : JSON.parse(text);
  };
  const roles: Record<string, string> = { human: "user", gpt: "assistant", system: "system" };

  type ShareGptMessage = { from: string; value: string };
  type TypedMessage = { content: Array<{ value: string }> };
  type Message = { role: string; content: string };
  const typedText = (m: TypedMessage | undefined) => m?.content.map((part) => part.value).join("");

  it("still read as before: every turn of a conversation is context, the response its message alone", async () => {
    const dpo: Array<{
      conversations: ShareGptMessage[];
      chosen: ShareGptMessage;
      rejected: ShareGptMessage;
    }> = await source("llamafactory-dpo_en_demo.json");
    const dpoRead = await read("llamafactory-dpo_en_demo.json");
    expect(dpoRead.map((e) => [e.conversation, e.chosen, e.rejected])).toEqual(
      dpo.map((r) => [
        r.conversations.map((m) => ({ role: roles[m.from], content: m.value })),
        r.chosen.value,
        r.rejected.value,
      ]),
    );

    const v1: Array<{ chosen_messages: TypedMessage[]; rejected_messages: TypedMessage[] }> = await source(
      "llamafactory-v1_dpo_demo.jsonl",
    );
    const v1Read = await read("llamafactory-v1_dpo_demo.jsonl");
    expect(v1Read.map((e) => [e.conversation.length, e.chosen, e.rejected])).toEqual(
      v1.map((r) => [
        r.chosen_messages.length - 1,
        typedText(r.chosen_messages.at(-1)),
        typedText(r.rejected_messages.at(-1)),
      ]),
    );

    const kto: Array<{ messages: Message[] }> = await source("llamafactory-kto_en_demo.json");
    const ktoRead = await read("llamafactory-kto_en_demo.json");
    expect(ktoRead.map((e) => [e.conversation, e.chosen ?? e.rejected])).toEqual(
      kto.map((r) => [r.messages.slice(0, -1), r.messages.at(-1)?.content]),
    );
  });
});
