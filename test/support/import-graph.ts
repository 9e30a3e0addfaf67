import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The source's import graph, read from the files' text: every relative import (static, type-only, dynamic)
// and every package import, per file under src/.

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes: `src/check/engine.ts`. */
  file: string;
  /** The src/ files it imports. */
  imports: string[];
  /** The packages it imports (`@actions/core`, `node:fs`). */
  packages: string[];
  text: string;
}

const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"([^"]+)"/g;

function listTypeScript(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTypeScript(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

export function readImportGraph(root: string): SourceFile[] {
  return listTypeScript(path.join(root, "src")).map((full) => {
    const file = path.relative(root, full).split(path.sep).join("/");
    const text = readFileSync(full, "utf8");
    const imports: string[] = [];
    const packages: string[] = [];
    for (const match of text.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] as string;
      if (specifier.startsWith(".")) {
        imports.push(
          path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, ".ts"),
        );
      } else packages.push(specifier);
    }
    return { file, imports, packages, text };
  });
}

/** Every cycle's files, each cycle once (Tarjan's strongly connected components of more than one file, or a self-import). */
export function importCycles(graph: SourceFile[]): string[][] {
  const edges = new Map(graph.map((f) => [f.file, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(file, Math.min(low.get(file) as number, index.get(next) as number));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
