import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonl, tempDir } from "./helpers/run-check.js";

// The bundled action run the way the runner runs it: a child process with the runner's environment.
const ACTION = path.resolve(import.meta.dirname, "../dist/index.js");
const EXAMPLES = path.resolve(import.meta.dirname, "../examples");

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function runAction(dir: string, inputs: Record<string, string> = {}) {
  const output = path.join(dir, "..", `${path.basename(dir)}-output.txt`);
  await writeFile(output, "");
  const result = spawnSync(process.execPath, [ACTION], {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: output,
      ...Object.fromEntries(
        Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
      ),
    },
  });
  const outputs: Record<string, string> = {};
  for (const match of (await readFile(output, "utf8")).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1] as string] = match[3] as string;
  }
  return { status: result.status, stdout: result.stdout, outputs };
}

describe("the action (bundled)", () => {
  it("passes the bundled example and sets its outputs", async () => {
    const dir = await tempDir();
    await cp(EXAMPLES, path.join(dir, "examples"), { recursive: true });
    const result = await runAction(dir, { config: "examples/dataset-ci.yml" });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ passed: "true", errors: "0", examples: "150" });
  });

  it("fails the step with annotations at the right lines, and leaks no workflow command from the data", async () => {
    const record = {
      prompt: "p",
      chosen:
        "::error::forged\n::add-mask::x I can't help with tracking people, but I can help you plan your week. Okay?",
      rejected: "Here you go: 1. Track them, 2. Note the times, 3. Repeat it every single day for a week.",
      category: "direct_harm",
    };
    const dir = await workspace({
      ".github/dataset-ci.yml":
        "datasets:\n  - name: safety\n    files: data/*.jsonl\n    min-size: 1\n    categories: {}\n",
      "data/bad.jsonl": jsonl([record, { ...record, prompt: "q", rejected: record.chosen }]),
    });
    const result = await runAction(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^::error title=dataset-ci identical-responses,file=data\/bad.jsonl,line=2::/m,
    );
    expect(result.stdout).toContain("::error::dataset-ci: ");
    const lines = result.stdout.split("\n");
    expect(
      lines.filter((line) => line.startsWith("::add-mask::") || line.startsWith("::error::forged")),
    ).toEqual([]);
    expect(result.outputs).toMatchObject({ passed: "false", errors: "1" });
  });

  it("fails with one clear line on a bad config", async () => {
    const dir = await workspace({ ".github/dataset-ci.yml": "fail_on: error\n" });
    const result = await runAction(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::dataset-ci: ");
    expect(result.stdout).toContain('did you mean "fail-on"?');
  });
});
