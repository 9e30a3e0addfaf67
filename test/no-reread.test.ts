import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readImportGraph, type SourceFile } from "./support/import-graph.js";

// "Nothing re-reads a dataset file after the check": what the sinks show of a record (its end line, its
// fix) is the findings' own, made where the record was read. So the layers after the check, report/ and
// action/, read files only where listed here, each for a reason that is not a dataset's content after
// the check; a new file read there fails this test until someone decides it belongs on the list.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const ALLOWED_READERS: Record<string, string> = {
  "src/action/analysis.ts": "the analysis artifact a publish run downloads (our JSON, not a dataset)",
  "src/action/event.ts": "the workflow's event payload",
  "src/action/zero-config.ts": "a candidate file's first records, to find the datasets before the check",
  "src/report/baseline.ts": "the baseline file",
};

/** node:fs's calls that read a file's content. */
const FS_READ_NAMES = new Set([
  "readFile",
  "readFileSync",
  "createReadStream",
  "open",
  "openSync",
  "read",
  "readSync",
  "readv",
  "readvSync",
  "openAsBlob",
]);

const IMPORT = /import\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"/g;

interface Import {
  /** A package (`node:fs`) or a src/ file (`src/read/csv.ts`). */
  target: string;
  /** The values it names (`import type` and `type X` names left out). */
  names: string[];
  /** A default or namespace import (`import fs from`, `import * as fs`): it can call anything. */
  whole: boolean;
}

function importsOf({ file, text }: SourceFile): Import[] {
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    if (match[1]) return [];
    const clause = match[2] as string;
    const specifier = match[3] as string;
    const names = (/\{([^}]*)\}/.exec(clause)?.[1] ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "" && !part.startsWith("type "))
      .map((part) => part.split(/\s+as\s+/)[0] as string);
    const whole = clause.replace(/\{[^}]*\}/, "").replace(/[\s,]/g, "") !== "";
    const target = specifier.startsWith(".")
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, ".ts")
      : specifier;
    return [{ target, names, whole }];
  });
}

const isFs = (target: string) => /^(node:)?fs(\/promises)?$/.test(target);

/**
 * node:fs's reading calls a file makes: those it imports by name, and through a default or namespace
 * import (`nodeFs.readFileSync(…)`) those it calls.
 */
function fsReads(imports: Import[], text: string): string[] {
  const calls = [...text.matchAll(/\b\w+\.(\w+)\(/g)].map((m) => m[1] as string);
  const called = [...new Set(calls.filter((name) => FS_READ_NAMES.has(name)))];
  return imports.flatMap(({ target, names, whole }) =>
    isFs(target)
      ? [
          ...names.filter((name) => FS_READ_NAMES.has(name)),
          ...(whole ? called.map((name) => `${target}.${name}`) : []),
        ]
      : [],
  );
}

/** The dataset-reading layer: src/read/ and check/read-file.ts. */
const isReadLayer = (target: string) => target.startsWith("src/read/") || target === "src/check/read-file.ts";

/**
 * The files of report/ and action/ that read file content, and with what: node:fs's reading calls, and
 * from the reading layer a function that opens or reads (`openDataset`, `readExamples`) or any function
 * of a module there that reads files itself (constants, in capitals, read nothing).
 */
function fileReaders(files: SourceFile[]): Record<string, string[]> {
  // A module of the reading layer reads when it calls node:fs's reading calls, or opens or reads through
  // another (read/holds-preference-data.ts opens a file with openDataset).
  const opensThroughReadLayer = (f: SourceFile) =>
    importsOf(f).some(
      ({ target, names }) => isReadLayer(target) && names.some((name) => /^(open|read)[A-Z]/.test(name)),
    );
  const readingModules = new Set(
    files
      .filter(
        (f) => isReadLayer(f.file) && (fsReads(importsOf(f), f.text).length > 0 || opensThroughReadLayer(f)),
      )
      .map((f) => f.file),
  );
  const found: Record<string, string[]> = {};
  for (const source of files) {
    if (!/^src\/(report|action)\//.test(source.file)) continue;
    const imports = importsOf(source);
    const how = fsReads(imports, source.text);
    for (const { target, names, whole } of imports) {
      if (!isReadLayer(target)) continue;
      const reads = readingModules.has(target);
      how.push(
        ...names.filter((name) => /^(open|read)[A-Z]/.test(name) || (reads && !/^[A-Z0-9_]+$/.test(name))),
      );
      if (whole) how.push(`all of ${target}`);
    }
    if (how.length > 0) found[source.file] = how;
  }
  return found;
}

describe("after the check, nothing re-reads a dataset file", () => {
  const graph = readImportGraph(root);

  it("report/ and action/ read files only where listed, each for a stated reason", () => {
    const readers = fileReaders(graph);
    expect(Object.keys(readers).sort()).toEqual(Object.keys(ALLOWED_READERS).sort());
    expect(readers["src/action/zero-config.ts"]).toEqual(["sortByPreferenceData"]);
  });

  it("finds a re-read when there is one (the check itself can fail)", () => {
    const planted: SourceFile[] = [
      {
        // What src/action/suggestions.ts did before findings carried their fix.
        file: "src/action/suggestions.ts",
        imports: [],
        packages: ["node:fs/promises"],
        text: 'import { readFile } from "node:fs/promises";\nimport path from "node:path";',
      },
      {
        file: "src/report/spans.ts",
        imports: ["src/read/open-dataset.ts"],
        packages: ["node:fs"],
        text: 'import * as fs from "node:fs";\nfs.readFileSync(file);\nimport { openDataset as open } from "../read/open-dataset.js";\nimport { readExamples } from "../check/read-file.js";',
      },
      {
        // What src/action/main.ts did with src/read/record-spans.ts, which read the file itself.
        file: "src/read/record-spans.ts",
        imports: [],
        packages: ["node:fs/promises"],
        text: 'import { readFile } from "node:fs/promises";',
      },
      {
        file: "src/action/main.ts",
        imports: ["src/read/record-spans.ts"],
        packages: [],
        text: 'import { findingRecordSpans } from "../read/record-spans.js";',
      },
      {
        // Writing files, and a constant of a reader's module, read nothing.
        file: "src/action/writes-only.ts",
        imports: [],
        packages: ["node:fs/promises"],
        text: 'import { mkdir, writeFile } from "node:fs/promises";\nimport { LFS_POINTER_PREFIX } from "../read/byte-source.js";\nimport type { RawRecord } from "../read/raw-record.js";',
      },
    ];
    expect(fileReaders(planted)).toEqual({
      "src/action/suggestions.ts": ["readFile"],
      "src/action/main.ts": ["findingRecordSpans"],
      "src/report/spans.ts": ["node:fs.readFileSync", "openDataset", "readExamples"],
    });
  });
});
