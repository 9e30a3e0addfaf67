import { defineRule, NO_OPTIONS } from "./rule.js";

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
export const lfsPointer = defineRule({
  id: "lfs-pointer",
  description: "The file is a Git LFS pointer, not data.",
  advice:
    "This checkout holds an LFS pointer, not data: check out with lfs: true (actions/checkout) or run git lfs pull.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
