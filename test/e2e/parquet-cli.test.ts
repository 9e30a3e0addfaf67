import { describe, expect, it } from "vitest";
import { CHOSEN, parquetFile, REJECTED, ULTRAFEEDBACK, ultrafeedbackRow, user } from "../helpers/parquet.js";
import { writeFiles } from "../helpers/run-check.js";
import { runCli } from "../support/cli.js";

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
});
