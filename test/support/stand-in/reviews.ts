// Reviews and their comments on a pull request's lines: a review is refused whole when one comment names a
// line its diff does not show, as GitHub refuses it.
import { COMMENT_MAX, tooLong } from "./issues-comments.js";
import { notFound, page, repoUrl } from "./rest.js";
import type { GitHubStandIn } from "./server.js";
import type { Operations, StoredReviewComment } from "./types.js";
import { user } from "./users.js";

function reviewComment(github: GitHubStandIn, comment: StoredReviewComment, pull: number) {
  const repository = repoUrl(github);
  const url = `${repository}/pulls/comments/${comment.id}`;
  const html = `https://github.com/${github.owner}/${github.repo}/pull/${pull}#discussion_r${comment.id}`;
  return {
    url,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: `PRRC_${comment.id}`,
    diff_hunk: "@@ -1 +1 @@",
    path: comment.path,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: user(github, comment.user),
    body: comment.body,
    created_at: comment.created_at,
    updated_at: comment.created_at,
    html_url: html,
    pull_request_url: `${repository}/pulls/${pull}`,
    author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    _links: {
      self: { href: url },
      html: { href: html },
      pull_request: { href: `${repository}/pulls/${pull}` },
    },
    ...(comment.inReplyTo !== undefined ? { in_reply_to_id: comment.inReplyTo } : {}),
    start_line: comment.startLine ?? null,
    original_start_line: comment.startLine ?? null,
    ...(comment.startLine !== undefined ? { start_side: "RIGHT" } : {}),
    line: comment.line,
    original_line: comment.line,
    side: "RIGHT",
    subject_type: "line",
  };
}

export const REVIEWS: Operations = {
  "pulls/list-review-comments": (github, { params, query }) => {
    const pull = Number(params.pull_number);
    const entries = github.reviewCommentsOn(pull).map((c) => reviewComment(github, c, pull));
    return page(entries, query, `${repoUrl(github)}/pulls/${pull}/comments`);
  },
  "pulls/create-review": (github, { params, body, caller }) => {
    const pull = Number(params.pull_number);
    if (!github.pulls.has(pull)) return notFound();
    const request = body as {
      commit_id?: string;
      body?: string;
      event?: string;
      comments?: Array<{ path: string; line?: number; side?: string; start_line?: number; body: string }>;
    };
    const comments = request.comments ?? [];
    // GitHub refuses the whole review when one comment names a line its diff does not show.
    for (const comment of comments) {
      const lines = github.diffLines(pull, comment.path);
      const named = [comment.line, comment.start_line].filter((n) => n !== undefined);
      if (comment.side !== "RIGHT" || named.length === 0 || !named.every((n) => lines.has(n as number))) {
        return {
          status: 422,
          body: {
            message: "Unprocessable Entity",
            errors: ["Line could not be resolved"],
            documentation_url:
              "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request",
          },
        };
      }
      if (comment.body.length > COMMENT_MAX) return tooLong();
    }
    const reviewId = github.newId();
    const commitId = request.commit_id ?? "0".repeat(40);
    const stored = comments.map((comment) => ({
      id: github.newId(),
      reviewId,
      path: comment.path,
      line: comment.line as number,
      ...(comment.start_line !== undefined ? { startLine: comment.start_line } : {}),
      body: comment.body,
      commitId,
      user: caller.identity,
      created_at: github.now(),
    }));
    github.reviewComments.set(pull, [...github.reviewCommentsOn(pull), ...stored]);
    const repository = repoUrl(github);
    const html = `https://github.com/${github.owner}/${github.repo}/pull/${pull}#pullrequestreview-${reviewId}`;
    return {
      status: 200,
      body: {
        id: reviewId,
        node_id: `PRR_${reviewId}`,
        user: user(github, caller.identity),
        body: request.body ?? "",
        state: request.event === "COMMENT" ? "COMMENTED" : "PENDING",
        html_url: html,
        pull_request_url: `${repository}/pulls/${pull}`,
        _links: { html: { href: html }, pull_request: { href: `${repository}/pulls/${pull}` } },
        submitted_at: github.now(),
        commit_id: commitId,
        author_association: "NONE",
      },
    };
  },
  "pulls/delete-review-comment": (github, { params }) => {
    const id = Number(params.comment_id);
    for (const [pull, comments] of github.reviewComments) {
      if (comments.some((c) => c.id === id)) {
        github.reviewComments.set(
          pull,
          comments.filter((c) => c.id !== id),
        );
        return { status: 204, body: undefined };
      }
    }
    return notFound();
  },
};
