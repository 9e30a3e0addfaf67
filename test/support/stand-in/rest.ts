// What several REST areas answer alike: a 404, a page of a list, the repository's API URL.
import type { GitHubStandIn } from "./server.js";
import type { Answer } from "./types.js";

export function notFound(): Answer {
  return { status: 404, body: { message: "Not Found", documentation_url: "" } };
}

/** The repository's REST URL on the stand-in: https://api.github.com/repos/{owner}/{repo} there. */
export function repoUrl(github: GitHubStandIn): string {
  return `${github.url}/repos/${github.owner}/${github.repo}`;
}

/** One page of a list, with GitHub's Link header (30 a page by default, at most 100). */
export function page<T>(
  entries: T[],
  query: Record<string, string>,
  base: string,
): { status: number; body: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(query.per_page ?? 30));
  const number = Math.max(1, Number(query.page ?? 1));
  const last = Math.max(1, Math.ceil(entries.length / perPage));
  const link = (n: number, rel: string) => `<${base}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
  const links = [
    ...(number < last ? [link(number + 1, "next"), link(last, "last")] : []),
    ...(number > 1 ? [link(1, "first"), link(number - 1, "prev")] : []),
  ];
  return {
    status: 200,
    body: entries.slice((number - 1) * perPage, number * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
