import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two cores on these machines: one worker per core, no more.
    maxWorkers: 2,
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/rules/**"],
        },
      },
      {
        // The rule tables: one small file per rule, each importing the same engine. Without isolation a
        // worker imports the engine once instead of once a file (about 1.2 s each on two cores); the
        // tables keep no module state (each case checks its own temporary directory).
        extends: true,
        test: { name: "rules", include: ["test/rules/**/*.test.ts"], isolate: false },
      },
    ],
  },
});
