// The real fixtures' text, for tests that hold a faster scan to the definition it replaced on every real
// string (test/comparable-text.test.ts, test/refusal-shortcuts.test.ts, test/text-scans.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const REAL_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/real");

/** Every JSON file of the real fixtures, as its records' source lines (JSON Lines) or its one document. */
export function realDocuments(): string[] {
  const documents: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.jsonl(?:\.gz)?$/.test(entry.name) && !entry.name.includes("lfs-pointer")) {
        const bytes = readFileSync(file);
        const text = (entry.name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
        documents.push(...text.split("\n").filter((line) => line.trim() !== ""));
      } else if (entry.name.endsWith(".json")) documents.push(readFileSync(file, "utf8"));
    }
  };
  walk(REAL_FIXTURES);
  return documents;
}

/** Every string in the real fixtures' records (prompts, responses, conversation turns, keys' values…). */
export function realStrings(documents: string[] = realDocuments()): string[] {
  const strings: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const document of documents) collect(JSON.parse(document));
  return strings;
}
