import { execFile } from "node:child_process";
import { cp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonl, REAL_DATA_FILES, REAL_FIXTURES, tempDir, writeFiles } from "../helpers/run-check.js";

// Checking with worker threads (src/check/threads.ts) must give the one-thread report byte for byte. The bundled CLI
// runs from a copy of dist/ alone (no node_modules), as the action's runner has it; DATASET_CI_THREADS forces
// the threads on these small files.
const run = promisify(execFile);
let cli: string;

beforeAll(async () => {
  const dir = await tempDir();
  await cp(path.resolve(import.meta.dirname, "../../dist"), path.join(dir, "dist"), { recursive: true });
  cli = path.join(dir, "dist/cli.js");
});

/** What the CLI prints for check --format json and writes for baseline, with `threads` threads. */
async function outputs(
  threads: number,
  args: string[],
  { profiles, baseline = true }: { profiles?: string; baseline?: boolean } = {},
): Promise<string> {
  const env = { ...process.env, DATASET_CI_THREADS: String(threads) };
  const node = profiles ? ["--cpu-prof", "--cpu-prof-dir", profiles] : [];
  const checked = await run(
    process.execPath,
    [...node, cli, "check", ...args, "--format", "json", "--no-progress"],
    {
      env,
      maxBuffer: 1 << 28,
    },
  ).catch((error: { code: number; stdout: string }) => {
    expect(error.code).toBe(1); // findings at error severity fail the gate
    return error;
  });
  if (!baseline) return checked.stdout;
  const written = path.join(await tempDir(), "baseline.json");
  await run(process.execPath, [cli, "baseline", ...args, "-b", written, "--no-progress"], { env });
  return `${checked.stdout}\n${await readFile(written, "utf8")}`;
}

/** Records that set off most rules, the dataset-level ones included: copies, near-copies, odd characters. */
function defects(): unknown[] {
  const texts = [
    "plain text",
    "tab\there",
    "nul\u0000x",
    "caf\u00c3\u00a9",
    "bad \ufffd byte",
    "I can\u2019t help with that.",
    "mail john.doe@gmail.com or call 415-555-2671",
    "You should be ashamed. Request denied: this violates our policy.",
  ];
  const records: unknown[] = [];
  texts.forEach((a, i) => {
    texts.forEach((b, j) => {
      records.push({
        prompt: `${a} prompt ${(i * texts.length + j) % 50}`,
        chosen: `${b} I cannot help with that, but I can help you plan something else. What do you need?`,
        rejected: a,
        category: ["direct_harm", "edge_cases", "helpfulness", undefined][j % 4],
      });
    });
  });
  for (let i = 0; i < 30; i++) {
    records.push({
      prompt: `Please write a detailed plan for the weekend trip to the mountains with friends ${i % 3}`,
      chosen: `Sure, here is a plan for the trip: day one hike, day two lake, day three rest and drive home ${i}`,
      rejected: "no",
    });
  }
  return records;
}

describe("worker threads", () => {
  // Each runs the CLI several times: on a busy machine that takes a while.
  const TIMEOUT = 240_000;

  it("give the one-thread report, byte for byte, on the real datasets", { timeout: TIMEOUT }, async () => {
    const files = REAL_DATA_FILES.map((name) => path.join(REAL_FIXTURES, name));
    const alone = await outputs(1, files, { baseline: false });
    expect(alone).toContain('"rule": "empty-response"');
    expect(await outputs(2, files, { baseline: false })).toBe(alone);
  });

  it("give the one-thread report and baseline with every kind of finding, over two files, with 2, 3 and 4 threads", {
    timeout: TIMEOUT,
  }, async () => {
    const records = defects();
    const dir = await writeFiles({
      "a.jsonl": `not json {\n${jsonl(records)}`,
      "b.jsonl": jsonl([...records.slice(5, 40), [1, 2], { prompt: "p", chosen: 5, rejected: "r" }]),
    });
    const files = [path.join(dir, "a.jsonl"), path.join(dir, "b.jsonl")];
    const alone = await outputs(1, files);
    for (const rule of [
      "near-duplicate",
      "duplicate-example",
      "pii",
      "mojibake",
      "invalid-json",
      "length-bias",
    ]) {
      expect(alone).toContain(`"rule": "${rule}"`);
    }
    const profiles = await tempDir();
    expect(await outputs(2, files, { profiles })).toBe(alone);
    // One CPU profile per thread: the worker did run.
    expect((await readdir(profiles)).filter((name) => name.endsWith(".cpuprofile"))).toHaveLength(2);
    expect(await outputs(3, files)).toBe(alone);
    // From four threads the stateful rules run in two workers.
    expect(await outputs(4, files)).toBe(alone);
  });
});
