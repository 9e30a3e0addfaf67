// Bundles the action, the CLI, the check's worker and the Parquet decoder's into dist/ with ncc, so they run without node_modules.
// dist/ is committed (GitHub runs it as is); CI rebuilds it and fails when it differs.
//
// Two steps. tsc compiles src/ to JavaScript once (into .tmp/bundle-js/); ncc then bundles each entry's
// JavaScript. Handing ncc the TypeScript instead made it build a TypeScript program per entry: 1.3 GB and
// about 25 s each, and a run on a busy machine was once killed with no word. Now tsc takes about 10 s and
// 0.6 GB, and each ncc about 0.5 GB. Each entry is still bundled in a child process of its own, so a child
// that dies is named. Every step prints a line as it ends, so the last line of a failed run says which step
// failed. The bundles are written to dist.new/ and replace dist/ only when all of them succeeded, so a failed
// or killed run never leaves dist/ half-written.
import { spawnSync } from "node:child_process";
import { chmod, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = [
  { source: "src/index.ts", output: "index.js", shebang: false },
  { source: "src/cli-main.ts", output: "cli.js", shebang: true },
  // The check's worker threads (src/check/threads.ts), started by both from the file next to them.
  { source: "src/check-worker.ts", output: "check-worker.js", shebang: false },
  // The Parquet decoder's thread (src/read/parquet.ts), started by all three from the file next to them.
  { source: "src/parquet-worker.ts", output: "parquet-worker.js", shebang: false },
];

const STAGING = path.join(ROOT, "dist.new");
/** Where tsc writes the JavaScript of src/ (.tmp/ is ignored by git). */
const COMPILED = path.join(ROOT, ".tmp/bundle-js");

if (process.argv[2] === "--entry") {
  await bundleEntry(ENTRIES.find((entry) => entry.source === process.argv[3]));
} else {
  await rm(STAGING, { recursive: true, force: true });
  await mkdir(STAGING, { recursive: true });
  await step("tsc: src/ to JavaScript", () => compile());
  for (const entry of ENTRIES) {
    await step(`ncc: ${entry.source} to dist/${entry.output}`, async () => {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--entry", entry.source], {
        stdio: "inherit",
      });
      if (child.status !== 0) {
        throw new Error(
          child.signal ? `killed by ${child.signal} (out of memory?)` : `exited with ${child.status}`,
        );
      }
      return `${((await stat(path.join(STAGING, entry.output))).size / 1e6).toFixed(2)} MB`;
    });
  }
  await writeFile(path.join(STAGING, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
  await rm(path.join(ROOT, "dist"), { recursive: true, force: true });
  await rename(STAGING, path.join(ROOT, "dist"));
  console.log("bundle: dist/ written");
}

/** Runs one step and prints how it ended; a failure removes dist.new/ and exits 1, dist/ unchanged. */
async function step(name, run) {
  const started = Date.now();
  try {
    const detail = await run();
    console.log(
      `bundle: ${name}${detail ? `, ${detail}` : ""} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    console.error(
      `bundle: ${name} failed: ${error instanceof Error ? error.message : error}; dist/ is unchanged`,
    );
    await rm(STAGING, { recursive: true, force: true });
    process.exit(1);
  }
}

/** Compiles src/ with the project's own tsconfig.json, emitting JavaScript only for src/. */
async function compile() {
  await rm(COMPILED, { recursive: true, force: true });
  await mkdir(COMPILED, { recursive: true });
  const config = path.join(COMPILED, "tsconfig.json");
  await writeFile(
    config,
    JSON.stringify({
      extends: path.join(ROOT, "tsconfig.json"),
      compilerOptions: { noEmit: false, outDir: COMPILED, rootDir: path.join(ROOT, "src"), sourceMap: false },
      include: [path.join(ROOT, "src")],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const child = spawnSync(process.execPath, [tsc, "-p", config], { stdio: "inherit" });
  if (child.status !== 0) {
    throw new Error(
      child.signal ? `killed by ${child.signal} (out of memory?)` : `exited with ${child.status}`,
    );
  }
}

async function bundleEntry(entry) {
  if (!entry) throw new Error(`bundle: no entry ${process.argv[3]}`);
  const { default: ncc } = await import("@vercel/ncc");
  const compiled = path.join(COMPILED, path.relative("src", entry.source).replace(/\.ts$/, ".js"));
  const { code, assets } = await ncc(compiled, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2022",
  });
  const extra = Object.keys(assets ?? {}).filter((name) => name !== "package.json");
  if (extra.length > 0) throw new Error(`${entry.source}: unexpected assets ${extra.join(", ")}`);
  const output = path.join(STAGING, entry.output);
  await writeFile(output, `${entry.shebang ? "#!/usr/bin/env node\n" : ""}${code}`);
  if (entry.shebang) await chmod(output, 0o755);
}
