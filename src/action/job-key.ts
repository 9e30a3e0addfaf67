import { REPORT_MARKER } from "../report/render-markdown.js";

// A job's key (input `key`) names everything one job writes that another job of the same pull request
// would otherwise overwrite or delete as stale: the report comment, the review comments, the analysis
// artifact, the check run and the commit status. Without a key every name is the one earlier versions used.
// The key is validated (inputs.ts) to letters, digits, _ . and -, so it never needs escaping.

/** The first line of this job's report comment: how a later run of the same job finds it. */
export function reportMarker(key: string): string {
  return key === "" ? REPORT_MARKER : `<!-- dataset-ci:report:${key} -->`;
}

/** The opening of this job's review comments, followed by fingerprints and ` -->`. */
export function reviewMarker(key: string): string {
  return key === "" ? "<!-- dataset-ci:review" : `<!-- dataset-ci:review:${key}`;
}

/** The analysis artifact an analyze run uploads and the publish run of the same key downloads. */
export function analysisArtifactName(key: string): string {
  return key === "" ? "dataset-ci-analysis.json" : `dataset-ci-analysis-${key}.json`;
}

/**
 * The check run's name: the `check-name` input, else "dataset-ci report" (with the key): never the job's
 * name, which the job's own check run carries, since required checks are matched by name.
 */
export function checkRunName(key: string, input: string): string {
  if (input.trim() !== "") return input.trim();
  return key === "" ? "dataset-ci report" : `dataset-ci report (${key})`;
}

/** The commit status a publish run sets: the context to mark required in branch protection. */
export function statusContext(key: string): string {
  return key === "" ? "dataset-ci/verdict" : `dataset-ci/verdict/${key}`;
}

/** A rendered report with this job's marker in place of the default one on its first line. */
export function withReportMarker(body: string, key: string): string {
  return key === "" ? body : body.replace(REPORT_MARKER, reportMarker(key));
}
