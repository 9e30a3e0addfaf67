import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { defaultConfig, parseConfig } from "../src/config/config.js";
import { assignDatasets } from "../src/config/discover.js";
import type { Finding } from "../src/model/finding.js";
import type { Report } from "../src/model/report.js";
import { checkFiles, GOOD_PAIR, writeFiles } from "./helpers/run-check.js";

// The catalogue of docs/reliability.md, inputs part: each hostile input gives a finding that names its file
// and line, the records around it are still read, and nothing crashes or hangs.

const GOOD = JSON.stringify(GOOD_PAIR);

/** The findings of the one file of a report, as `rule@line`. */
function fileFindings(report: Report): string[] {
  return (report.files[0]?.findings ?? []).map((f) => `${f.rule}@${f.line ?? f.row}`);
}

function findingOf(report: Report, rule: string): Finding | undefined {
  return report.files[0]?.findings.find((f) => f.rule === rule);
}

/** A config that lowers a read cap, so a test needs kilobytes, not the default's megabytes. */
const limits = (key: string, value: number) => `limits:\n  ${key}: ${value}\n`;

describe("hostile bytes", () => {
  it("invalid UTF-8 inside a string is replacement-char at its line and field; outside one, invalid-json", async () => {
    const broken = Buffer.concat([
      Buffer.from(`${GOOD}\n{"prompt":"caf`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`","chosen":"${"fine ".repeat(12)}","rejected":"${"bad ".repeat(14)}"}\n`),
      Buffer.from([0xff, 0xfe, 0x7b, 0x0a]),
      Buffer.from(`${GOOD}\n`),
    ]);
    const report = await checkFiles({ "data.jsonl": broken });
    expect(fileFindings(report)).toEqual(expect.arrayContaining(["replacement-char@2", "invalid-json@3"]));
    expect(findingOf(report, "replacement-char")?.field).toBe("prompt");
    expect(report.files[0]?.examples).toBe(3);
  });

  it("a UTF-16 file with its BOM is one not-utf8 finding, not one finding per line", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${GOOD}\n${GOOD}\n`, "utf16le")]);
    const report = await checkFiles({ "data.jsonl": utf16 });
    expect(fileFindings(report)).toEqual(["not-utf8@1"]);
    expect(findingOf(report, "not-utf8")?.message).toContain("UTF-16 LE");
  });

  it("a binary file under a dataset name is one not-utf8 finding at the line of its first NUL byte", async () => {
    const binary = Buffer.concat([Buffer.from(`${GOOD}\n${GOOD}\n`), Buffer.from([0x00, 0x01, 0x02, 0xff])]);
    const report = await checkFiles({ "data.jsonl": binary });
    expect(fileFindings(report)).toEqual(["not-utf8@3"]);
    expect(findingOf(report, "not-utf8")?.message).toMatch(/binary.*NUL byte at byte \d+/);
  });

  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\t\n\r\n   "],
  ])("an %s file is not-preference-data at line 1: it holds no records", async (_, content) => {
    const report = await checkFiles({ "data.jsonl": content });
    expect(fileFindings(report)).toEqual(["not-preference-data@1"]);
    expect(findingOf(report, "not-preference-data")?.message).toBe("the file holds no records");
  });

  it("NaN and Infinity (Python's json.dumps) are invalid-json that says what they are", async () => {
    const python = `${GOOD}\n{"prompt":"p","chosen":"c","rejected":"r","score_chosen":NaN,"score_rejected":-Infinity}\n${GOOD}\n`;
    const report = await checkFiles({ "data.jsonl": python });
    expect(fileFindings(report)).toContain("invalid-json@2");
    const message = findingOf(report, "invalid-json")?.message ?? "";
    expect(message).toContain("allow_nan=False");
    expect(message).not.toContain("score_chosen"); // the parser's echo of the line is not repeated
    expect(report.files[0]?.examples).toBe(2);
  });

  it("lone surrogates are lone-surrogate at the line and field; a real pair (an emoji) is not", async () => {
    const content = `${GOOD}\n${JSON.stringify({ ...GOOD_PAIR, chosen: `${GOOD_PAIR.chosen} \ud83d\ude00` })}\n{"prompt":"cut \\ud83d","chosen":${JSON.stringify(GOOD_PAIR.chosen)},"rejected":${JSON.stringify(GOOD_PAIR.rejected)}}\n`;
    const report = await checkFiles({ "data.jsonl": content });
    expect(fileFindings(report).filter((f) => f.startsWith("lone-surrogate"))).toEqual(["lone-surrogate@3"]);
    expect(findingOf(report, "lone-surrogate")).toMatchObject({ field: "prompt" });
    expect(findingOf(report, "lone-surrogate")?.message).toContain("U+D83D");
  });

  it("duplicate keys are duplicate-key at their line; repeats in nested objects and strings are not", async () => {
    const content = [
      GOOD,
      `{"prompt":"first","chosen":${JSON.stringify(GOOD_PAIR.chosen)},"prompt" : "second","rejected":${JSON.stringify(GOOD_PAIR.rejected)}}`,
      `{"prompt":"says \\"prompt\\": twice","chosen":${JSON.stringify(GOOD_PAIR.chosen)},"rejected":${JSON.stringify(GOOD_PAIR.rejected)},"meta":{"prompt":1,"x":{"prompt":2}}}`,
    ].join("\n");
    const report = await checkFiles({
      "data.jsonl": content,
      "data.json": `[${content.split("\n").join(",\n")}]`,
    });
    for (const file of report.files) {
      expect(file.findings.filter((f) => f.rule === "duplicate-key").map((f) => f.line)).toEqual([2]);
      expect(file.findings.find((f) => f.rule === "duplicate-key")?.message).toContain('"prompt"');
    }
  });

  it("a JSON array with trailing garbage is invalid-json at the garbage's line, the elements before it read", async () => {
    const report = await checkFiles({ "data.json": `[\n${GOOD},\n${GOOD}\n]\n\ngarbage {` });
    expect(fileFindings(report).filter((f) => f.startsWith("invalid-json"))).toEqual(["invalid-json@6"]);
    expect(report.files[0]?.examples).toBe(2);
  });

  it("JSON nested 100,000 deep, as a record, a field or an array element, is a finding, not a stack overflow", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const lines = [
      GOOD,
      deep,
      `{"prompt":${deep},"chosen":"c","rejected":"r"}`,
      `{"prompt":"p","chosen":${deepObject},"rejected":"r"}`,
      `{"prompt":"p","chosen":"c","rejected":"r","meta":${deep}}`,
    ];
    const dir = await writeFiles({ "data.jsonl": lines.join("\n"), "data.json": `[${lines.join(",\n")}]` });
    const config = defaultConfig();
    // Fingerprints hash what a finding is about: the deep value is serialised there too.
    const report = await check({
      config,
      fingerprints: true,
      datasets: await assignDatasets(config, ["data.jsonl", "data.json"], dir),
    });
    for (const file of report.files) {
      const keys = file.findings.map((f) => `${f.rule}@${f.line}`);
      expect(keys).toEqual(expect.arrayContaining(["wrong-type@2", "wrong-type@3", "wrong-type@4"]));
      expect(file.examples).toBe(4);
    }
  });
});

describe("caps on size", () => {
  it("a line past limits.max-line-bytes is line-too-long at its line, and the next line is still read", async () => {
    const long = `{"prompt":"${"a".repeat(5000)}","chosen":"c","rejected":"r"}`;
    const report = await checkFiles(
      {
        "data.jsonl": `${GOOD}\n${long}\n${GOOD}\n${long}`,
        "data.json": `[${GOOD},\n${long},\n${GOOD}]`,
        "data.csv": `prompt,chosen,rejected\n"a",b,c\n"${"x".repeat(5000)}",b,c\nd,e,f\n`,
      },
      limits("max-line-bytes", 4096),
    );
    const byFile = Object.fromEntries(report.files.map((f) => [f.path, f]));
    const keys = (file: string) =>
      byFile[file]?.findings.filter((f) => f.rule === "line-too-long").map((f) => f.line);
    expect(keys("data.jsonl")).toEqual([2, 4]);
    expect(byFile["data.jsonl"]?.examples).toBe(2);
    expect(keys("data.json")).toEqual([2]);
    expect(byFile["data.json"]?.examples).toBe(2);
    // csv-parse cannot pick up after an overlong row (a quote may hide its end): the row is named, and
    // the message says the rows after it were not read.
    expect(keys("data.csv")).toEqual([3]);
    expect(byFile["data.csv"]?.findings.find((f) => f.rule === "line-too-long")?.message).toContain(
      "the rows after it were not read",
    );
    expect(byFile["data.jsonl"]?.findings.find((f) => f.rule === "line-too-long")?.message).toMatch(
      /holds 50\d\d bytes, over the cap of 4 KiB \(limits\.max-line-bytes\)/,
    );
  });

  it("a 4 MB gzip that inflates to 4 GiB stops at limits.max-decompressed-bytes with decompressed-too-large", async () => {
    // gzip inflates at most ~1,032:1; members concatenated are one valid gzip stream (RFC 1952 §2.2).
    const member = gzipSync(Buffer.alloc(1 << 20, "\n"), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 4096 }, () => member));
    expect(bomb.length).toBeLessThan(5_000_000);
    const report = await checkFiles({ "data.jsonl.gz": bomb }, limits("max-decompressed-bytes", 8 << 20));
    expect(fileFindings(report)).toEqual(["decompressed-too-large@1"]);
    expect(findingOf(report, "decompressed-too-large")?.message).toContain(
      "the gzip stream decompresses to more than the cap of 8 MiB (limits.max-decompressed-bytes)",
    );
  });

  it("a truncated gzip is corrupt-file, after the records it could read", async () => {
    const whole = gzipSync(`${GOOD}\n`.repeat(2000));
    const report = await checkFiles({ "data.jsonl.gz": whole.subarray(0, Math.floor(whole.length * 0.6)) });
    expect(fileFindings(report).filter((f) => !f.startsWith("duplicate"))).toEqual(["corrupt-file@1"]);
    expect(findingOf(report, "corrupt-file")?.message).toMatch(
      /reading stopped after \d+ records: .*unexpected end of file/,
    );
    expect(report.files[0]?.examples).toBeGreaterThan(0);
  });
});

describe("text built to make a pattern backtrack", () => {
  // Issue 16's shapes, each quadratic before (a minute and more for one record): the record is checked, and
  // a quadratic version held this test for minutes (test/linear-time.test.ts measures every rule against a
  // plain scan of the text).
  it.each([
    ["pii's e-mail pattern, on a run of letters", "chosen", `${"a".repeat(300_000)} @`],
    ["pii's e-mail pattern, on a run of digits and dots", "chosen", `${"1.".repeat(2_500_000)}a@b`],
    ["truncated-response's URL test", "rejected", `${"http://".repeat(150_000)} x`],
    ["pii's token pattern, on a run of JWT prefixes", "prompt", "-eyJ".repeat(250_000)],
  ])(
    "%s: the record is checked, in linear time",
    async (_, field, text) => {
      const record = JSON.stringify({ ...GOOD_PAIR, [field]: text });
      const report = await checkFiles({ "data.jsonl": `${GOOD}\n${record}\n` });
      expect(report.files[0]?.examples).toBe(2);
      expect(fileFindings(report).filter((f) => f.startsWith("pii@"))).toEqual([]);
    },
    60_000,
  );
});

describe("a flood of findings", () => {
  it("lists the first limits.max-findings-per-rule findings of a rule in a file and counts the rest in one more", async () => {
    const report = await checkFiles(
      { "data.jsonl": `${GOOD}\n${"1\n".repeat(5000)}` },
      limits("max-findings-per-rule", 10),
    );
    const wrongType = report.files[0]?.findings.filter((f) => f.rule === "wrong-type") ?? [];
    expect(wrongType.map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(wrongType[10]?.message).toBe(
      "4,990 more wrong-type findings in this file from here on are not listed (limits.max-findings-per-rule: 10)",
    );
    expect(wrongType[10]?.severity).toBe("error");
    expect(report.passed).toBe(false);
    expect(report.summary.errors).toBe(
      [...report.files, ...report.datasets].flatMap((f) => f.findings).filter((f) => f.severity === "error")
        .length,
    );
  });
});

describe("hostile paths", () => {
  async function checkTasks(dir: string, files: string[], confine: boolean): Promise<Report> {
    const config = defaultConfig();
    return check({
      config,
      datasets: await assignDatasets(config, files, dir, confine ? { confineTo: dir } : {}),
    });
  }

  it("a dataset path that is a directory is corrupt-file (EISDIR), and the other files are read", async () => {
    const dir = await writeFiles({ "good.jsonl": `${GOOD}\n` });
    await mkdir(path.join(dir, "dir.jsonl"));
    const report = await checkTasks(dir, ["dir.jsonl", "good.jsonl"], true);
    expect(report.files.map((f) => [f.path, f.findings.map((x) => x.rule), f.examples])).toEqual([
      ["dir.jsonl", ["corrupt-file"], 0],
      ["good.jsonl", [], 1],
    ]);
    expect(report.files[0]?.findings[0]?.message).toContain("EISDIR");
  });

  it("a symlink loop is corrupt-file (ELOOP), confined to a workspace or not", async () => {
    const dir = await writeFiles({});
    await symlink("b.jsonl", path.join(dir, "a.jsonl"));
    await symlink("a.jsonl", path.join(dir, "b.jsonl"));
    for (const confine of [true, false]) {
      const report = await checkTasks(dir, ["a.jsonl"], confine);
      expect(fileFindings(report)).toEqual(["corrupt-file@1"]);
      expect(findingOf(report, "corrupt-file")?.message).toContain("ELOOP");
    }
  });

  it("a symlink out of the workspace is outside-workspace, and the target is never read", async () => {
    const outside = await writeFiles({ "secret.jsonl": `${GOOD}\n` });
    const dir = await writeFiles({});
    await symlink(path.join(outside, "secret.jsonl"), path.join(dir, "data.jsonl"));
    const report = await checkTasks(dir, ["data.jsonl"], true);
    expect(fileFindings(report)).toEqual(["outside-workspace@1"]);
    expect(report.files[0]?.examples).toBe(0);
  });

  it("a file that vanished after planning is corrupt-file (ENOENT), not a crash", async () => {
    const dir = await writeFiles({});
    const report = await checkTasks(dir, ["gone.jsonl"], false);
    expect(fileFindings(report)).toEqual(["corrupt-file@1"]);
    expect(findingOf(report, "corrupt-file")?.message).toContain("ENOENT");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file is corrupt-file (EACCES)", async () => {
    const dir = await writeFiles({ "locked.jsonl": `${GOOD}\n` });
    await chmod(path.join(dir, "locked.jsonl"), 0o000);
    const report = await checkTasks(dir, ["locked.jsonl"], false);
    expect(fileFindings(report)).toEqual(["corrupt-file@1"]);
    expect(findingOf(report, "corrupt-file")?.message).toContain("EACCES");
  });
});

describe("many files", () => {
  // 10,000, not the issue's 100,000: creating 100,000 files alone takes ~19 s on the CI machine; the
  // 100,000 run is measured in docs/reliability.md.
  it("a glob matching 10,000 files is planned into one dataset of 10,000 files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dataset-ci-many-"));
    await mkdir(path.join(dir, "data"));
    const count = 10_000;
    for (let i = 0; i < count; i += 1000) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, j) => writeFile(path.join(dir, "data", `part-${i + j}.jsonl`), "")),
      );
    }
    const config = parseConfig('datasets:\n  - name: many\n    files: "data/*.jsonl"\n', "t.yml");
    const datasets = await assignDatasets(config, null, dir);
    expect(datasets.map((d) => d.files.length)).toEqual([count]);
    await rm(dir, { recursive: true, force: true });
  }, 120_000);
});
