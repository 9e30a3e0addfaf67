import { excerptAt } from "./excerpt.js";
import { isRefusal } from "./refusal.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { FIELD_BIT } from "./text-fields.js";

export const rejectedIsRefusal = defineRule({
  id: "rejected-is-refusal",
  description: "Rejected reads as a refusal, so the pair teaches nothing.",
  advice:
    "Make the rejected response show the harmful compliance to avoid (an eager, numbered plan), so the pair contrasts a graceful refusal with it.",
  defaultSeverity: "warning",
  kind: "example",
  scope: "record",
  refusalScope: true,
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      if (example.rejected === undefined) return;
      if (!isRefusal(example.rejectedMatchText, (example.unusualTexts & FIELD_BIT.rejected) === 0)) return;
      context.report(example, {
        field: "rejected",
        message: "rejected reads as a refusal",
        excerpt: excerptAt(example.rejected),
      });
    },
  }),
});
