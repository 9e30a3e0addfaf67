import type { Report } from "../model/report.js";
import type { CommentMode } from "./inputs.js";

/**
 * What the report comment does in this run: "post" creates it or updates the one an earlier run left,
 * "update" only updates an earlier one (so a comment that once said "failed" never goes stale), "none"
 * touches nothing.
 *
 * - always: post on every run.
 * - changes (the default): post when the pull request changes a dataset file; else only update, so a
 *   repository that runs the action on every pull request (for a required check) does not comment on
 *   pull requests that touch no data.
 * - failures: post when the check fails; else only update.
 * - off: none.
 */
export function commentAction(mode: CommentMode, report: Report): "post" | "update" | "none" {
  switch (mode) {
    case "off":
      return "none";
    case "always":
      return "post";
    case "changes":
      return report.files.length > 0 || report.datasets.length > 0 ? "post" : "update";
    case "failures":
      return report.passed ? "update" : "post";
  }
}
