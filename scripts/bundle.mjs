// Bundles the action, the CLI and the check's worker into dist/ with ncc, so they run without node_modules.
// dist/ is committed (GitHub runs it as is); CI rebuilds it and fails when it differs.
//
// Each entry is bundled in a child process of its own: ncc keeps every compilation's TypeScript program in
// memory, and the three in one process peaked at 2.5 GB, enough to be killed on a smaller machine. One
// at a time they peak at 1.3 GB. The bundles are written to dist.new/ and replace dist/ only when all
// three succeeded, so a failed or killed run never leaves dist/ half-written.
import { spawnSync } from "node:child_process";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const ENTRIES = [
  { source: "src/index.ts", output: "index.js", shebang: false },
  { source: "src/cli-main.ts", output: "cli.js", shebang: true },
  // The check's worker threads (src/threads.ts), started by both from the file next to them.
  { source: "src/check-worker.ts", output: "check-worker.js", shebang: false },
];

const STAGING = "dist.new";

if (process.argv[2] === "--entry") {
  await bundleEntry(ENTRIES.find((entry) => entry.source === process.argv[3]));
} else {
  await rm(STAGING, { recursive: true, force: true });
  await mkdir(STAGING, { recursive: true });
  for (const entry of ENTRIES) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--entry", entry.source], {
      stdio: "inherit",
    });
    if (child.status !== 0) {
      const how = child.signal
        ? `was killed by ${child.signal} (out of memory?)`
        : `exited with ${child.status}`;
      console.error(`bundle: ncc on ${entry.source} ${how}; dist/ is unchanged`);
      await rm(STAGING, { recursive: true, force: true });
      process.exit(1);
    }
  }
  await writeFile(`${STAGING}/package.json`, `${JSON.stringify({ type: "module" }, null, 2)}\n`);
  await rm("dist", { recursive: true, force: true });
  await rename(STAGING, "dist");
}

async function bundleEntry(entry) {
  if (!entry) throw new Error(`bundle: no entry ${process.argv[3]}`);
  const { default: ncc } = await import("@vercel/ncc");
  const { code, assets } = await ncc(fileURLToPath(new URL(`../${entry.source}`, import.meta.url)), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2022",
  });
  const extra = Object.keys(assets ?? {}).filter((name) => name !== "package.json");
  if (extra.length > 0) throw new Error(`${entry.source}: unexpected assets ${extra.join(", ")}`);
  const output = `${STAGING}/${entry.output}`;
  await writeFile(output, `${entry.shebang ? "#!/usr/bin/env node\n" : ""}${code}`);
  if (entry.shebang) await chmod(output, 0o755);
}
