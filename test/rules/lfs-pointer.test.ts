import { gzipSync } from "node:zlib";
import { pair, realFile, testRule } from "../support/rule-tester.js";

const POINTER =
  "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
const MESSAGE = "this checkout holds an LFS pointer, not data: check out with lfs: true";

testRule("lfs-pointer", {
  valid: [
    { text: `${JSON.stringify(pair())}\n` },
    // A record that quotes a pointer's first line is data.
    {
      text: `${JSON.stringify(pair({ prompt: "What does version https://git-lfs.github.com/spec/v1 mean?" }))}\n`,
    },
    // The pointer text not at the start of the file.
    { text: ` ${POINTER}`, name: "pointer text after a space" },
  ],
  invalid: [
    { text: POINTER, findings: [{ line: 1, message: MESSAGE }] },
    // Whatever the file's name says: a pointer under .gz is not gzip.
    {
      text: realFile("hh-rlhf-helpful-base-test.lfs-pointer.jsonl.gz"),
      file: "helpful-base-test.jsonl.gz",
      findings: [{ line: 1, message: MESSAGE }],
      name: "HH-RLHF helpful-base, checked out without LFS",
    },
    // A pointer compressed (an LFS file inside a gzip) is told from the decompressed bytes.
    { text: gzipSync(POINTER), file: "data.jsonl.gz", findings: [{ line: 1, message: MESSAGE }] },
  ],
});
