import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two cores on these machines: one worker per core, no more.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
