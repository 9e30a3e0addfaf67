import { pair, testRule } from "../support/rule-tester.js";

const LINE = `${JSON.stringify(pair())}\n`;
const MESSAGE = "the path resolves outside the repository (a symlink or ..): not read";

testRule("outside-workspace", {
  valid: [
    { text: LINE },
    // A link that stays inside the workspace.
    { files: { "real.jsonl": LINE }, symlinks: { "link.jsonl": "real.jsonl" } },
    {
      files: { "real.jsonl": LINE },
      symlinks: { "one.jsonl": "real.jsonl", "two.jsonl": "one.jsonl" },
      name: "a chain of links",
    },
  ],
  invalid: [
    // A link to a file beside the workspace, through "..".
    {
      outside: { "secret.jsonl": LINE },
      symlinks: { "data.jsonl": "../secret.jsonl" },
      findings: [{ file: "data.jsonl", line: 1, message: MESSAGE }],
    },
    // Next to files that are read.
    {
      files: { "a.jsonl": LINE },
      outside: { "secret.jsonl": LINE },
      symlinks: { "b.jsonl": "../secret.jsonl" },
      findings: [{ file: "b.jsonl", line: 1, message: MESSAGE }],
    },
  ],
});
