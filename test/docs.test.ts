import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_DEFAULTS } from "../src/action/inputs.js";
import {
  ACTION_INPUTS_END,
  ACTION_INPUTS_START,
  ACTION_OUTPUTS_END,
  ACTION_OUTPUTS_START,
  ACTION_TABLES_DOC,
  RULES_TABLE_DOC,
  RULES_TABLE_END,
  RULES_TABLE_START,
  renderActionTables,
  renderConfigSchema,
  renderRulesTable,
} from "../src/cli/docs.js";
import { VERSION } from "../src/model/version.js";
import { RULES } from "../src/rules/registry.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFile(path.join(ROOT, file), "utf8");

describe("generated documentation matches the code (run `npm run generate` when it does not)", () => {
  it("the rules table of docs/rules.md is the rule registry's", async () => {
    const page = await read(RULES_TABLE_DOC);
    const table = page.slice(
      page.indexOf(RULES_TABLE_START) + RULES_TABLE_START.length,
      page.indexOf(RULES_TABLE_END),
    );
    expect(table.trim()).toBe(renderRulesTable());
    for (const rule of RULES) expect(table).toContain(`| \`${rule.id}\` | ${rule.defaultSeverity} |`);
  });

  it("the inputs and outputs tables of docs/action.md are action.yml's", async () => {
    const page = await read(ACTION_TABLES_DOC);
    const between = (start: string, end: string) =>
      page.slice(page.indexOf(start) + start.length, page.indexOf(end)).trim();
    const tables = renderActionTables(await read("action.yml"));
    expect(between(ACTION_INPUTS_START, ACTION_INPUTS_END)).toBe(tables.inputs);
    expect(between(ACTION_OUTPUTS_START, ACTION_OUTPUTS_END)).toBe(tables.outputs);
  });

  it("action.yml declares exactly the inputs the action reads, with the same defaults", async () => {
    const action = parse(await read("action.yml")) as {
      inputs: Record<string, { default?: string }>;
      runs: unknown;
    };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      if (name !== "github-token")
        expect(input.default ?? "").toBe(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]);
    }
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("the committed config JSON Schema is the config schema's", async () => {
    expect(await read("schema/dataset-ci.schema.json")).toBe(renderConfigSchema());
  });

  it("the version is package.json's", async () => {
    expect(JSON.parse(await read("package.json")).version).toBe(VERSION);
  });
});

describe("the rule registry", () => {
  it("has one module per rule, in a file named by its id, with unique ids", async () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      const source = await read(`src/rules/${rule.id}.ts`);
      expect(source).toContain(`id: "${rule.id}"`);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.advice.length).toBeGreaterThan(10);
    }
  });

  it("holds every rule id the issue names as the product's interface", () => {
    const ids = RULES.map((rule) => rule.id);
    for (const id of [
      "invalid-json",
      "missing-field",
      "wrong-type",
      "identical-responses",
      "chosen-too-short",
      "rejected-too-short",
      "duplicate-example",
      "duplicate-prompt",
      "missing-category",
      "unknown-category",
      "chosen-lecturing",
      "chosen-no-alternative",
      "chosen-no-question",
      "chosen-apologetic",
      "chosen-robotic",
      "chosen-vague",
      "chosen-overlong",
      "rejected-is-refusal",
      "min-size",
      "category-distribution",
      "lfs-pointer",
      "not-preference-data",
      "mixed-shapes",
      // issue 7
      "near-duplicate",
      "split-leakage",
      "length-bias",
      "score-inverted",
      "pii",
      "mojibake",
      "control-chars",
      "replacement-char",
      "truncated-response",
      "refusal-in-chosen",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe("action.yml", () => {
  it("runs the bundle on node24", async () => {
    const action = parse(await read("action.yml"));
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});
