import type { Finding, Severity } from "../model.js";
import { codeFence, markdownText } from "../report/markdown-safe.js";
import { prioritise } from "../report/prioritise.js";
import type { Report } from "../report.js";
import { RULES_BY_ID } from "../rules/registry.js";
import type { FileDiffLines } from "./diff-lines.js";
import { type Octokit, statusOf } from "./github.js";
import { listReviewComments } from "./github-answers.js";
import { REVIEW_COMMENT_MAX_CHARS } from "./limits.js";
import { isOurComment } from "./sticky-comment.js";

/**
 * Starts every review comment the action writes, followed by the fingerprints of the findings the
 * comment is about: how a later run knows which findings already have a comment, wherever their line
 * moved. Fingerprints are base64url, and a comment body is ours from its first character, so dataset
 * text (escaped further down the body) can never make or extend one.
 */
export const REVIEW_MARKER = "<!-- dataset-ci:review";
const MARKED = /^<!-- dataset-ci:review((?: [A-Za-z0-9_-]+)*) -->/;

export interface Repository {
  owner: string;
  repo: string;
}

/** One review comment to write: a changed line and the findings on it that have no comment yet. */
export interface PlannedComment {
  path: string;
  /** The line the findings name: a record's first line. */
  line: number;
  /** The record's last line, when it spans several lines of the diff: the comment covers them all. */
  endLine?: number;
  findings: Finding[];
  /** The line as it should read, when the fix is mechanical (a GitHub suggestion). */
  suggestion?: string;
}

export interface ReviewResult {
  /** New comments posted in this run's review. */
  posted: number;
  /** Findings on changed lines whose comment is still standing from an earlier run. */
  standing: number;
  /** Lines with new findings that got no comment because of the cap. */
  leftOut: number;
  /** Earlier comments of ours whose findings are gone, deleted. */
  deleted: number;
}

/**
 * Posts one review (event COMMENT) whose comments sit on the changed lines carrying findings, one
 * comment per line, and deletes our earlier review comments whose findings are all gone (deleting
 * rather than resolving: resolving a thread needs GraphQL, which the action does not otherwise use).
 * Only lines the file's diff shows can take a comment (GitHub answers 422 for the whole review
 * otherwise); findings elsewhere stay in the summary comment. At most `max` new comments, the lines
 * with the most severe findings first.
 *
 * `diff` holds each file's diff lines (from GitHub's patches); `fixes` the corrected text of lines
 * whose fix is mechanical, keyed by `path:line`. Both are plain data computed from the checkout.
 */
export async function postReview(
  octokit: Octokit,
  repository: Repository,
  pull: { number: number; headSha: string },
  report: Report,
  diff: Record<string, FileDiffLines>,
  fixes: Record<string, string>,
  max: number,
  spans: Record<string, Record<string, number>> = {},
): Promise<ReviewResult> {
  const existing = await listReviewComments(octokit, repository, pull.number);
  const ours: Array<{ id: number; fingerprints: string[] }> = [];
  for (const comment of existing) {
    const marked = MARKED.exec(comment.body ?? "");
    if (!marked || !(await isOurComment(octokit, comment.user))) continue;
    ours.push({ id: comment.id, fingerprints: (marked[1] ?? "").trim().split(" ").filter(Boolean) });
  }
  const standing = new Set(ours.flatMap((comment) => comment.fingerprints));
  const plan = planReview(report, diff, fixes, standing, spans);
  const chosen = plan.comments.slice(0, Math.max(0, max));

  // Stale first: a comment whose every finding is gone from the report (fixed, or its line removed).
  const current = new Set(
    report.files.flatMap((file) => file.findings.flatMap((f) => (f.fingerprint ? [f.fingerprint] : []))),
  );
  let deleted = 0;
  for (const comment of ours) {
    if (comment.fingerprints.some((fingerprint) => current.has(fingerprint))) continue;
    try {
      await octokit.rest.pulls.deleteReviewComment({ ...repository, comment_id: comment.id });
      deleted++;
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // already gone
    }
  }

  if (chosen.length > 0) {
    await octokit.rest.pulls.createReview({
      ...repository,
      pull_number: pull.number,
      commit_id: pull.headSha,
      event: "COMMENT",
      body: `dataset-ci: ${chosen.length === 1 ? "1 changed line carries" : `${chosen.length} changed lines carry`} findings; the pull request's dataset-ci comment has the whole report.`,
      comments: chosen.map((comment) => ({
        path: comment.path,
        // A multi-line record: GitHub's multi-line comment runs from start_line to line.
        ...(comment.endLine !== undefined
          ? { start_line: comment.line, start_side: "RIGHT" as const, line: comment.endLine }
          : { line: comment.line }),
        side: "RIGHT" as const,
        body: renderReviewComment(comment),
      })),
    });
  }
  return {
    posted: chosen.length,
    standing: plan.standing,
    leftOut: plan.comments.length - chosen.length,
    deleted,
  };
}

