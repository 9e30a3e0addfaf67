import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pair, testRule } from "../support/rule-tester.js";

const LIMITS = { limits: { "max-decompressed-bytes": 4096 } };
const LINE = `${JSON.stringify(pair())}\n`;
/** test/fixtures/make.sh's 20 records as one Zstandard frame: about 9 KB decompressed. */
const ZSTD_SAMPLE = readFileSync(path.resolve(import.meta.dirname, "../fixtures/sample.jsonl.zst"));

testRule("decompressed-too-large", {
  valid: [
    { text: gzipSync(LINE.repeat(3)), file: "data.jsonl.gz", config: LIMITS, name: "gzip under the cap" },
    { text: ZSTD_SAMPLE, file: "data.jsonl.zst", name: "zstd under the default cap" },
    // The cap is on decompressed bytes: a plain file is not decompressed at all.
    { text: LINE.repeat(20), config: LIMITS, name: "a plain file over the cap's size" },
  ],
  invalid: [
    // A bomb in small: 2 MiB of records from a few kilobytes of gzip, read in more than one chunk.
    {
      text: gzipSync(LINE.repeat(Math.ceil((2 * 1024 * 1024) / LINE.length))),
      file: "data.jsonl.gz",
      config: LIMITS,
      findings: [
        {
          line: 1,
          message:
            "the gzip stream decompresses to more than the cap of 4 KiB (limits.max-decompressed-bytes)",
        },
      ],
      name: "gzip: 2 MiB over a 4 KiB cap",
    },
    // Under one 1 MiB chunk of decoded bytes: the first chunk counts against the cap too.
    {
      text: gzipSync(LINE.repeat(20)),
      file: "data.jsonl.gz",
      config: LIMITS,
      findings: [
        {
          line: 1,
          message:
            "the gzip stream decompresses to more than the cap of 4 KiB (limits.max-decompressed-bytes)",
        },
      ],
      name: "gzip: a few KiB over a 4 KiB cap, in one chunk",
    },
    {
      text: ZSTD_SAMPLE,
      file: "data.jsonl.zst",
      config: LIMITS,
      findings: [{ line: 1, message: "more than the cap of 4 KiB" }],
      name: "zstd over a 4 KiB cap",
    },
  ],
});
