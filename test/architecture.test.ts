import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles, readImportGraph, type SourceFile } from "./support/import-graph.js";

// The source's layers, in the order data flows through them: each folder may import its own files and the
// folders before it, never one after it. cli/ and action/ are the two shells, side by side; the files
// directly under src/ are the bundles' entry points.
const LAYERS = ["model", "read", "rules", "config", "check", "report", ["cli", "action"]] as const;
const SHELLS = new Set(["cli", "action"]);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const graph = readImportGraph(root);

function layerOf(file: string): { name: string; rank: number } {
  const folder = file.split("/")[1] as string;
  if (!file.slice("src/".length).includes("/")) return { name: "entry", rank: LAYERS.length };
  const rank = LAYERS.findIndex((layer) =>
    Array.isArray(layer) ? layer.includes(folder) : layer === folder,
  );
  if (rank < 0)
    throw new Error(`${file} is in no layer: add its folder to LAYERS in ${path.basename(import.meta.url)}`);
  return { name: folder, rank };
}

/** Every import that points the wrong way: to a later layer, or from one shell to the other. */
function wrongWayImports(files: SourceFile[]): string[] {
  const wrong: string[] = [];
  for (const { file, imports } of files) {
    const from = layerOf(file);
    for (const target of imports) {
      const to = layerOf(target);
      const acrossShells = SHELLS.has(from.name) && SHELLS.has(to.name) && from.name !== to.name;
      if (to.rank > from.rank || acrossShells) wrong.push(`${file} imports ${target}`);
    }
  }
  return wrong;
}

describe("the source's layers", () => {
  it("every file sits in a layer folder or is an entry point", () => {
    expect(graph.length).toBeGreaterThan(100);
    for (const { file } of graph) expect(() => layerOf(file)).not.toThrow();
  });

  it("imports only point one way: model ← read ← rules ← config ← check ← report ← cli, action", () => {
    expect(wrongWayImports(graph)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("only the action touches @actions/* and Octokit, and only the shells read the environment", () => {
    const core = graph.filter(({ file }) => !["action", "cli", "entry"].includes(layerOf(file).name));
    const gitHubBound = graph.filter(({ file, packages }) => {
      return layerOf(file).name !== "action" && packages.some((p) => /^@(actions|octokit)\//.test(p));
    });
    expect(gitHubBound.map((f) => f.file)).toEqual([]);
    expect(core.filter((f) => /\bprocess\.env\b/.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it("only the action's runner talks to the runner (@actions/core): the rest takes an ActionIO", () => {
    const coreUsers = graph.filter(({ packages }) => packages.includes("@actions/core")).map((f) => f.file);
    expect(coreUsers).toEqual(["src/action/runner.ts"]);
  });

  it("finds a wrong-way import and a cycle when there is one (the checks themselves can fail)", () => {
    const planted: SourceFile[] = [
      { file: "src/report/render.ts", imports: ["src/action/limits.ts"], packages: [], text: "" },
      { file: "src/action/limits.ts", imports: ["src/report/render.ts"], packages: [], text: "" },
      { file: "src/cli/cli.ts", imports: ["src/action/limits.ts"], packages: [], text: "" },
    ];
    expect(wrongWayImports(planted)).toEqual([
      "src/report/render.ts imports src/action/limits.ts",
      "src/cli/cli.ts imports src/action/limits.ts",
    ]);
    expect(importCycles(planted)).toEqual([["src/action/limits.ts", "src/report/render.ts"]]);
  });
});
