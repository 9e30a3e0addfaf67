import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GOOD_PAIR, jsonl, REAL_FIXTURES, writeFiles } from "../helpers/run-check.js";
import { parseLines, runCli } from "../support/cli.js";

// `dataset-ci export` as users run it: the bundled CLI, real files in, TRL JSONL out.

const run = (args: string[], cwd: string) => runCli(args, { cwd });

const GOOD = GOOD_PAIR;

describe("dataset-ci export", () => {
  it("writes a standard dataset as TRL standard JSONL, leaving out and listing the examples with errors", async () => {
    const dir = await writeFiles({
      "data.jsonl": jsonl([
        GOOD,
        { ...GOOD, prompt: "p2", rejected: GOOD.chosen }, // identical-responses: an error
        { ...GOOD, prompt: "p3", chosen: `You should know better. ${GOOD.chosen}` }, // a warning: kept
        { ...GOOD, prompt: "p4", score_chosen: 2, score_rejected: 7 }, // score-inverted: an error
      ]),
    });
    const result = run(["export", "--to", "trl", "data.jsonl", "--no-progress"], dir);
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout)).toEqual([
      { prompt: GOOD.prompt, chosen: GOOD.chosen, rejected: GOOD.rejected },
      { prompt: "p3", chosen: `You should know better. ${GOOD.chosen}`, rejected: GOOD.rejected },
    ]);
    expect(result.stderr).toContain("left out data.jsonl:2: identical-responses");
    expect(result.stderr).toContain("left out data.jsonl:4: score-inverted");
    expect(result.stderr).toContain("wrote 2 of 4 examples as trl-standard; left out 2");
  });

  it("writes ShareGPT data as TRL conversational JSONL to a file, and the result checks clean", async () => {
    const dir = await writeFiles({});
    const source = path.join(REAL_FIXTURES, "llamafactory-dpo_en_demo.json");
    const result = run(["export", "--to", "trl", source, "-o", "dpo.jsonl"], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /wrote 300 of 300 examples as trl-conversational to dpo\.jsonl; left out 0/,
    );
    const records = parseLines(await readFile(path.join(dir, "dpo.jsonl"), "utf8"));
    const original = JSON.parse(await readFile(source, "utf8"));
    expect(records).toHaveLength(300);
    expect(records[0]).toEqual({
      prompt: original[0].conversations.map((m: { value: string }) => ({ role: "user", content: m.value })),
      chosen: [{ role: "assistant", content: original[0].chosen.value }],
      rejected: [{ role: "assistant", content: original[0].rejected.value }],
    });

    // What export writes, check reads as TRL conversational data with no record error.
    const checked = run(["check", "dpo.jsonl", "--format", "json"], dir);
    const report = JSON.parse(checked.stdout);
    expect(report.files[0].shape).toBe("trl-conversational");
    expect(report.files[0].findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("keeps multi-turn prompts conversational, and --to trl-standard leaves them out saying why", async () => {
    const source = path.join(REAL_FIXTURES, "hh-rlhf-harmless-base-test.jsonl.gz");
    const dir = await writeFiles({});
    const auto = run(["export", "--to", "trl", source, "-o", "hh.jsonl"], dir);
    expect(auto.stderr).toMatch(/wrote 2,308 of 2,312 examples as trl-conversational/);
    expect(auto.stderr).toContain("hh-rlhf-harmless-base-test.jsonl.gz:87: empty-response");
    // 2,308 records to a file: the writes wait for the stream without Node warning of a listener leak.
    expect(auto.stderr).not.toContain("Warning");
    expect(parseLines(await readFile(path.join(dir, "hh.jsonl"), "utf8"))).toHaveLength(2308);

    const standard = run(["export", "--to", "trl-standard", source], dir);
    expect(standard.status).toBe(0);
    const records = parseLines(standard.stdout);
    expect(records.length).toBeGreaterThan(500);
    expect(records.every((r) => typeof r.prompt === "string" && !r.prompt.includes("\n\nHuman:"))).toBe(true);
    expect(standard.stderr).toContain("its prompt has several turns");
  });

  it("writes KTO data as TRL's unpaired preference format", async () => {
    const dir = await writeFiles({});
    const source = path.join(REAL_FIXTURES, "llamafactory-kto_en_demo.json");
    const result = run(["export", "--to", "trl", source], dir);
    const records = parseLines(result.stdout);
    const original = JSON.parse(await readFile(source, "utf8"));
    expect(records).toHaveLength(300);
    expect(records[0]).toEqual({
      prompt: original[0].messages.slice(0, -1),
      completion: [original[0].messages.at(-1)],
      label: original[0].label,
    });
    expect(result.stderr).toContain("as trl-conversational (unpaired)");
  });

  it.each([
    [["export", "data.jsonl"], "export needs --to"],
    [["export", "--to", "dpo", "data.jsonl"], "--to must be trl, trl-standard or trl-conversational"],
    [["export", "--to", "trl", "data.jsonl", "data.jsonl"], "export takes exactly one file"],
    [
      ["export", "--to", "trl", "data.jsonl", "-o", "no/such/dir/out.jsonl"],
      "cannot write no/such/dir/out.jsonl",
    ],
  ])("exits 2 on %j", async (args, message) => {
    const dir = await writeFiles({ "data.jsonl": jsonl([GOOD]) });
    const result = run(args, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("exits 1 and writes nothing for a file that is not preference data", async () => {
    const dir = await writeFiles({});
    const source = path.join(REAL_FIXTURES, "llamafactory-alpaca_en_demo.json");
    const result = run(["export", "--to", "trl", source, "-o", "out.jsonl"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("nothing to export");
    expect(result.stderr).toContain("not-preference-data");
    expect(existsSync(path.join(dir, "out.jsonl"))).toBe(false);
  });
});
