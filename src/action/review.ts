import type { Finding, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { REVIEW_COMMENT_MAX_CHARS } from "../report/github-limits.js";
import { codeFence, markdownText } from "../report/markdown-safe.js";
import { prioritise } from "../report/prioritise.js";
import { RULES_BY_ID } from "../rules/registry.js";
import type { FileDiffLines } from "./diff-lines.js";
import { describeFailure, isPermissionRefusal, type Octokit } from "./github.js";
import { listReviewComments } from "./github-answers.js";
import { reviewMarker } from "./job-key.js";
import { isOurComment } from "./sticky-comment.js";

/**
 * Starts every review comment the action writes, followed by the fingerprints of the findings the
 * comment is about: how a later run knows which findings already have a comment, wherever their line
 * moved. Fingerprints are base64url, and a comment body is ours from its first character, so dataset
 * text (escaped further down the body) can never make or extend one.
 */
export const REVIEW_MARKER = reviewMarker("");

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
  /** The commented lines as they should read, when a finding's fix covers exactly them (a GitHub suggestion). */
  suggestion?: string;
}

export interface ReviewResult {
  /** New comments posted in this run's review. */
  posted: number;
  /** Findings on changed lines whose comment is still standing from an earlier run. */
  standing: number;
  /** Lines with new findings that got no comment because of the cap. */
  leftOut: number;
  /** Earlier comments of ours whose findings are all gone: their threads resolved in this run. */
  resolved: number;
  /** Stale comments left as they are because a person replied to them (the conversation is theirs). */
  keptForReplies: number;
  /** Why the review threads could not be read, when they could not: no stale thread was resolved. */
  threadsUnavailable?: string;
}

/** A review comment of ours, with what its thread says. */
interface OurComment {
  id: number;
  fingerprints: string[];
  /** Someone replied: the thread is a conversation, never resolved by us. */
  replied: boolean;
}

/**
 * Posts one review (event COMMENT) whose comments sit on the changed lines carrying findings, one
 * comment per line, and resolves the threads of our earlier comments whose findings are all gone
 * (a thread someone replied to is left alone: resolving would hide their words). Only lines the file's
 * diff shows can take a comment (GitHub answers 422 for the whole review otherwise); findings elsewhere
 * stay in the summary comment. `max` caps our comments standing unresolved on the pull request, not the
 * new ones of a run, so repeated pushes never pile up more than `max`; the lines with the most severe
 * findings first.
 *
 * `diff` holds each file's diff lines (from GitHub's patches), plain data computed from the checkout; a
 * multi-line record's end line and a mechanical fix are the findings' own (`endLine`, `fix`). `key` is
 * the job's key (job-key.ts): another job's comments are not ours to resolve.
 */
export async function postReview(
  octokit: Octokit,
  repository: Repository,
  pull: { number: number; headSha: string },
  report: Report,
  diff: Record<string, FileDiffLines>,
  max: number,
  key = "",
): Promise<ReviewResult> {
  const existing = await listReviewComments(octokit, repository, pull.number);
  const marked = markedPattern(key);
  const repliedTo = new Set(
    existing.flatMap((c) => (c.in_reply_to_id !== undefined ? [c.in_reply_to_id] : [])),
  );
  const ours: OurComment[] = [];
  for (const comment of existing) {
    if (comment.in_reply_to_id !== undefined) continue; // a reply opens no thread
    const found = marked.exec(comment.body ?? "");
    if (!found || !(await isOurComment(octokit, comment.user))) continue;
    ours.push({
      id: comment.id,
      fingerprints: (found[1] ?? "").trim().split(" ").filter(Boolean),
      replied: repliedTo.has(comment.id),
    });
  }
  const standing = new Set(ours.flatMap((comment) => comment.fingerprints));
  const plan = planReview(report, diff, standing);

  // Stale: a comment whose every finding is gone from the report (fixed, or its line removed).
  const current = new Set(
    report.files.flatMap((file) => file.findings.flatMap((f) => (f.fingerprint ? [f.fingerprint] : []))),
  );
  const stale = ours.filter((c) => !c.fingerprints.some((fingerprint) => current.has(fingerprint)));
  // Without threads (GraphQL refused or down) nothing is resolved and every comment of ours counts as open.
  let threads = new Map<number, ThreadState>();
  let threadsUnavailable: string | undefined;
  if (ours.length > 0) {
    try {
      threads = await reviewThreads(octokit, repository, pull.number);
    } catch (error) {
      if (isPermissionRefusal(error)) throw error;
      threadsUnavailable = describeFailure(error);
    }
  }
  let resolved = 0;
  let keptForReplies = 0;
  for (const comment of stale) {
    const thread = threads.get(comment.id);
    if (comment.replied || (thread?.comments ?? 1) > 1) {
      keptForReplies++;
      continue;
    }
    if (!thread || thread.isResolved) continue;
    // One comment: ours, with nobody's reply.
    try {
      await resolveThread(octokit, thread.id);
      thread.isResolved = true;
      resolved++;
    } catch (error) {
      if (isPermissionRefusal(error)) throw error;
      threadsUnavailable ??= describeFailure(error); // stays open, and counts toward the cap
    }
  }

  // The cap counts our threads still open on the pull request, after the stale ones were resolved.
  const open = ours.filter((c) => threads.get(c.id)?.isResolved !== true).length;
  const chosen = plan.comments.slice(0, Math.max(0, max - open));
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
        body: renderReviewComment(comment, key),
      })),
    });
  }
  return {
    posted: chosen.length,
    standing: plan.standing,
    leftOut: plan.comments.length - chosen.length,
    resolved,
    keptForReplies,
    ...(threadsUnavailable ? { threadsUnavailable } : {}),
  };
}

