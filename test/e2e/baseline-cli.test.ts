import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bad, CONFIG, good } from "../helpers/baseline-records.js";
import { jsonl, writeFiles } from "../helpers/run-check.js";
import { runCli } from "../support/cli.js";

// `dataset-ci baseline` and the check that reads its file, as users run them: the bundled CLI.

describe("dataset-ci baseline (the bundled CLI)", () => {
  const cli = (args: string[], cwd: string) => runCli(args, { cwd });

  it("writes .github/dataset-ci-baseline.json, which check then reads", async () => {
    const dir = await writeFiles({ "data.jsonl": jsonl([good(1), bad(2)]), "c.yml": CONFIG });
    expect(cli(["check", "data.jsonl", "-c", "c.yml"], dir).status).toBe(1);

    const written = cli(["baseline", "data.jsonl", "-c", "c.yml"], dir);
    expect(written.status).toBe(0);
    const file = JSON.parse(await readFile(path.join(dir, ".github/dataset-ci-baseline.json"), "utf8"));
    expect(written.stderr).toContain(
      `wrote ${file.findings.length} findings to .github/dataset-ci-baseline.json`,
    );
    expect(file.version).toBe(1);
    const rules = file.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`);
    expect(rules).toContain("identical-responses data.jsonl");
    expect(rules).toEqual([...rules].sort());
    expect(JSON.stringify(file)).not.toContain("You should know");

    const text = cli(["check", "data.jsonl", "-c", "c.yml", "--no-progress"], dir);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/identical-responses \(baselined\)/);
    expect(text.stdout).toContain(`0 errors, 0 warnings, 0 notices (and ${rules.length} baselined)`);
    const json = JSON.parse(cli(["check", "data.jsonl", "-c", "c.yml", "-f", "json"], dir).stdout);
    expect(json.summary.baselined).toBe(rules.length);
    expect(json.files[0].findings.every((f: { baselined?: boolean }) => f.baselined === true)).toBe(true);

    expect(cli(["check", "data.jsonl", "-c", "c.yml", "--ignore-baseline"], dir).status).toBe(1);
    await writeFile(path.join(dir, "data.jsonl"), jsonl([good(0), good(1), bad(2), bad(3)]));
    expect(cli(["check", "data.jsonl", "-c", "c.yml"], dir).status).toBe(1);
  });

  it("exits 2 on a baseline that is not one, or a named one that does not exist", async () => {
    const dir = await writeFiles({ "data.jsonl": jsonl([good(1)]), "b.json": "{oops" });
    const broken = cli(["check", "data.jsonl", "--baseline", "b.json"], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("b.json is not a dataset-ci baseline");
    const missing = cli(["check", "data.jsonl", "--baseline", "none.json"], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no baseline at none.json");
  });
});
