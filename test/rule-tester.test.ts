import { describe, expect, it } from "vitest";
import { compareFindings, fires, pair, passes, runCase, testRule } from "./support/rule-tester.js";

// The rule tables (test/rules/) are only as strict as their tester: it must see every way a rule's
// findings can differ from a case's expectation, and run the rule alone.

describe("the rule tester", () => {
  const tie = pair({ score_chosen: 5, score_rejected: 5 });

  it("runs only the rule under test, with the engine's real findings", async () => {
    // The pair ties its scores and its chosen is short: score-tie's run holds score-tie's finding only.
    const findings = await runCase("score-tie", { record: { ...tie, chosen: "Short." } });
    expect(findings).toEqual([
      {
        file: "data.jsonl",
        line: 1,
        severity: "warning",
        message: "score_chosen 5 equals score_rejected 5: the scores prefer neither response",
      },
    ]);
    expect(await runCase("chosen-too-short", { record: tie })).toEqual([]);
  });

  it("accepts the findings a case expects and names each difference", async () => {
    const findings = await runCase("score-tie", { record: tie });
    expect(compareFindings(findings, [{ line: 1, message: "equals score_rejected 5" }], "warning")).toEqual(
      [],
    );
    expect(compareFindings(findings, [], "warning")).toEqual(["1 findings, expected 0"]);
    expect(
      compareFindings(
        findings,
        [{ line: 2, severity: "error", message: "is below", file: "other.jsonl" }],
        "warning",
      ),
    ).toEqual([
      "finding 1: severity warning, expected error",
      'finding 1: message "score_chosen 5 equals score_rejected 5: the scores prefer neither response" lacks "is below"',
      "finding 1: line 1, expected 2",
      "finding 1: in data.jsonl, expected other.jsonl",
    ]);
    expect(compareFindings(findings, [{ dataset: true, message: "equals" }], "warning")).toEqual([
      "finding 1: at line 1, expected the dataset",
    ]);
  });

  it("takes the rule's options and the dataset's config as a user writes them", async () => {
    const record = pair({ chosen: "I can help. What do you need?" });
    expect(await runCase("chosen-too-short", { record, options: { "min-chars": 20 } })).toEqual([]);
    const [finding] = await runCase("chosen-too-short", { record, options: { severity: "error" } });
    expect(finding?.severity).toBe("error");
    const dataset = await runCase("min-size", {
      records: [tie],
      config: { datasets: [{ name: "d", files: "*.jsonl", "min-size": 2 }] },
    });
    expect(dataset).toEqual([
      {
        dataset: true,
        severity: "error",
        message: expect.stringContaining("1 example, under the minimum of 2"),
      },
    ]);
  });

  it("refuses a table that cannot test its rule, before declaring any test", () => {
    const tie = pair({ score_chosen: 5, score_rejected: 5 });
    const fire = fires(tie, "equals");
    expect(() => testRule("score-tie", { valid: [], invalid: [fire] })).toThrow(
      "score-tie needs at least one valid and one invalid case",
    );
    expect(() => testRule("score-tie", { valid: [passes(pair())], invalid: [] })).toThrow(
      "needs at least one",
    );
    expect(() => testRule("no-such-rule", { valid: [passes(pair())], invalid: [fire] })).toThrow(
      'no rule "no-such-rule"',
    );
    expect(() =>
      testRule("score-tie", { valid: [passes(pair()), passes(pair(), "again")], invalid: [fire] }),
    ).toThrow("score-tie valid #2 repeats valid #1");
    expect(() => testRule("score-tie", { valid: [passes(tie)], invalid: [fire] })).toThrow(
      "score-tie invalid #1 repeats valid #1",
    );
    expect(() =>
      testRule("score-tie", { valid: [passes(pair())], invalid: [{ record: tie, findings: [] }] }),
    ).toThrow("score-tie invalid #1 lists no finding");
  });
});
