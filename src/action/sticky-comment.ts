import { REPORT_MARKER } from "../report/render-markdown.js";
import { type Octokit, statusOf } from "./github.js";
import { AUTHENTICATED_USER, checkedRequest, listIssueComments, WRITTEN_COMMENT } from "./github-answers.js";

interface Repository {
  owner: string;
  repo: string;
}

interface CommentAuthor {
  login: string;
  type: string;
}

export type StickyResult = { action: "created" | "updated"; url: string } | { action: "none" };

export interface StickyOptions {
  /** The first line that marks the comment as this job's (job-key.ts); REPORT_MARKER by default. */
  marker?: string;
  /** Create the comment when there is none yet; false only updates an earlier one (comment-mode.ts). */
  create?: boolean;
}

/**
 * Creates the pull request's report comment, or updates the one an earlier run left. Ours is the comment
 * whose body starts with the marker and whose author is a bot (the Actions token writes as
 * github-actions[bot]) or the token's own user (a personal token). The token's user is asked for only
 * when a marked comment by a person exists, and the Actions token's refusal of GET /user is no error.
 * Extra copies (two runs that raced) are deleted, so one comment remains.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repository: Repository,
  issueNumber: number,
  body: string,
  options: StickyOptions = {},
): Promise<StickyResult> {
  const marker = options.marker ?? REPORT_MARKER;
  const [first, ...extra] = await listOurComments(octokit, repository, issueNumber, marker);
  for (const comment of extra) await deleteComment(octokit, repository, comment.id);
  if (first) {
    try {
      const updated = await updateComment(octokit, repository, first.id, body);
      return { action: "updated", url: updated.html_url };
    } catch (error) {
      // Deleted between listing and updating: a new one is created below.
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (options.create === false) return { action: "none" };
  // Not sent again when the answer is not as documented: the comment may be there, and a second would be
  // a copy (the next run keeps one).
  const created = await checkedRequest(
    WRITTEN_COMMENT,
    "POST",
    () => octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body }),
    { repeatable: false, octokit },
  );
  // Another run may have found no comment either and created its own meanwhile. Every run that creates
  // looks again and keeps the oldest of ours, so once both runs are done exactly one comment remains.
  const [oldest] = await listOurComments(octokit, repository, issueNumber, marker);
  if (oldest && oldest.id !== created.id) {
    try {
      const updated = await updateComment(octokit, repository, oldest.id, body);
      await deleteComment(octokit, repository, created.id);
      return { action: "updated", url: updated.html_url };
    } catch (error) {
      // The other run's comment is gone already: ours stays.
      if (statusOf(error) !== 404) throw error;
    }
  }
  return { action: "created", url: created.html_url };
}

/** Sets a comment's body: sent again when the answer is not as documented (setting it twice is once). */
function updateComment(octokit: Octokit, repository: Repository, id: number, body: string) {
  return checkedRequest(
    WRITTEN_COMMENT,
    "PATCH",
    () => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body }),
    { repeatable: true, octokit },
  );
}

/** Our report comments on the pull request, oldest first. */
async function listOurComments(
  octokit: Octokit,
  repository: Repository,
  issueNumber: number,
  marker: string,
) {
  const comments = await listIssueComments(octokit, repository, issueNumber);
  const marked = comments.filter((comment) => comment.body?.startsWith(marker) && comment.user);
  const ours: typeof marked = [];
  for (const comment of marked) {
    if (await isOurComment(octokit, comment.user)) ours.push(comment);
  }
  return ours.sort((a, b) => a.id - b.id);
}

async function deleteComment(octokit: Octokit, repository: Repository, id: number): Promise<void> {
  await octokit.rest.issues.deleteComment({ ...repository, comment_id: id }).catch((error) => {
    if (statusOf(error) !== 404) throw error; // already gone: the other run deleted it
  });
}

const tokenLogins = new WeakMap<Octokit, Promise<string | null>>();

/**
 * Whether a comment's author is the action: a bot (the Actions token writes as github-actions[bot]) or
 * the token's own user (a personal token), asked for once and only when a person's comment is in question.
 */
export async function isOurComment(
  octokit: Octokit,
  author: CommentAuthor | null | undefined,
): Promise<boolean> {
  if (!author) return false;
  if (author.type === "Bot") return true;
  let login = tokenLogins.get(octokit);
  if (!login) {
    login = currentLogin(octokit);
    tokenLogins.set(octokit, login);
  }
  const tokenLogin = await login;
  return tokenLogin !== null && author.login === tokenLogin;
}

/** The login of the token's user, or null when the token may not ask (the Actions token answers 403). */
async function currentLogin(octokit: Octokit): Promise<string | null> {
  try {
    const user = await checkedRequest(
      AUTHENTICATED_USER,
      "GET",
      () => octokit.rest.users.getAuthenticated(),
      { repeatable: true, octokit },
    );
    return user.login;
  } catch {
    return null;
  }
}
