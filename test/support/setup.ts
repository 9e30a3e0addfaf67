import { afterAll } from "vitest";
import { removeTempDirs } from "../helpers/run-check.js";

// Run before every test file of both layers (vitest.config.ts, setupFiles): each file removes the
// temporary directories its tests made.
afterAll(removeTempDirs);
