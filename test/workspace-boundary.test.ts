// The action's workspace boundary: a pull request's config, baseline, globs and symlinks never make the
// action read or list a file outside the checkout.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadConfinedBaseline,
  loadConfinedConfig,
  refuseEscapingGlobs,
} from "../src/action/workspace-files.js";
import { check } from "../src/check/check.js";
import { parseConfig } from "../src/config/config.js";
import { globFiles, planDatasets } from "../src/config/discover.js";
import { GOOD_PAIR, jsonl, tempDir } from "./helpers/run-check.js";

/** A workspace and, beside it, a directory outside it holding a secret config, baseline and dataset. */
async function workspaceAndOutside() {
  const root = await tempDir();
  const workspace = path.join(root, "workspace");
  const outside = path.join(root, "outside");
  await mkdir(path.join(workspace, ".github"), { recursive: true });
  await mkdir(path.join(workspace, "data"), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, "secret.yml"), "SUPER_SECRET_TOKEN_NAME: hunter2\n");
  await writeFile(path.join(outside, "secret.json"), '{"SUPER_SECRET_TOKEN_NAME": 1}\n');
  await writeFile(path.join(outside, "secret.jsonl"), jsonl([GOOD_PAIR]));
  await writeFile(path.join(workspace, "data", "good.jsonl"), jsonl([GOOD_PAIR]));
  return { workspace, outside };
}

describe("the workspace boundary", () => {
  it("refuses a config that is a symlink out of the workspace, and never quotes the file", async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(path.join(outside, "secret.yml"), path.join(workspace, ".github/dataset-ci.yml"));
    const error = await loadConfinedConfig(".github/dataset-ci.yml", workspace).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("resolves outside the workspace");
    expect((error as Error).message).not.toContain("SUPER_SECRET");
    await expect(loadConfinedConfig("../outside/secret.yml", workspace)).rejects.toThrow(
      /outside the workspace/,
    );
  });

  it("refuses a baseline outside the workspace (a symlink or a ../ path), and never quotes the file", async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(path.join(outside, "secret.json"), path.join(workspace, ".github/baseline.json"));
    for (const file of [
      ".github/baseline.json",
      "../outside/secret.json",
      path.join(outside, "secret.json"),
    ]) {
      const error = await loadConfinedBaseline(file, workspace).catch((e: Error) => e);
      expect((error as Error).message).toMatch(/^the baseline .* resolves outside the workspace/);
      expect((error as Error).message).not.toContain("SUPER_SECRET");
    }
    // Inside the workspace, a missing baseline is still "none".
    expect(await loadConfinedBaseline(".github/none.json", workspace)).toBeUndefined();
  });

  it("refuses absolute globs and globs with a .. segment", () => {
    for (const glob of ["/proc/**/*.jsonl", "../../*/*.jsonl", "data/../../x/*.jsonl"]) {
      const config = parseConfig(`datasets:\n  - name: d\n    files: '${glob}'\n`, "c.yml");
      expect(() => refuseEscapingGlobs(config, "c.yml")).toThrow(/refused glob/);
    }
    const fine = parseConfig("datasets:\n  - name: d\n    files: 'data/**/*.jsonl'\n", "c.yml");
    expect(() => refuseEscapingGlobs(fine, "c.yml")).not.toThrow();
  });

  it("a confined crawl reads no directory outside the workspace, however the glob spells it", async () => {
    const { workspace } = await workspaceAndOutside();
    for (const glob of ["../outside/*.jsonl", "{..,data}/outside/*.jsonl", "{..,data}/*.jsonl"]) {
      const files = await globFiles([glob], workspace, workspace);
      expect(files.filter((file) => file.includes("secret"))).toEqual([]);
    }
    // Unconfined (the CLI, run by the user on their own machine), the same glob finds the file.
    expect(await globFiles(["../outside/*.jsonl"], workspace)).toEqual(["../outside/secret.jsonl"]);
  });

  it("a confined crawl follows no directory symlink out of the workspace", async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(outside, path.join(workspace, "data", "elsewhere"));
    expect(await globFiles(["data/**/*.jsonl"], workspace, workspace)).toEqual(["data/good.jsonl"]);
    expect(await globFiles(["data/**/*.jsonl"], workspace)).toContain("data/elsewhere/secret.jsonl");
  });
});

describe("each real file once", () => {
  it("symlinks data/copy1 -> . and data/copy2 -> . do not triple a dataset", async () => {
    const { workspace } = await workspaceAndOutside();
    await writeFile(path.join(workspace, "data", "more.jsonl"), jsonl([GOOD_PAIR, GOOD_PAIR]));
    await symlink(".", path.join(workspace, "data", "copy1"));
    await symlink(".", path.join(workspace, "data", "copy2"));
    await symlink("good.jsonl", path.join(workspace, "data", "alias.jsonl"));
    const config = parseConfig("datasets:\n  - name: d\n    files: 'data/**/*.jsonl'\n", "c.yml");
    const datasets = await planDatasets(config, [], workspace);
    expect(datasets[0]?.files.map((file) => file.display)).toEqual(["data/good.jsonl", "data/more.jsonl"]);
    const report = await check({ config, datasets });
    expect(report.summary.examples).toBe(3);
    // The CLI's own paths: a directory and a glob through the links name each file once too.
    const named = await planDatasets(config, ["data", "data/copy1/*.jsonl"], workspace);
    expect(named[0]?.files.map((file) => file.display).sort()).toEqual([
      "data/good.jsonl",
      "data/more.jsonl",
    ]);
  });
});
