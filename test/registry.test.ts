import { describe, expect, it } from "vitest";
import { FILE_LEVEL_RULES, GATE_RULES, RULES } from "../src/rules/registry.js";

// Facts about rules live in the rule modules; the registry derives every list from them.
describe("the rule registry", () => {
  it("derives the file-level and gate lists from each rule's metadata", () => {
    expect([...FILE_LEVEL_RULES].sort()).toEqual(
      RULES.filter((r) => r.scope === "file")
        .map((r) => r.id)
        .sort(),
    );
    expect([...GATE_RULES].sort()).toEqual(["category-distribution", "min-size"]);
  });

  it("gives every rule a unique id, a scope that fits its kind, and a gate only to dataset rules", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      if (rule.kind === "dataset") expect(rule.scope, rule.id).toBe("dataset");
      if (rule.scope === "file") expect(rule.kind, rule.id).toBe("reader");
      if (rule.gate) expect(rule.scope, rule.id).toBe("dataset");
      if (rule.kind !== "reader") expect(rule.create, rule.id).toBeTypeOf("function");
      else expect(rule.create, rule.id).toBeUndefined();
    }
  });
});
