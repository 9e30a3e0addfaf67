// Finds a one-byte mutation of a small valid Parquet file that makes hyparquet decode forever (issue 16),
// for the fixture test/fixtures/hostile/parquet-hang.parquet. Run once: `node scripts/find-parquet-hang.mjs OUT`.
// A child process decodes each mutation in turn and prints its number first; the parent kills the child
// when no number arrives for 2 s, and the last number printed is the mutation that hangs.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";

const utf8 = { type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
const rows = Array.from({ length: 8 }, (_, i) => ({
  prompt: `p${i % 2}`,
  chosen: `c${i}`,
  rejected: `r${i}`,
}));
const valid = Buffer.from(
  parquetWriteBuffer({
    columnData: ["prompt", "chosen", "rejected"].map((name) => ({
      name,
      data: rows.map((row) => row[name]),
    })),
    schema: [
      { name: "root", num_children: 3 },
      { name: "prompt", ...utf8 },
      { name: "chosen", ...utf8 },
      { name: "rejected", ...utf8 },
    ],
    codec: "UNCOMPRESSED",
  }),
);
/** Each mutation: [byte offset, new value]. Only the bytes before the footer (the pages) are mutated. */
const footerLength = valid.readUInt32LE(valid.length - 8);
const mutations = [];
for (let offset = 4; offset < valid.length - 8 - footerLength; offset++) {
  for (let value = 0; value < 256; value++) if (value !== valid[offset]) mutations.push([offset, value]);
}
const mutate = ([offset, value]) => {
  const copy = Buffer.from(valid);
  copy[offset] = value;
  return copy;
};

if (process.argv[2] === "--child") {
  for (let i = Number(process.argv[3]); i < mutations.length; i++) {
    process.stdout.write(`${i}\n`);
    try {
      // A fresh ArrayBuffer of the file's bytes alone (a small Buffer's .buffer is Node's shared pool).
      const file = new Uint8Array(mutate(mutations[i])).buffer;
      await parquetReadObjects({ file });
    } catch {
      // an error ends; only a hang is wanted
    }
  }
  process.exit(0);
}

const out = process.argv[2];
const start = 0;
for (;;) {
  const found = await new Promise((resolve) => {
    const child = spawn(process.execPath, [import.meta.filename, "--child", String(start)]);
    let last = -1;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve(last);
      }, 2000);
    };
    child.stdout.on("data", (data) => {
      const numbers = data.toString().trim().split("\n");
      last = Number(numbers.at(-1));
      arm();
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(null);
    });
    arm();
  });
  if (found === null) {
    console.log(`no mutation of ${mutations.length} hangs`);
    process.exit(1);
  }
  const [offset, value] = mutations[found];
  console.log(
    `mutation ${found} hangs: byte ${offset} (of ${valid.length}) from ${valid[offset]} to ${value}`,
  );
  if (out) writeFileSync(out, mutate(mutations[found]));
  break;
}