/**
 * Which changed lines get a new comment, most severe first: every line of the diff carrying findings
 * (not baselined, with a fingerprint) of which at least one has no standing comment yet.
 */
export function planReview(
  report: Report,
  diff: Record<string, FileDiffLines>,
  fixes: Record<string, string>,
  standing: ReadonlySet<string>,
  spans: Record<string, Record<string, number>> = {},
): { comments: PlannedComment[]; standing: number } {
  const commentable = new Map(
    Object.entries(diff).map(([file, lines]) => [file, new Set(lines.commentable)]),
  );
  const byLine = new Map<string, PlannedComment>();
  let alreadyStanding = 0;
  for (const placed of prioritise(report)) {
    const { file, finding } = placed;
    if (file === undefined || finding.line === undefined || !finding.fingerprint) continue;
    if (!commentable.get(file)?.has(finding.line)) continue;
    if (standing.has(finding.fingerprint)) {
      alreadyStanding++;
      continue;
    }
    const line = finding.line;
    const key = `${file}:${line}`;
    const planned = byLine.get(key);
    if (planned) planned.findings.push(finding);
    else {
      const suggestion = fixes[key];
      const endLine = spans[file]?.[String(line)];
      // Only when every line of the record is in the diff: a multi-line comment cannot leave its hunk.
      const covered =
        endLine !== undefined &&
        endLine > line &&
        Array.from({ length: endLine - line }, (_, i) => line + 1 + i).every((next) =>
          commentable.get(file)?.has(next),
        );
      byLine.set(key, {
        path: file,
        line,
        ...(covered ? { endLine } : {}),
        findings: [finding],
        ...(suggestion !== undefined ? { suggestion } : {}),
      });
    }
  }
  return { comments: [...byLine.values()], standing: alreadyStanding };
}

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/** A review comment: our marker, then each finding with its rule's explanation and what good looks like. */
export function renderReviewComment(comment: PlannedComment): string {
  const fingerprints = comment.findings.map((f) => f.fingerprint).join(" ");
  const out = [`${REVIEW_MARKER} ${fingerprints} -->`];
  for (const finding of comment.findings) {
    const rule = RULES_BY_ID.get(finding.rule);
    out.push(
      "",
      `${ICON[finding.severity]} **${finding.rule}** (${finding.severity}): ${markdownText(finding.message)}`,
    );
    if (rule) out.push("", `${rule.description} *Fix:* ${rule.advice}`);
  }
  if (comment.suggestion !== undefined) {
    const fence = codeFence(comment.suggestion);
    const block = `\n${fence}suggestion\n${comment.suggestion}\n${fence}`;
    const text = out.join("\n");
    // A line too long for one comment keeps its findings and loses the suggestion.
    if (text.length + block.length + 2 <= REVIEW_COMMENT_MAX_CHARS) out.push("", block.trimStart());
  }
  return `${out.join("\n")}\n`;
}
