import { main } from "./cli.js";

// The bundled CLI's entry: kept apart from cli.ts so tests import main() without running it.
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
