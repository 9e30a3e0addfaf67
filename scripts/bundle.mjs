// Bundles the action and the CLI into dist/ with ncc, so both run without node_modules.
// dist/ is committed (GitHub runs it as is); CI rebuilds it and fails when it differs.
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import ncc from "@vercel/ncc";

const ENTRIES = [
  { source: "src/index.ts", output: "dist/index.js", shebang: false },
  { source: "src/cli-main.ts", output: "dist/cli.js", shebang: true },
  // The check's worker threads (src/threads.ts), started by both from the file next to them.
  { source: "src/check-worker.ts", output: "dist/check-worker.js", shebang: false },
];

await rm("dist", { recursive: true, force: true });
await mkdir("dist", { recursive: true });
for (const entry of ENTRIES) {
  const { code, assets } = await ncc(new URL(`../${entry.source}`, import.meta.url).pathname, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2022",
  });
  const extra = Object.keys(assets ?? {}).filter((name) => name !== "package.json");
  if (extra.length > 0) throw new Error(`${entry.source}: unexpected assets ${extra.join(", ")}`);
  await writeFile(entry.output, `${entry.shebang ? "#!/usr/bin/env node\n" : ""}${code}`);
  if (entry.shebang) await chmod(entry.output, 0o755);
}
await writeFile("dist/package.json", `${JSON.stringify({ type: "module" }, null, 2)}\n`);
