import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHAPE_NAMES } from "../src/model/example.js";
import { RULES } from "../src/rules/registry.js";

// The README is the way in, read in five minutes; the reference is docs/. These keep its few facts true.

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFile(path.join(ROOT, file), "utf8");

/** Five minutes at 250 words a minute, code included. */
const README_MAX_WORDS = 1_250;

const RULE_FAMILIES_MARKER = "<!-- rule-families:";

/** The rule ids of the README's table of rule families, in the order written. */
function ruleFamilyIds(readme: string): string[] {
  const from = readme.indexOf(RULE_FAMILIES_MARKER);
  expect(from).toBeGreaterThan(-1);
  const table = readme.slice(from).split("\n\n")[0] as string;
  const rows = table.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| family"));
  return rows.flatMap((row) =>
    [...(row.split("|")[2] ?? "").matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] as string),
  );
}

/** The first ```yaml block of a page. */
function firstYamlBlock(page: string): string {
  const match = /^```yaml\n([\s\S]*?)^```$/m.exec(page);
  expect(match).not.toBeNull();
  return match?.[1] as string;
}

describe("the README", () => {
  it("is a five-minute read", async () => {
    expect((await read("README.md")).split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(
      README_MAX_WORDS,
    );
  });

  it("names every rule of the registry in its table of rule families, once", async () => {
    const ids = ruleFamilyIds(await read("README.md"));
    const registry = RULES.map((rule) => rule.id);
    expect(ids.filter((id) => !registry.includes(id))).toEqual([]);
    expect(registry.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("gives the workflow that docs/action.md gives", async () => {
    expect(firstYamlBlock(await read("README.md"))).toBe(firstYamlBlock(await read("docs/action.md")));
  });

  it("counts the record layouts docs/formats.md lists", async () => {
    const NUMBER_WORDS = [
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
    ];
    const spelled = [...NUMBER_WORDS, "eleven", "twelve", "thirteen", "fourteen", "fifteen"];
    expect(await read("README.md")).toContain(`in ${spelled[SHAPE_NAMES.length]} record layouts`);
  });

  it("starts on a fresh clone with the demo and the two test layers", async () => {
    const readme = await read("README.md");
    const quickStart = readme.slice(
      readme.indexOf("## Quick start"),
      readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1),
    );
    for (const command of ["npm ci && npm run demo", "npm test", "npm run test:e2e"])
      expect(quickStart).toContain(command);
  });
});