/** Our marker for this job's key, then the fingerprints: the body of every comment we write starts so. */
function markedPattern(key: string): RegExp {
  const marker = reviewMarker(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${marker}((?: [A-Za-z0-9_-]+)*) -->`);
}

interface ThreadState {
  /** The thread's GraphQL node id, for resolveReviewThread. */
  id: string;
  isResolved: boolean;
  /** Comments in the thread: more than one means someone replied. */
  comments: number;
}

/** Review threads per page: GraphQL connections return at most 100 nodes. */
const THREADS_PER_PAGE = 100;

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: ${THREADS_PER_PAGE}, after: $cursor) {
        nodes { id isResolved comments(first: 1) { totalCount nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: Array<{
          id: string;
          isResolved: boolean;
          comments: { totalCount: number; nodes: Array<{ databaseId: number | null }> };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

/**
 * The pull request's review threads by the REST id of their first comment: REST lists comments but
 * knows nothing of threads, which only GraphQL resolves.
 */
async function reviewThreads(
  octokit: Octokit,
  repository: Repository,
  number: number,
): Promise<Map<number, ThreadState>> {
  const threads = new Map<number, ThreadState>();
  let cursor: string | null = null;
  do {
    const page: ThreadsPage = await octokit.graphql<ThreadsPage>(THREADS_QUERY, {
      owner: repository.owner,
      repo: repository.repo,
      number,
      cursor,
    });
    const connection = page.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const node of connection.nodes) {
      const first = node.comments.nodes[0]?.databaseId;
      if (typeof first === "number") {
        threads.set(first, { id: node.id, isResolved: node.isResolved, comments: node.comments.totalCount });
      }
    }
    cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (cursor);
  return threads;
}

async function resolveThread(octokit: Octokit, threadId: string): Promise<void> {
  await octokit.graphql(RESOLVE_MUTATION, { threadId });
}

/**
 * Which changed lines get a new comment, most severe first: every line of the diff carrying findings
 * (not baselined, with a fingerprint) of which at least one has no standing comment yet.
 */
export function planReview(
  report: Report,
  diff: Record<string, FileDiffLines>,
  standing: ReadonlySet<string>,
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
    let planned = byLine.get(key);
    if (planned) planned.findings.push(finding);
    else {
      const endLine = finding.endLine;
      // Only when every line of the record is in the diff: a multi-line comment cannot leave its hunk.
      const covered =
        endLine !== undefined &&
        endLine > line &&
        Array.from({ length: endLine - line }, (_, i) => line + 1 + i).every((next) =>
          commentable.get(file)?.has(next),
        );
      planned = { path: file, line, ...(covered ? { endLine } : {}), findings: [finding] };
      byLine.set(key, planned);
    }
    // A suggestion replaces exactly the lines the comment covers: a fix of other lines is not offered.
    const fix = finding.fix;
    if (
      planned.suggestion === undefined &&
      fix !== undefined &&
      fix.line === planned.line &&
      fix.endLine === (planned.endLine ?? planned.line)
    ) {
      planned.suggestion = fix.text;
    }
  }
  return { comments: [...byLine.values()], standing: alreadyStanding };
}

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/** A review comment: our marker, then each finding with its rule's explanation and what good looks like. */
export function renderReviewComment(comment: PlannedComment, key = ""): string {
  const fingerprints = comment.findings.map((f) => f.fingerprint).join(" ");
  const out = [`${reviewMarker(key)} ${fingerprints} -->`];
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
