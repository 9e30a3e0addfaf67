import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionIO, AnnotationProperties } from "../src/action/action-io.js";
import type { Run } from "../src/action/event.js";
import type { Octokit } from "../src/action/github.js";
import { type PublishOptions, publishReport, reportSinks } from "../src/action/publish-report.js";
import { type ReportSink, runSinks, SINK_WARNING_TITLE } from "../src/action/sinks/sink.js";
import { withVerdict } from "../src/check/verdict.js";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";

// The sinks run in one loop: one that fails costs a warning and a note, and neither stops the others
// nor changes the verdict.

function recorder() {
  const calls = {
    info: [] as string[],
    annotations: [] as { level: string; message: string; properties?: AnnotationProperties }[],
    outputs: {} as Record<string, string>,
    summary: [] as string[],
  };
  const io: ActionIO = {
    info: (line) => calls.info.push(line),
    annotate: (level, message, properties) =>
      calls.annotations.push({ level, message, ...(properties ? { properties } : {}) }),
    setOutput: (name, value) => {
      calls.outputs[name] = value;
    },
    writeSummary: async (markdown) => {
      calls.summary.push(markdown);
    },
  };
  return { io, calls };
}

function reportWith(findings: Finding[]): Report {
  return withVerdict({
    version: 1,
    "fail-on": "error",
    files: [
      {
        path: "data/train.jsonl",
        container: "jsonl",
        compression: null,
        shape: "trl-standard",
        examples: 3,
        findings,
        notes: [],
      },
    ],
    datasets: [],
  });
}

const ERROR: Finding = { rule: "empty-response", severity: "error", line: 2, message: "chosen is empty" };
const WARNING: Finding = { rule: "identical-responses", severity: "warning", line: 3, message: "same" };

const PULL_REQUEST_RUN: Run = {
  owner: "octo-org",
  repo: "preference-data",
  sha: "a".repeat(40),
  serverUrl: "https://github.com",
  runUrl: "https://github.com/octo-org/preference-data/actions/runs/1",
  trigger: {
    kind: "pull-request",
    number: 7,
    baseSha: "b".repeat(40),
    headSha: "a".repeat(40),
    changedFiles: 1,
  },
};

let temp: string | undefined;
afterEach(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = undefined;
});

async function options(extra: Partial<PublishOptions> = {}): Promise<PublishOptions> {
  temp = await mkdtemp(path.join(os.tmpdir(), "dataset-ci-sinks-"));
  return {
    octokit: null,
    comment: "changes",
    key: "",
    checkName: "dataset-ci report",
    maxReviewComments: 30,
    checkRun: false,
    maxAnnotations: 30,
    verdict: "step",
    upload: false,
    env: { RUNNER_TEMP: temp },
    ...extra,
  };
}

const failing = (name: string, error: unknown): ReportSink => ({
  name,
  advice: () => "grant it",
  elsewhere: "the findings are elsewhere",
  publish: async () => {
    throw error;
  },
});

describe("the report sinks", () => {
  it("a sink that throws costs one warning; the sinks after it still run and see the warning", async () => {
    const { io, calls } = recorder();
    const ran: string[] = [];
    const seen: string[][] = [];
    const second: ReportSink = {
      name: "second",
      publish: async (context) => {
        ran.push("second");
        seen.push([...context.warnings]);
        return { notes: ["a note from the second"], outputs: { second: "yes" } };
      },
    };
    const third: ReportSink = {
      name: "third",
      publish: async (context) => {
        ran.push("third");
        seen.push([...context.notes]);
        return {};
      },
    };
    const context = {
      report: reportWith([]),
      run: PULL_REQUEST_RUN,
      facts: { patches: {} },
      octokit: null,
      io,
      maxAnnotations: 30,
      notes: [],
      warnings: [],
      outputs: {},
    };
    await runSinks([failing("reach the moon", new Error("no rocket")), second, third], context);
    const warning =
      "could not reach the moon (no rocket): grant it. The verdict is unchanged; the findings are elsewhere.";
    expect(ran).toEqual(["second", "third"]);
    expect(seen).toEqual([[warning], ["a note from the second"]]);
    expect(calls.annotations).toEqual([
      { level: "warning", message: warning, properties: { title: SINK_WARNING_TITLE } },
    ]);
    expect(context.outputs).toEqual({ second: "yes" });
  });

  it.each([
    ["fails", [ERROR], false],
    ["passes", [WARNING], true],
  ])(
    "a report that %s keeps its verdict when a sink fails, and the summary says what failed",
    async (_, findings, passed) => {
      const report = reportWith(findings);
      const { io, calls } = recorder();
      const opts = await options();
      const sinks = reportSinks(report, PULL_REQUEST_RUN, opts);
      // The first sink (the JSON report file) fails; every other sink still runs.
      const broken = [
        failing("write the JSON report", Object.assign(new Error("disk full"), { code: "ENOSPC" })),
        ...sinks.slice(1),
      ];
      const verdict = await publishReport(report, PULL_REQUEST_RUN, [], { patches: {} }, opts, io, broken);
      expect(verdict.passed).toBe(passed);
      expect(verdict.failure === undefined).toBe(passed);
      expect(calls.outputs.passed).toBe(String(passed));
      expect(calls.outputs.report).toBeUndefined();
      expect(calls.summary).toHaveLength(1);
      expect(calls.summary[0]).toContain("could not write the JSON report \\(disk full\\)");
      // The warning and the finding's annotation: the warning came first and took its place in the budget.
      expect(calls.annotations.map((a) => a.level)).toEqual(["warning", findings[0]?.severity]);
    },
  );

  it("without a failure, every sink of a pull request run reports: the files, the annotations, the summary, the outputs", async () => {
    const report = reportWith([ERROR]);
    const { io, calls } = recorder();
    const opts = await options();
    const verdict = await publishReport(report, PULL_REQUEST_RUN, ["a run note"], { patches: {} }, opts, io);
    expect(verdict).toEqual({ passed: false, failure: "dataset-ci failed: 1 finding at error" });
    expect(JSON.parse(await readFile(calls.outputs.report ?? "", "utf8")).passed).toBe(false);
    expect(calls.annotations).toEqual([
      {
        level: "error",
        message: "chosen is empty",
        properties: { title: "dataset-ci empty-response", file: "data/train.jsonl", startLine: 2 },
      },
    ]);
    expect(calls.summary[0]).toContain("a run note");
    expect(calls.outputs).toMatchObject({ passed: "false", errors: "1", warnings: "0" });
  });

  it("chooses the sinks from plain data: a pull request with a token gets the review and the comment; a publish run no annotations", async () => {
    const report = reportWith([ERROR]);
    const octokit = {} as Octokit;
    const check = reportSinks(report, PULL_REQUEST_RUN, await options({ octokit, checkRun: true }));
    expect(check.map((s) => s.name)).toEqual([
      "write the JSON report",
      "post review comments",
      "comment on the pull request",
      "create the check run",
      "write the annotations",
      "write the job summary",
      "set the outputs",
    ]);
    const publish = reportSinks(
      report,
      PULL_REQUEST_RUN,
      await options({
        octokit,
        comment: "off",
        maxReviewComments: 0,
        maxAnnotations: null,
        verdict: "commit-status",
      }),
    );
    expect(publish.map((s) => s.name)).toEqual([
      "write the JSON report",
      "set the commit status dataset-ci/verdict",
      "write the job summary",
      "set the outputs",
    ]);
  });
});
