import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Config } from "../config/config.js";
import { datasetMatcher } from "../config/discover.js";
import { writeCommitFiles } from "./commit-files.js";
import { EventError, type Run } from "./event.js";
import { ensureCommits, git } from "./git-history.js";
import { describeFailure } from "./github.js";

/**
 * Where the files a run checks are. On a pull request they must be its head's: GitHub's diff, the
 * annotations, the review comments and their one-click suggestions all number lines as in the head. But
 * actions/checkout checks out `refs/pull/N/merge` by default, a merge of head into the base branch, whose
 * files differ from head's wherever the base branch changed them too.
 */
export interface HeadContent {
  /** The directory holding the files to check: the workspace, or a temporary copy of head's files. */
  dir: string;
  /** Why the files were not the workspace's, for the log, the summary and the comment. */
  note?: string;
  /** Brings the dataset files and the baseline `config` names into `dir` (nothing to do in the workspace). */
  complete(config: Config): Promise<string[]>;
  /** Removes the temporary copy. */
  dispose(): Promise<void>;
}

const SHORT_SHA = 7;

/**
 * The workspace when it holds the pull request's head (or the run is not for a pull request); otherwise
 * head's config, and on complete() its dataset files and baseline, read from git (the head commit fetched
 * when the checkout lacks it) into a directory under `temp`. On pull_request_target the workspace is the
 * base branch, and reading a fork's head there would check it with a write token: refused.
 */
export async function headContent(
  workspace: string,
  runInfo: Run,
  event: string,
  configPath: string,
  temp: string,
): Promise<HeadContent> {
  const inWorkspace: HeadContent = { dir: workspace, complete: async () => [], dispose: async () => {} };
  const trigger = runInfo.trigger;
  if (trigger.kind !== "pull-request") return inWorkspace;
  const at = await git(workspace, "rev-parse", "--verify", "HEAD^{commit}").then(
    (result) => result.stdout.trim().toLowerCase(),
    (error) => {
      throw new EventError(
        `cannot tell which commit the workspace holds (${describeFailure(error)}): check out the pull request's head with actions/checkout`,
      );
    },
  );
  const head = trigger.headSha.toLowerCase();
  if (at === head) return inWorkspace;
  if (event === "pull_request_target") {
    throw new EventError(
      `on pull_request_target the workspace holds the base branch (${at.slice(0, SHORT_SHA)}), not the pull request's head ${head.slice(0, SHORT_SHA)}, and its token can write: run dataset-ci on pull_request, or for forks in the two-phase setup (mode: analyze on pull_request, mode: publish on workflow_run; dataset-ci's docs/action.md#fork-pull-requests)`,
    );
  }
  try {
    await ensureCommits(workspace, [head]);
  } catch (error) {
    throw new EventError(
      `the workspace holds ${at.slice(0, SHORT_SHA)}, not the pull request's head ${head.slice(0, SHORT_SHA)}, and git could not fetch the head (${describeFailure(error)}): check out \`ref: \${{ github.event.pull_request.head.sha }}\` with actions/checkout`,
    );
  }
  const dir = await mkdtemp(path.join(temp || os.tmpdir(), "dataset-ci-head-"));
  const relative = (file: string) =>
    path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join("/");
  const config = relative(configPath);
  await writeCommitFiles(workspace, head, dir, (file) => file === config);
  return {
    dir,
    note: `The workspace holds ${at.slice(0, SHORT_SHA)} (actions/checkout's default for a pull request is GitHub's merge commit), not the pull request's head ${head.slice(0, SHORT_SHA)}: the files checked were read from git at the head, where its diff's line numbers hold.`,
    async complete(checked: Config) {
      const isDatasetFile = datasetMatcher(checked);
      const baseline = relative(checked.baseline);
      const written = await writeCommitFiles(
        workspace,
        head,
        dir,
        (file) => file !== config && (file === baseline || isDatasetFile(file)),
      );
      return written.lfsUnread.length > 0
        ? [
            `git-lfs is not installed: ${written.lfsUnread.length} Git LFS ${written.lfsUnread.length === 1 ? "file was" : "files were"} read as pointers, not data (install git-lfs, or check out the head with lfs: true).`,
          ]
        : [];
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
