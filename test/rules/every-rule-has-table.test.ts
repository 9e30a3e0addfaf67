import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectTables, RULE_IDS } from "../support/rule-tester.js";

// Every rule of the registry has a table test, test/rules/<rule-id>.test.ts, that calls testRule with its
// id and at least one case that must pass and one that must fire (as ESLint's build refuses a rule
// without tests). A rule added without one fails here, by name.

const DIRECTORY = import.meta.dirname;
const THIS_FILE = path.basename(import.meta.filename);
const tableFile = (id: string) => path.join(DIRECTORY, `${id}.test.ts`);

describe("every rule has a table test", () => {
  for (const id of RULE_IDS) {
    it(id, async () => {
      expect(existsSync(tableFile(id)), `rule ${id} has no table test: add test/rules/${id}.test.ts`).toBe(
        true,
      );
      // A query of its own makes the module run again even when this worker has run it as a test file.
      const tables = await collectTables(() => import(`./${id}.test.ts?collect`));
      const own = tables.filter((table) => table.ruleId === id);
      expect(own.length, `test/rules/${id}.test.ts does not call testRule("${id}", …)`).toBeGreaterThan(0);
      for (const table of own) {
        expect(table.valid, `test/rules/${id}.test.ts: rule ${id} has no valid case`).toBeGreaterThan(0);
        expect(table.invalid, `test/rules/${id}.test.ts: rule ${id} has no invalid case`).toBeGreaterThan(0);
      }
    });
  }

  it("has no table for a rule the registry does not list", () => {
    const tables = readdirSync(DIRECTORY)
      .filter((name) => name.endsWith(".test.ts") && name !== THIS_FILE)
      .map((name) => name.replace(/\.test\.ts$/, ""));
    expect(tables.filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });
});
