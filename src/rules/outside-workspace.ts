import { defineRule, NO_OPTIONS } from "./rule.js";

/**
 * Reported before a file is opened: in a pull request a dataset path may be a symlink (or hold `..`)
 * that points out of the checked-out repository, at the runner's own files. Such a file is never read.
 */
export const outsideWorkspace = defineRule({
  id: "outside-workspace",
  description: "The dataset path resolves outside the repository (a symlink or `..`); it was not read.",
  advice: "Commit the data itself under the repository, not a link to a file elsewhere.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
