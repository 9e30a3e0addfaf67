import { defineConfig } from "vitest/config";

/** The end-to-end layer: the bundled action and CLI (dist/) as child processes, against the GitHub stand-in. */
const E2E = "test/e2e/**/*.test.ts";

export default defineConfig({
  test: {
    // Two cores on these machines: one worker per core, no more.
    maxWorkers: 2,
    testTimeout: 60_000,
    setupFiles: ["test/support/setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          // `npm test`: imports the source directly and needs no build.
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [E2E],
          // The files share one module graph per worker instead of importing src/ anew each: half the
          // layer's CPU time (the rule tables, test/rules/, are 46 small files over the same engine). No
          // test here mocks a module or keeps state in one between files.
          isolate: false,
        },
      },
      // `npm run test:e2e`: bundles first (package.json), so it never runs a stale dist/.
      { extends: true, test: { name: "e2e", include: [E2E] } },
    ],
  },
});
