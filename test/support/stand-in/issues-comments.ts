// A pull request's conversation comments (the issues API): listed, created, updated and deleted, with
// GitHub's 65,536-character limit on a body.
import { notFound, page, repoUrl } from "./rest.js";
import type { GitHubStandIn } from "./server.js";
import type { Answer, Operations, StoredComment } from "./types.js";
import { user } from "./users.js";

/** GitHub's limit on a comment's body, in characters. */
export const COMMENT_MAX = 65536;

function issueComment(github: GitHubStandIn, comment: StoredComment, issue: number) {
  const repository = repoUrl(github);
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${repository}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${github.owner}/${github.repo}/pull/${issue}#issuecomment-${comment.id}`,
    body: comment.body,
    user: user(github, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${repository}/issues/${issue}`,
    author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
  };
}

function findComment(github: GitHubStandIn, id: number): { issue: number; comment: StoredComment } | null {
  for (const [issue, comments] of github.comments) {
    const comment = comments.find((c) => c.id === id);
    if (comment) return { issue, comment };
  }
  return null;
}

/** GitHub's answer to a body over COMMENT_MAX (reviews' comments get the same). */
export function tooLong(): Answer {
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
    },
  };
}

export const ISSUE_COMMENTS: Operations = {
  "issues/list-comments": (github, { params, query }) => {
    const issue = Number(params.issue_number);
    const entries = github.commentsOn(issue).map((c) => issueComment(github, c, issue));
    return page(entries, query, `${repoUrl(github)}/issues/${issue}/comments`);
  },
  "issues/create-comment": (github, { params, body, caller }) => {
    const issue = Number(params.issue_number);
    const text = (body as { body: string }).body;
    if (text.length > COMMENT_MAX) return tooLong();
    const comment = github.addComment(issue, text, caller.identity);
    return { status: 201, body: issueComment(github, comment, issue) };
  },
  "issues/update-comment": (github, { params, body }) => {
    const found = findComment(github, Number(params.comment_id));
    if (!found) return notFound();
    const text = (body as { body: string }).body;
    if (text.length > COMMENT_MAX) return tooLong();
    found.comment.body = text;
    found.comment.updated_at = github.now();
    return { status: 200, body: issueComment(github, found.comment, found.issue) };
  },
  "issues/delete-comment": (github, { params }) => {
    const found = findComment(github, Number(params.comment_id));
    if (!found) return notFound();
    github.comments.set(
      found.issue,
      github.commentsOn(found.issue).filter((c) => c !== found.comment),
    );
    return { status: 204, body: undefined };
  },
};
