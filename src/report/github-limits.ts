// GitHub's platform limits the action works within (docs/action.md, "Platform limits, and how the action degrades").
// Each is stated by GitHub where the comment says; the action degrades at every one without losing the verdict.

/** Workflow-command annotations shown per level per step (actions/toolkit docs/problem-matchers.md). */
export const ANNOTATIONS_PER_LEVEL = 10;
/** Workflow-command annotations shown per job (GitHub community discussions 68471, 26680). */
export const ANNOTATIONS_PER_JOB = 50;
/** Longest issue/PR comment body: 422 "Body is too long (maximum is 65536 characters)" (REST API answer). */
export const COMMENT_MAX_CHARS = 65_536;
/** Largest job summary per step: 1 MiB ("Workflow commands": step isolation and limits). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Files `pulls.listFiles` returns at most (REST "List pull requests files"). */
export const PULL_FILES_MAX = 3000;
/** Largest page `pulls.listFiles` and `issues.listComments` give (REST docs: `per_page` up to 100). */
export const PER_PAGE_MAX = 100;
/** Pages of PER_PAGE_MAX files that hold PULL_FILES_MAX: a list that goes on is a fault, never followed. */
export const PULL_FILES_PAGES_MAX = Math.ceil(PULL_FILES_MAX / PER_PAGE_MAX);
/**
 * Comments an issue or pull request takes: past it GitHub answers "Commenting is disabled on issues with
 * more than 2500 comments" (an API answer; GitHub does not document the limit).
 */
export const ISSUE_COMMENTS_MAX = 2500;
/** Pages of PER_PAGE_MAX comments that hold ISSUE_COMMENTS_MAX. */
export const ISSUE_COMMENT_PAGES_MAX = Math.ceil(ISSUE_COMMENTS_MAX / PER_PAGE_MAX);
/**
 * Pages of review comments read at most. GitHub states no limit on review comments; a pull request's
 * are bounded like its files (PULL_FILES_PAGES_MAX), so a list that never ends is not followed for ever.
 */
export const REVIEW_COMMENT_PAGES_MAX = PULL_FILES_PAGES_MAX;
/** Longest commit status description: 422 "description is too long (maximum is 140 characters)" (REST API answer). */
export const STATUS_DESCRIPTION_MAX_CHARS = 140;

// Code scanning's limits on an uploaded SARIF file (docs.github.com "SARIF results exceed one or more limits",
// code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit, and "SARIF file is too large",
// .../troubleshooting-sarif-uploads/file-too-large).

/** Results per run code scanning accepts; a run with more is rejected whole. */
export const SARIF_RESULTS_PER_RUN = 25_000;
/** Results per run code scanning keeps and shows ("only the top 5,000 results will be included"). */
export const SARIF_RESULTS_SHOWN = 5_000;
/** Largest SARIF upload, measured gzip-compressed: 10 MB ("SARIF file is too large", 413 Payload Too Large). */
export const SARIF_UPLOAD_MAX_GZIP_BYTES = 10 * 1000 * 1000;
/** Longest pull request review comment body: the same 65,536 characters as an issue comment (REST API answer). */
export const REVIEW_COMMENT_MAX_CHARS = 65_536;
/** Check run annotations per create or update request (REST "Update a check run": `output.annotations`). */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
/** Longest check run `output.summary` and `output.text`: 65,535 characters (REST "Create a check run"). */
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
