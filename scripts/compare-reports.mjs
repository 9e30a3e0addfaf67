// Proves a performance change leaves the reports byte-identical: runs a reference build of the CLI (e.g. main's
// dist/cli.js, copied aside before the change) and this worktree's dist/cli.js on the same datasets, and compares
// what they print (check --format json) and write (baseline, with every finding's fingerprint), byte for byte.
//
//   node scripts/compare-reports.mjs --reference /tmp/main-dist/cli.js [--env KEY=VALUE]… [FILE…]
//
// The datasets: each real fixture (test/fixtures/real) alone and all of them at once, the example
// dataset with its config, and any FILE given (e.g. the benchmark's 100k synthetic file). The reference's
// outputs are cached next to the reference CLI (they do not change), keyed by the dataset. --env sets a
// variable for the candidate only (e.g. the worker count, to compare the threaded path with the reference).
// Exits 1 when any output differs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.resolve(ROOT, "test/fixtures/real");
const { values, positionals } = parseArgs({
  options: {
    reference: { type: "string" },
    candidate: { type: "string", default: path.join(ROOT, "dist/cli.js") },
    env: { type: "string", multiple: true, default: [] },
  },
  allowPositionals: true,
});
if (!values.reference) {
  process.stderr.write(
    "usage: node scripts/compare-reports.mjs --reference CLI [--env KEY=VALUE]… [FILE…]\n",
  );
  process.exit(2);
}
// The datasets among them: not SOURCES.md, nor licences/ (the sources' licence texts, no data).
const realFiles = readdirSync(FIXTURES)
  .filter((name) => !name.endsWith(".md") && name !== "licences")
  .map((name) => path.join(FIXTURES, name));

/**
 * A given file's cache key: its name, size and modification time, so a file regenerated under the same
 * name (another size of a benchmark dataset) is not compared with the reference's outputs for the old one.
 */
function fileKey(file) {
  const { size, mtimeMs } = statSync(file);
  return `${path.basename(file)}-${size}-${Math.round(mtimeMs)}`;
}

/** Each case: a name, and the arguments after the command (check or baseline); `key` names its cached outputs. */
const cases = [
  ...realFiles.map((file) => ({ name: path.basename(file), args: [file] })),
  { name: "all-real-fixtures", args: realFiles },
  { name: "example", args: ["-c", "examples/dataset-ci.yml"] },
  ...positionals.map((file) => ({
    name: path.basename(file),
    args: [path.resolve(file)],
    key: fileKey(file),
  })),
];

const candidateEnv = { ...process.env };
for (const pair of values.env) {
  const at = pair.indexOf("=");
  candidateEnv[pair.slice(0, at)] = pair.slice(at + 1);
}
const cacheDir = path.join(path.dirname(path.resolve(values.reference)), "compare-cache");
mkdirSync(cacheDir, { recursive: true });
const scratch = path.join(tmpdir(), `compare-reports-${process.pid}`);
mkdirSync(scratch, { recursive: true });

/** What one CLI prints for `check --format json` and writes for `baseline`, as one string. */
function outputs(cli, testCase, env) {
  const cwd = testCase.cwd ?? ROOT;
  const check = spawnSync(
    process.execPath,
    [cli, "check", ...testCase.args, "--format", "json", "--no-progress"],
    {
      cwd,
      env,
      maxBuffer: 1 << 30,
    },
  );
  if (check.status !== 0 && check.status !== 1) {
    throw new Error(`${cli} check ${testCase.name} exited ${check.status}: ${check.stderr}`);
  }
  const baselineFile = path.join(scratch, "baseline.json");
  rmSync(baselineFile, { force: true });
  const baseline = spawnSync(
    process.execPath,
    [cli, "baseline", ...testCase.args, "-b", baselineFile, "--no-progress"],
    {
      cwd,
      env,
      maxBuffer: 1 << 30,
    },
  );
  const written = existsSync(baselineFile) ? readFileSync(baselineFile, "utf8") : "";
  return `${check.stdout}\n--- baseline (exit ${baseline.status}) ---\n${written}`;
}

let differ = 0;
for (const testCase of cases) {
  const cached = path.join(cacheDir, `${testCase.key ?? testCase.name}.out`);
  if (!existsSync(cached)) writeFileSync(cached, outputs(values.reference, testCase, process.env));
  const expected = readFileSync(cached, "utf8");
  const actual = outputs(values.candidate, testCase, candidateEnv);
  const same = expected === actual;
  if (!same) {
    differ++;
    writeFileSync(path.join(scratch, `${testCase.name}.actual`), actual);
  }
  process.stdout.write(`${same ? "same   " : "DIFFERS"} ${testCase.name} (${expected.length} bytes)\n`);
}
if (differ > 0) process.stdout.write(`${differ} differ; the candidate's outputs are in ${scratch}\n`);
else rmSync(scratch, { recursive: true, force: true });
process.exit(differ > 0 ? 1 : 0);
