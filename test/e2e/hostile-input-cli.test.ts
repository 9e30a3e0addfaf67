import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { GOOD_PAIR, tempDir } from "../helpers/run-check.js";
import { runCli } from "../support/cli.js";

// The catalogue of docs/reliability.md, inputs part, where it takes the bundled CLI: a heap too small for
// the input, and names that only a command line can give.

const GOOD = JSON.stringify(GOOD_PAIR);

/** The findings of the one file of a report, as `rule@line`. */
function fileFindings(report: Report): string[] {
  return (report.files[0]?.findings ?? []).map((f) => `${f.rule}@${f.line ?? f.row}`);
}

describe("caps on size", () => {
  it("a single 100 MB line: line-too-long, in a heap too small to hold it (the CLI under --max-old-space-size=48)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "huge.jsonl");
    const out = createWriteStream(file);
    const megabyte = Buffer.alloc(1 << 20, "a");
    out.write('{"prompt":"');
    for (let i = 0; i < 100; i++)
      if (!out.write(megabyte)) await new Promise<void>((r) => out.once("drain", () => r()));
    out.end(`"}\n${GOOD}\n`);
    await finished(out);
    const result = runCli(["check", file, "--no-progress", "-f", "json"], {
      cwd: dir,
      nodeOptions: ["--max-old-space-size=48"],
    });
    expect(result.stderr).not.toMatch(/heap out of memory|FATAL/);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(fileFindings(report)).toContain("line-too-long@1");
    expect(report.files[0]?.findings.find((f) => f.rule === "line-too-long")?.message).toContain(
      "holds 104857613 bytes",
    );
    expect(report.files[0]?.examples).toBe(1);
  }, 60_000);
});

describe("hostile paths", () => {
  it("file names with spaces, unicode, a newline or a leading '-' are read, and shown escaped on one line", async () => {
    const names = ["with space.jsonl", "ünïcödé-数据.jsonl", "new\nline.jsonl", "-dash.jsonl"];
    const dir = await tempDir();
    for (const name of names) await writeFile(path.join(dir, name), `${GOOD}\n{broken\n`);
    const result = runCli(["check", "--no-progress", "--", ...names], { cwd: dir });
    expect(result.status).toBe(1);
    for (const name of names) {
      const shown = name.replace("\n", "\\n");
      expect(result.stdout).toContain(`${shown} (jsonl, trl-standard; 1 example)`);
    }
    // The newline in a name never starts a line of its own (a line starting `::` would be a workflow command).
    expect(result.stdout.split("\n").some((line) => line.startsWith("line.jsonl"))).toBe(false);
    const json = runCli(["check", "--no-progress", "-f", "json", "--", ...names], { cwd: dir });
    const report = JSON.parse(json.stdout) as Report;
    expect(
      report.files.map((f) => [
        f.path,
        f.findings.filter((x) => x.rule === "invalid-json").map((x) => x.line),
      ]),
    ).toEqual(names.map((name) => [name, [2]]));
  });
});
