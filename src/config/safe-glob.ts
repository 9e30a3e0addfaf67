// Globs come from the config and the action's `files` input, and a pull request can change both; the
// file names they are matched against come from the pull request too. picomatch compiles a glob to a
// backtracking regular expression: an extglob such as `*(*a)` takes exponential time on a long name, and
// each `*` in one path segment multiplies the time by the segment's length (`*a*a*a*b` on a 200-character
// name: 1.8 s; `*(*a)x`: 279 s). So the globs that can take that long are refused, with the reason.

/** Longest glob accepted: picomatch itself refuses 65,536 characters, with a stack trace. */
export const GLOB_MAX_CHARS = 1024;
/** `*` wildcards allowed in one path segment (two is already n² on a long name). */
export const GLOB_STARS_PER_SEGMENT = 2;
/** `**` segments allowed in one glob (each multiplies the time by the path's depth). */
export const GLOB_MAX_GLOBSTARS = 2;

/** Why a glob is refused, or undefined when it is safe to match. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > GLOB_MAX_CHARS) return `a glob longer than ${GLOB_MAX_CHARS} characters`;
  const extglob = /[*+?@!]\(/.exec(glob);
  if (extglob) {
    return `extglobs such as "${extglob[0]}…)" are not supported: matching them can take exponential time (use braces: {a,b})`;
  }
  const segments = glob.split("/");
  const globstars = segments.filter((segment) => segment === "**").length;
  if (globstars > GLOB_MAX_GLOBSTARS) {
    return `${globstars} "**" segments, at most ${GLOB_MAX_GLOBSTARS}: each multiplies the time to match a deep path`;
  }
  for (const segment of segments) {
    if (segment === "**") continue;
    const stars = segment.split("*").length - 1;
    if (stars > GLOB_STARS_PER_SEGMENT) {
      return `"${segment}" has ${stars} "*" wildcards, at most ${GLOB_STARS_PER_SEGMENT} per path segment: each multiplies the time to match a long file name`;
    }
  }
  return undefined;
}
