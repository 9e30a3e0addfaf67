import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PARQUET_DEADLINE_ENV } from "../../src/read/parquet-deadline.js";
import { CHOSEN, parquetFile, REJECTED, ULTRAFEEDBACK, ultrafeedbackRow, user } from "../helpers/parquet.js";
import { writeFiles } from "../helpers/run-check.js";
import { CLI, runCli } from "../support/cli.js";

// Parquet through the bundled CLI: rows in the text report, and the export.
describe("Parquet", () => {
  it("shows rows in the text report and exports to TRL from the bundle", async () => {
    const rows = [ultrafeedbackRow(0), ultrafeedbackRow(1, { score_chosen: 1, score_rejected: 9 })];
    const dir = await writeFiles({ "d.parquet": parquetFile(ULTRAFEEDBACK, rows) });
    const run = (args: string[]) => runCli(args, { cwd: dir });
    const text = run(["check", "d.parquet", "--no-progress"]);
    expect(text.stdout).toMatch(/^ {2}row 2:score_chosen +error +score_chosen 1 is below score_rejected 9/m);
    const exported = run(["export", "--to", "trl", "d.parquet"]);
    expect(exported.stderr).toContain("left out d.parquet row 2: score-inverted");
    expect(
      exported.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        prompt: [user(rows[0]?.prompt as string)].map(({ role, content }) => ({ role, content })),
        chosen: [{ role: "assistant", content: `${CHOSEN} (0)` }],
        rejected: [{ role: "assistant", content: `${REJECTED} (0)` }],
      },
    ]);
  });

  /** One byte of a data page's header changed: hyparquet 1.33.0 decodes it forever (fixtures/hostile/README.md). */
  const HANG = path.resolve(import.meta.dirname, "../fixtures/hostile/parquet-hang.parquet");

  it("the bundled CLI ends on that file with the finding and a failing verdict", async () => {
    const dir = await writeFiles({ "hang.parquet": readFileSync(HANG) });
    const cli = CLI;
    const run = spawnSync(process.execPath, [cli, "check", "hang.parquet", "--no-progress"], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", [PARQUET_DEADLINE_ENV]: "2000" },
      // A guard only, so a hang fails this test instead of stopping the run; it ends in about 2 s.
      timeout: 50_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/corrupt-file/);
    expect(run.stdout).toContain("could not be decoded within 2 s: a page is probably corrupt");
  });
});
