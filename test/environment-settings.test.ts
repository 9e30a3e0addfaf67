import { describe, expect, it } from "vitest";
import { settingsFromEnvironment } from "../src/check/environment-settings.js";

describe("the check's settings from the environment", () => {
  it("takes whole positive numbers, and leaves unset or empty variables alone", () => {
    expect(
      settingsFromEnvironment({ DATASET_CI_THREADS: "2", DATASET_CI_PARQUET_DEADLINE_MS: "1500" }),
    ).toEqual({
      settings: { threads: 2, parquetDeadlineMs: 1500 },
      ignored: [],
    });
    expect(settingsFromEnvironment({ DATASET_CI_THREADS: "" })).toEqual({ settings: {}, ignored: [] });
  });

  it("names a value it ignores instead of dropping it silently, quoted and bounded", () => {
    const { settings, ignored } = settingsFromEnvironment({
      DATASET_CI_THREADS: "four",
      DATASET_CI_PARQUET_DEADLINE_MS: `0${"9".repeat(100)}x`,
    });
    expect(settings).toEqual({});
    expect(ignored).toEqual([
      'DATASET_CI_THREADS="four" is ignored: it should be a whole number from 1',
      `DATASET_CI_PARQUET_DEADLINE_MS="0${"9".repeat(19)}…" is ignored: it should be a whole number of milliseconds from 1`,
    ]);
  });
});
