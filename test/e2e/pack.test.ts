import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parquetFile, ULTRAFEEDBACK, ultrafeedbackRow } from "../helpers/parquet.js";
import { tempDir } from "../helpers/run-check.js";
import { PATH_WITH_NODE, ROOT } from "../support/cli.js";
import { GIT_IDENTITY } from "../support/git-repo.js";

// The package as users install it: `npm pack` of this repository (dist/ as bundled), installed with
// `npm install -g` into a scratch prefix, offline and with an empty cache, and its `dataset-ci` run from there.
// No registry is asked anything: the package has no dependencies to fetch, which is what makes this work.

let scratch: string;
/** npm's environment: the scratch folder as home and cache, no user config, never the network. */
let npmEnv: Record<string, string>;

function npm(args: string[], cwd: string) {
  return spawnSync("npm", args, { cwd, env: npmEnv, encoding: "utf8" });
}

function run(bin: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(bin, args, { cwd, env: { PATH: PATH_WITH_NODE, ...env }, encoding: "utf8" });
}

beforeAll(async () => {
  scratch = await tempDir();
  npmEnv = {
    PATH: PATH_WITH_NODE,
    HOME: scratch,
    npm_config_cache: path.join(scratch, "npm-cache"),
    npm_config_userconfig: path.join(scratch, "npmrc"),
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
});

describe("the npm package", () => {
  let tarball: string;
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    const packed = npm(["pack", "--json", "--pack-destination", scratch], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(scratch, info?.filename ?? "");
    manifest = { files: info?.files.map((file) => file.path).sort() };
  });

  it("holds the CLI's bundles, the config schema, the README and the licence, and declares no dependency", async () => {
    expect(manifest.files).toEqual([
      "LICENSE",
      "README.md",
      "dist/check-worker.js",
      "dist/cli.js",
      "dist/parquet-worker.js",
      "package.json",
      "schema/dataset-ci.schema.json",
    ]);
    const extracted = path.join(scratch, "extracted");
    await mkdir(extracted);
    execFileSync("tar", ["-xzf", tarball, "-C", extracted]);
    const shipped = JSON.parse(await readFile(path.join(extracted, "package/package.json"), "utf8"));
    expect(shipped.bin).toEqual({ "dataset-ci": "dist/cli.js" });
    // Everything is bundled: a dependency would only make `npm i -g` and npx download it, and fail offline.
    expect(shipped.dependencies).toBeUndefined();
  });

  it("installs with npm install -g offline, and its dataset-ci checks datasets with both worker bundles", async () => {
    const prefix = path.join(scratch, "global");
    const installed = npm(["install", "--global", "--prefix", prefix, tarball], scratch);
    expect(installed.status, installed.stderr).toBe(0);
    const bin = path.join(prefix, "bin/dataset-ci");
    const { version } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8"));
    expect(run(bin, ["--version"], scratch).stdout).toBe(`${version}\n`);

    const data = path.join(scratch, "data");
    await mkdir(path.join(data, "examples/data"), { recursive: true });
    await copyFile(path.join(ROOT, "examples/dataset-ci.yml"), path.join(data, "dataset-ci.yml"));
    await copyFile(
      path.join(ROOT, "examples/data/task-api-safety.jsonl"),
      path.join(data, "examples/data/task-api-safety.jsonl"),
    );
    // Two threads even on this small file: the check's worker is started from dist/check-worker.js next to the bin.
    const threaded = run(bin, ["check", "--config", "dataset-ci.yml"], data, { DATASET_CI_THREADS: "2" });
    expect(threaded.stderr).toMatch(/^checked 150 examples in 1 file in [\d.]+ s with 2 threads\n$/);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toContain("✔ passed: 0 errors, 0 warnings, 1 notice in 150 examples");

    // A Parquet file is decoded in dist/parquet-worker.js's thread.
    const rows = [ultrafeedbackRow(0), ultrafeedbackRow(1, { score_chosen: 1, score_rejected: 9 })];
    await writeFile(path.join(data, "d.parquet"), parquetFile(ULTRAFEEDBACK, rows));
    const parquet = run(bin, ["check", "d.parquet", "--no-progress"], data);
    expect(parquet.status).toBe(1);
    expect(parquet.stdout).toMatch(
      /^ {2}row 2:score_chosen +error +score_chosen 1 is below score_rejected 9/m,
    );
  });

  it("installs from git (npx github:…, npm i -g github:…) offline, without preparing the clone", async () => {
    // A git install runs `npm install` with every dev dependency in the clone first when package.json has
    // a build, prepare or install script (pacote's git fetcher); offline that leaves a dangling bin.
    const repo = path.join(scratch, "git-repo");
    await mkdir(repo);
    execFileSync("tar", ["-xzf", tarball, "-C", repo, "--strip-components=1"]);
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repo, ...args], {
        env: { ...process.env, ...GIT_IDENTITY },
        encoding: "utf8",
      }).trim();
    git("init", "--quiet");
    git("add", "--all");
    git("commit", "--quiet", "--message", "the package");
    const prefix = path.join(scratch, "from-git");
    const spec = `git+file://${repo}#${git("rev-parse", "HEAD")}`;
    const installed = npm(["install", "--global", "--prefix", prefix, spec], scratch);
    expect(installed.status, installed.stderr).toBe(0);
    const listed = run(path.join(prefix, "bin/dataset-ci"), ["rules"], scratch);
    expect(listed.error).toBeUndefined(); // ENOENT: the bin links into a clone npm removed
    expect(listed.stderr).toBe("");
    expect(listed.stdout).toMatch(/^min-size +error/m);
  });
});
