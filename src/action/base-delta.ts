import type { Config } from "../config/config.js";
import type { Report } from "../model/report.js";
import { computeDelta, type Delta } from "../report/delta.js";
import { checkAtBase, recordsChanged } from "./base-report.js";
import { type ChangedFiles, diffRange } from "./changed-files.js";
import type { Run } from "./event.js";
import { mergeBase } from "./git-history.js";
import { describeFailure } from "./github.js";

/**
 * What a pull request does to the datasets it touches: the same checks at its base, compared with head
 * (before the scope narrows head's findings). A note instead when base could not be read.
 */
export async function baseDelta(
  config: Config,
  workspace: string,
  runInfo: Run,
  changed: ChangedFiles,
  head: Report,
): Promise<{ delta?: Delta; base?: Report; note?: string }> {
  if (runInfo.trigger.kind !== "pull-request" || head.datasets.length === 0) return {};
  try {
    const names = new Set(head.datasets.map((d) => d.name));
    // Every file head reports findings for (all of a dataset's, with scope all), so gate regressions can
    // tell which of its findings base already had.
    const files = [...new Set([...(changed.files ?? []), ...head.files.map((f) => f.path)])];
    const { baseSha, headSha } = runInfo.trigger;
    // Base as the pull request forked from it, as its diff compares: later changes to the base branch are
    // not the pull request's.
    const range = await diffRange(workspace, baseSha, headSha, "merge-base");
    const forked = (await mergeBase(workspace, baseSha, headSha)) ?? baseSha;
    const base = await checkAtBase(config, workspace, forked, names, files, changed.renamed);
    const delta = computeDelta(base, head, changed.files ? new Set(changed.files) : null);
    // Records added and removed, from git's line counts where a line is a record.
    const filesByDataset = new Map(
      head.datasets.map((d) => [
        d.name,
        [...new Set([...d.files, ...(base.datasets.find((b) => b.name === d.name)?.files ?? [])])],
      ]),
    );
    const records = await recordsChanged(workspace, range, filesByDataset, changed.renamed);
    for (const dataset of delta.datasets) {
      const counted = records.get(dataset.name);
      if (counted) dataset.records = counted;
    }
    return { delta, base };
  } catch (error) {
    return {
      note: `the datasets at the pull request's base could not be read (${describeFailure(error)}): no before/after comparison`,
    };
  }
}
