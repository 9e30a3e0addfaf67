import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyBaseline, type Baseline } from "../check/baseline-match.js";
import { withVerdict } from "../check/verdict.js";
import { type Config, defaultConfig, parseConfig } from "../config/config.js";
import type { FailOn, Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { loadBaseline } from "../report/baseline.js";
import { describeFailure, type Octokit, statusOf } from "./github.js";
import { mergeFailOn } from "./merge-inputs.js";

/**
 * A publish run's verdict, judged by the pull request's base: the config and the baseline as they are at
 * the base commit (read through the API: the publish run has no checkout), not the copies a pull request
 * from a fork may have edited to pass (`fail-on: never`, its own findings baselined, a rule turned down).
 * Applied to the report's findings: the base's fail-on; each rule whose severity head's config changed
 * back to the base's (dropped when the base turns it off); the base's baseline in place of head's.
 * What head's config would have changed is said in one note. A rule head's config turns off has no
 * findings in the report: the note names it, since nothing can bring them back.
 */
export async function judgeByBase(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  commits: { baseSha: string; headSha: string },
  configPath: string,
  failOnInput: FailOn | undefined,
  report: Report,
): Promise<{ report: Report; note?: string }> {
  const readConfigAt = async (ref: string): Promise<Config> => {
    const text = await fileAt(octokit, repository, configPath, ref);
    const file = text === null ? null : parseConfig(text, `${configPath} at ${ref.slice(0, 7)}`);
    // The input, set in the trusted publish workflow, is merged as in a check run (merge-inputs.ts).
    return { ...(file ?? defaultConfig()), failOn: mergeFailOn(failOnInput, file?.failOn) };
  };
  const base = await readConfigAt(commits.baseSha);
  const head = await readConfigAt(commits.headSha).catch(() => base);
  const baseline = await baselineAt(octokit, repository, base.baseline, commits.baseSha);

  const turnedOff = [...base.rules.keys()].filter((rule) => !head.rules.has(rule));
  const judge = (findings: Finding[]): Finding[] =>
    findings.flatMap((finding) => {
      const { baselined: _, ...plain } = finding;
      const atBase = base.rules.get(finding.rule);
      const atHead = head.rules.get(finding.rule);
      if (!atBase) return [];
      // Only a severity head's config changed is put back: a rule may give several (min-size's notice).
      if (atHead && atHead.severity !== atBase.severity && finding.severity === atHead.severity) {
        return [{ ...plain, severity: atBase.severity }];
      }
      return [plain];
    });
  const files = report.files.map((file) => ({ ...file, findings: judge(file.findings) }));
  const datasets = report.datasets.map((dataset) => ({ ...dataset, findings: judge(dataset.findings) }));
  const all = [...files.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)];
  if (baseline) applyBaseline(all, baseline);
  const judged = withVerdict({ ...report, "fail-on": base.failOn, files, datasets });
  const changes: string[] = [];
  if (report.passed !== judged.passed) changes.push(`it would have ${report.passed ? "passed" : "failed"}`);
  if (report["fail-on"] !== judged["fail-on"]) changes.push(`fail-on ${report["fail-on"]}`);
  if (report.summary.baselined !== judged.summary.baselined) {
    changes.push(`${report.summary.baselined} findings baselined, not ${judged.summary.baselined}`);
  }
  if (turnedOff.length > 0) {
    changes.push(`rules turned off, whose findings are missing from this report: ${turnedOff.join(", ")}`);
  }
  return changes.length > 0
    ? {
        report: judged,
        note: `the verdict uses the config and baseline of the pull request's base; with its own config ${changes.join("; ")}.`,
      }
    : { report: judged };
}

/** A file's text at a commit, or null when the commit has no such file. */
async function fileAt(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  file: string,
  ref: string,
): Promise<string | null> {
  try {
    // Raw: the JSON form carries no content past 1 MB, and a baseline of a large dataset is larger.
    const { data } = await octokit.rest.repos.getContent({
      ...repository,
      path: file,
      ref,
      mediaType: { format: "raw" },
    });
    // The client gives text or bytes, depending on the content type the answer names.
    const raw: unknown = data;
    if (typeof raw === "string") return raw;
    if (raw instanceof ArrayBuffer || ArrayBuffer.isView(raw)) {
      return Buffer.from(raw instanceof ArrayBuffer ? raw : raw.buffer).toString("utf8");
    }
    return null;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw new Error(`could not read ${file} at ${ref.slice(0, 7)}: ${describeFailure(error)}`);
  }
}

/** The baseline at a commit, parsed as the CLI parses it. */
async function baselineAt(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  file: string,
  ref: string,
): Promise<Baseline | undefined> {
  const text = await fileAt(octokit, repository, file, ref);
  if (text === null) return undefined;
  const directory = await mkdtemp(path.join(os.tmpdir(), "dataset-ci-baseline-"));
  try {
    const copy = path.join(directory, "baseline.json");
    await writeFile(copy, text);
    return await loadBaseline(copy);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
