import { main } from "./cli/cli.js";

// The bundled CLI's entry: kept apart from cli.ts so tests import main() without running it.

/** The exit status main() returned; undefined while it runs. */
let status: number | undefined;

// A reader that stops early (`dataset-ci check … | head -1`) closes stdout, and the next write fails with
// EPIPE, as an 'error' event nothing else listens to: Node would print a stack trace and exit 1. The rest
// of the output is not wanted, so the run ends quietly: with the verdict once main() has it (a check
// tells it through onExitStatus before it writes its report), or at once while it is still writing (an
// export's records).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(status ?? 0);
});

// A closed stderr (`2>/dev/full`, a reader of `2>&1` gone) loses the progress line and notes, never the run.
process.stderr.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

status = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  onExitStatus: (verdict) => {
    status = verdict;
  },
});
process.exitCode = status;
