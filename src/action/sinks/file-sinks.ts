import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Report } from "../../model/report.js";
import { jsonFileChunks } from "../../report/json-chunks.js";
import { renderSarif, type SarifOptions } from "../../report/sarif.js";
import { writeFileChunks } from "../../report/write-chunks.js";
import type { ReportSink } from "./sink.js";

const REPORT_FILE = "dataset-ci-report.json";
const SARIF_FILE = "dataset-ci.sarif";

/** The report as JSON (the CLI's `--format json`) under RUNNER_TEMP: the `report` output. */
export function reportFileSink(env: NodeJS.ProcessEnv): ReportSink {
  return {
    name: "write the JSON report",
    async publish({ report }) {
      // Written as it is rendered: at a million examples the report's JSON is some 50 MB.
      const file = await writeInTemp(env, REPORT_FILE, jsonFileChunks(report));
      return { outputs: { report: file } };
    },
  };
}

/**
 * The report as SARIF beside the JSON report: the `sarif` output. `report` may differ from the one the
 * other sinks show (a push's SARIF holds every dataset file's findings, see check-workspace.ts).
 */
export function sarifFileSink(env: NodeJS.ProcessEnv, report: Report, options: SarifOptions): ReportSink {
  return {
    name: "write the SARIF file",
    async publish() {
      const file = await writeInTemp(env, SARIF_FILE, [renderSarif(report, options).text]);
      return { outputs: { sarif: file } };
    },
  };
}

async function writeInTemp(env: NodeJS.ProcessEnv, name: string, pieces: Iterable<string>): Promise<string> {
  const directory = env.RUNNER_TEMP || os.tmpdir();
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, name);
  await writeFileChunks(file, pieces);
  return file;
}
