// `npm run demo`: runs the bundled action (dist/index.js) on a bundled example pull request, the way the
// runner would: a temporary git repository whose base holds examples/ and whose head adds a flawed file,
// and a local stand-in for api.github.com. Prints the comment it posted (as GitHub shows it, rendered for
// the terminal), its annotations and its verdict. `npm run demo -- --markdown` prints the comment's Markdown
// instead; `npm run demo -- --save` also writes it to docs/example-comment.md.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { terminalSafe } from "../src/report/terminal-safe.js";
import { pullRequestRepo } from "../test/support/git-repo.js";
import { pullRequestPayload, runAction } from "../test/support/run-action.js";
import { GitHubStandIn } from "../test/support/stand-in/server.js";
import { markdownForTerminal } from "./markdown-for-terminal.js";

const ROOT = path.resolve(import.meta.dirname, "..");
export const EXAMPLE_COMMENT = path.join(ROOT, "docs/example-comment.md");
const ADDED_FILE = "examples/data/new-pairs.jsonl";

export interface Demo {
  comment: string;
  annotations: string[];
  verdict: string;
  status: number | null;
  violations: string[];
}

export async function runDemo(): Promise<Demo> {
  const read = (file: string) => readFile(path.join(ROOT, file), "utf8");
  const directory = await mkdtemp(path.join(tmpdir(), "dataset-ci-demo-"));
  const github = await new GitHubStandIn().start();
  try {
    const repo = await pullRequestRepo(
      path.join(directory, "workspace"),
      {
        ".github/dataset-ci.yml": await read("examples/dataset-ci.yml"),
        "examples/data/task-api-safety.jsonl": await read("examples/data/task-api-safety.jsonl"),
      },
      { [ADDED_FILE]: await read("examples/pull-request/new-pairs.jsonl") },
    );
    github.pulls.set(1, [{ filename: ADDED_FILE, status: "added" }]);
    const run = await runAction({
      workspace: repo.dir,
      runnerDir: path.join(directory, "runner"),
      event: "pull_request",
      payload: pullRequestPayload(1, repo.baseSha, repo.headSha),
      apiUrl: github.url,
    });
    const annotations = run.commands
      .filter((c) => ["error", "warning", "notice"].includes(c.name) && c.properties.includes("title="))
      .map((c) => {
        const props = Object.fromEntries(c.properties.split(",").map((p) => p.split("=")));
        const where = props.file ? `${props.file}:${props.line}` : "(dataset)";
        return `${c.name.padEnd(7)} ${where.padEnd(36)} ${props.title?.replace("dataset-ci ", "")}: ${decodeCommand(c.message)}`;
      });
    const failure = run.commands.find((c) => c.name === "error" && c.properties === "");
    return {
      comment: github.commentsOn(1)[0]?.body ?? "(no comment was posted)",
      annotations,
      verdict: failure ? decodeCommand(failure.message) : "dataset-ci passed",
      status: run.status,
      violations: github.violations,
    };
  } finally {
    await github.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

/** Workflow-command messages escape %, CR and LF; the runner shows them decoded. */
function decodeCommand(message: string): string {
  return message.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

/**
 * The comment as a reviewer reads it on GitHub, not its Markdown source (escapes, table pipes, HTML), for
 * the demo's terminal. Indented, so that no line of it starts a workflow command when the demo runs in a CI log.
 */
export function commentForTerminal(comment: string, color = false): string {
  return `${markdownForTerminal(comment, { color })
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line === "" ? "" : `  ${line}`))
    .join("\n")}\n`;
}

export function exampleCommentFile(comment: string): string {
  return `<!-- What \`npm run demo\` posts on its example pull request (regenerate: npm run demo -- --save). -->\n${comment}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const demo = await runDemo();
  const rule = (title: string) => `\n── ${title} ${"─".repeat(Math.max(0, 72 - title.length))}\n`;
  const markdown = process.argv.includes("--markdown");
  const size = `${demo.comment.length.toLocaleString("en-US")} characters of Markdown`;
  if (markdown) {
    process.stdout.write(rule(`The pull request comment (${size})`));
    process.stdout.write(`${demo.comment}\n`);
  } else {
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(rule("The pull request comment, as GitHub shows it"));
    process.stdout.write(commentForTerminal(demo.comment, color));
    process.stdout.write(
      `\n(${size}; the committed copy is ${path.relative(process.cwd(), EXAMPLE_COMMENT)}; \`npm run demo -- --markdown\` prints this run's)\n`,
    );
  }
  process.stdout.write(rule(`Annotations (${demo.annotations.length})`));
  for (const line of demo.annotations) process.stdout.write(`${terminalSafe(line, 400)}\n`);
  process.stdout.write(rule("Verdict"));
  process.stdout.write(`${terminalSafe(demo.verdict, 400)} (the step exits ${demo.status})\n`);
  if (demo.violations.length > 0) {
    process.stdout.write(`\nrequests GitHub would not accept:\n${demo.violations.join("\n")}\n`);
    process.exitCode = 1;
  }
  if (process.argv.includes("--save")) {
    await writeFile(EXAMPLE_COMMENT, exampleCommentFile(demo.comment));
    process.stdout.write(`\nwrote ${path.relative(process.cwd(), EXAMPLE_COMMENT)}\n`);
  }
}
