import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GOOD_PAIR, jsonl, writeFiles } from "../helpers/run-check.js";
import { CLI, runCli } from "../support/cli.js";

// The JSON report is written in pieces as it is rendered (src/report/json-chunks.ts): what a user reads
// on stdout or in the -o file is the same report, and a reader that stops early still gets the verdict.

/** A dataset whose report runs to about a megabyte: thousands of findings, many writes of the report. */
async function manyFindings(): Promise<string> {
  const records = Array.from({ length: 3000 }, (_, i) => ({
    ...GOOD_PAIR,
    prompt: `${GOOD_PAIR.prompt} — case ${i} « ✓ »`,
    chosen: "",
    rejected: "no",
  }));
  return writeFiles({ "data.jsonl": jsonl(records) });
}

describe("the CLI's JSON report, written in pieces", () => {
  it("is the same on stdout and in the -o file: JSON.stringify of itself, with 2 spaces and a newline", async () => {
    const dir = await manyFindings();
    const stdout = runCli(["check", "data.jsonl", "--format", "json", "--no-progress"], { cwd: dir });
    const file = runCli(["check", "data.jsonl", "--format", "json", "--no-progress", "-o", "report.json"], {
      cwd: dir,
    });
    expect([stdout.status, file.status]).toEqual([1, 1]);
    expect([stdout.stderr, file.stderr, file.stdout]).toEqual(["", "", ""]);
    expect(stdout.stdout.length).toBeGreaterThan(1_000_000);
    expect(await readFile(path.join(dir, "report.json"), "utf8")).toBe(stdout.stdout);
    const report = JSON.parse(stdout.stdout);
    expect(stdout.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(report.summary.examples).toBe(3000);
    expect(report.files[0].findings.length).toBeGreaterThan(3000);
  });

  it.each([
    { when: "before the report", readFirst: false },
    { when: "after its first piece", readFirst: true },
  ])("ends quietly with the verdict's status when its reader closes stdout $when", async ({ readFirst }) => {
    const dir = await manyFindings();
    const child = spawn(process.execPath, [CLI, "check", "data.jsonl", "--format", "json", "--no-progress"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (readFirst) child.stdout.once("data", () => child.stdout.destroy());
    else child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const [code] = (await once(child, "close")) as [number | null];
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});
