import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonl, REAL_FIXTURES, writeFiles } from "../helpers/run-check.js";
import { parseLines, runCli } from "../support/cli.js";

// `dataset-ci export` on the layouts whose prompt is an instruction or a question, as users run it: the
// bundled CLI. A prompt the record holds is written, or the record is left out; never a prompt-less pair.

const run = (args: string[], cwd: string) => runCli(args, { cwd });

const CHOSEN = "Paris is the capital of France, and has been for most of its history.";
const REJECTED = "I believe it is Lyon, the largest city in the south of the country.";

describe("dataset-ci export of instruction and question layouts", () => {
  it("writes an Alpaca-style pair's instruction, input, system and history as the prompt", async () => {
    const dir = await writeFiles({
      "pairs.json": JSON.stringify([
        {
          system: "Answer in one sentence.",
          history: [["Hello", "Hello! How can I help?"]],
          instruction: "What is the capital of this country?",
          input: "France",
          chosen: CHOSEN,
          rejected: REJECTED,
        },
      ]),
    });
    const result = run(["export", "--to", "trl", "pairs.json", "--no-progress"], dir);
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout)).toEqual([
      {
        prompt: [
          { role: "system", content: "Answer in one sentence." },
          { role: "user", content: "Hello" },
          { role: "assistant", content: "Hello! How can I help?" },
          { role: "user", content: "What is the capital of this country?\nFrance" },
        ],
        chosen: [{ role: "assistant", content: CHOSEN }],
        rejected: [{ role: "assistant", content: REJECTED }],
      },
    ]);
  });

  it("writes the MedicalGPT reward file whole, each question its prompt", async () => {
    const dir = await writeFiles({});
    const source = path.join(REAL_FIXTURES, "medicalgpt-reward-test.jsonl");
    const result = run(["export", "--to", "trl-standard", source, "-o", "out.jsonl", "--no-progress"], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/wrote 100 of 100 examples as trl-standard to out\.jsonl; left out 0/);
    const written = parseLines(await readFile(path.join(dir, "out.jsonl"), "utf8"));
    const original = parseLines(await readFile(source, "utf8"));
    expect(written).toEqual(
      original.map((r) => ({ prompt: r.question, chosen: r.response_chosen, rejected: r.response_rejected })),
    );
  });

  it("leaves out a pair whose prompt it does not read, and exits 1 when it writes nothing", async () => {
    const dir = await writeFiles({
      "context.jsonl": jsonl([
        { context: "The user asks for the capital of France.", chosen: CHOSEN, rejected: REJECTED },
      ]),
    });
    const result = run(["export", "--to", "trl", "context.jsonl", "-o", "out.jsonl", "--no-progress"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("left out context.jsonl:1: unread-prompt-field");
    expect(result.stderr).toContain("wrote 0 of 1 examples");
    expect(
      existsSync(path.join(dir, "out.jsonl")) ? await readFile(path.join(dir, "out.jsonl"), "utf8") : "",
    ).toBe("");
  });

  it("takes an empty prompt for no prompt when the record's is under another key", async () => {
    const dir = await writeFiles({
      "data.jsonl": jsonl([
        { prompt: "What is the capital of France?", chosen: CHOSEN, rejected: REJECTED },
        { prompt: "", instruction: "Name the capital of France.", chosen: CHOSEN, rejected: REJECTED },
      ]),
    });
    const result = run(["export", "--to", "trl", "data.jsonl", "--no-progress"], dir);
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain("left out data.jsonl:2: unread-prompt-field");
  });

  it("still writes a pair that has its prompt, whatever else it leaves unread", async () => {
    const dir = await writeFiles({
      "data.jsonl": jsonl([
        { prompt: "What is the capital of France?", system: "Be brief.", chosen: CHOSEN, rejected: REJECTED },
      ]),
    });
    const result = run(["export", "--to", "trl", "data.jsonl", "--no-progress"], dir);
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout)).toEqual([
      { prompt: "What is the capital of France?", chosen: CHOSEN, rejected: REJECTED },
    ]);
  });
});
