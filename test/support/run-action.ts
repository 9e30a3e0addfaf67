import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { payloadViolations } from "./webhook-payloads.js";

/** The bundled action, as action.yml names it. */
export const ACTION = path.resolve(import.meta.dirname, "../../dist/index.js");

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the runner would have executed: `::name props::message`. */
  commands: Array<{ name: string; properties: string; message: string }>;
}

export interface RunOptions {
  workspace: string;
  /** A directory for the runner's own files (event payload, outputs, summary, RUNNER_TEMP). */
  runnerDir: string;
  event: string;
  payload: unknown;
  apiUrl?: string;
  repository?: string;
  sha?: string;
  inputs?: Record<string, string>;
  /** GITHUB_RUN_ID: the workflow run this job belongs to. */
  runId?: number;
  /** More of the runner's environment (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for artifacts, DATASET_CI_REQUEST_TIMEOUT_MS). */
  env?: Record<string, string>;
}

/**
 * Runs dist/index.js the way the runner does: a child process whose environment and event payload are the
 * only things it is given. Asynchronous, so an HTTP stand-in in this process can answer it.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  // Only payloads GitHub could send: every field documented for the event, with its documented type.
  const violations = payloadViolations(options.event, options.payload);
  if (violations.length > 0) throw new Error(`the ${options.event} payload: ${violations.join("; ")}`);
  await mkdir(options.runnerDir, { recursive: true });
  const file = (name: string) => path.join(options.runnerDir, name);
  await writeFile(file("event.json"), JSON.stringify(options.payload));
  await writeFile(file("output.txt"), "");
  await writeFile(file("summary.md"), "");
  await mkdir(file("temp"), { recursive: true });
  const inputs = { "github-token": "actions-token", ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: file("event.json"),
    GITHUB_REPOSITORY: options.repository ?? "octo-org/preference-data",
    GITHUB_SHA: options.sha ?? "0".repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: file("summary.md"),
    GITHUB_OUTPUT: file("output.txt"),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: String(options.runId ?? 4242),
    GITHUB_JOB: "check-datasets",
    RUNNER_TEMP: file("temp"),
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
    // A back-off "second" of 1 ms (test-only, src/action/github.ts): retries, retry-after and the spacing
    // of writes take no real time, and the stand-in still counts every attempt.
    DATASET_CI_RETRY_BASE_MS: "1",
    ...options.env,
    // The runner passes every input, the unset ones as "" (core.getInput reads INPUT_<NAME>).
    ...Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
    ),
  };
  // ACTION_NODE runs the action under another Node (GitHub runs node24): ACTION_NODE=$(npx -y node@24 -p process.execPath)
  const child = spawn(process.env.ACTION_NODE || process.execPath, [ACTION], { cwd: options.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const outputs: Record<string, string> = {};
  for (const match of (await readFile(file("output.txt"), "utf8")).matchAll(
    /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm,
  )) {
    outputs[match[1] as string] = match[3] as string;
  }
  const commands = [...stdout.matchAll(/^::([\w-]+)( [^:]*)?::(.*)$/gm)].map((m) => ({
    name: m[1] as string,
    properties: (m[2] ?? "").trim(),
    message: m[3] as string,
  }));
  return { status, stdout, stderr, outputs, summary: await readFile(file("summary.md"), "utf8"), commands };
}

/** A pull_request event payload with what the action reads. */
export function pullRequestPayload(number: number, baseSha: string, headSha: string, changedFiles?: number) {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      base: { sha: baseSha, ref: "main" },
      head: { sha: headSha, ref: "feature" },
      ...(changedFiles !== undefined ? { changed_files: changedFiles } : {}),
    },
    repository: { full_name: "octo-org/preference-data" },
  };
}
