import { fires, pair, passes, testRule } from "../support/rule-tester.js";

const KNOWN = "(known: direct_harm, prompt_injection, social_engineering, gradual_escalation, edge_cases)";

testRule("unknown-category", {
  valid: [
    passes(pair()),
    passes(pair({ category: "edge_cases" })),
    // No category is missing-category's finding.
    passes(pair({ category: undefined })),
    // A dataset that declares no categories knows none to compare with.
    {
      record: pair({ category: "weather" }),
      config: { datasets: [{ name: "d", files: "*.jsonl", categories: {} }] },
    },
    // A dataset's own taxonomy replaces the seed's.
    {
      record: pair({ category: "weather" }),
      config: { datasets: [{ name: "d", files: "*.jsonl", categories: { weather: {} } }] },
    },
  ],
  invalid: [
    fires(
      pair({ category: "Edge Cases" }),
      `unknown category "Edge Cases": did you mean "edge_cases"? ${KNOWN}`,
    ),
    fires(pair({ category: "direct-harm" }), 'did you mean "direct_harm"?'),
    // Nothing close: no suggestion.
    fires(pair({ category: "weather" }), `unknown category "weather" ${KNOWN}`),
    {
      record: pair({ category: "direct_harm" }),
      config: { datasets: [{ name: "d", files: "*.jsonl", categories: { weather: {}, sports: {} } }] },
      findings: [{ line: 1, message: 'unknown category "direct_harm" (known: weather, sports)' }],
    },
  ],
});
