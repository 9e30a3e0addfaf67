// Measures how fast hyparquet decodes Parquet, in MiB of the file per second, to set the decoding deadline
// of src/read/parquet.ts (PARQUET_DECODE_MS_PER_MIB). The rows are the real DPO demo's (test/fixtures/real/
// llamafactory-dpo_en_demo.json, ShareGPT layout: conversations, chosen, rejected), each repeated with its
// row number so no two are alike, written with Snappy (as the Hugging Face Hub's files are) and with none.
// Run: node scripts/bench-parquet-decode.mjs [copies]   (copies of the 1,000 rows; 20 by default)
import { readFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";

const copies = Number(process.argv[2] ?? 20);
const demo = JSON.parse(
  readFileSync(new URL("../test/fixtures/real/llamafactory-dpo_en_demo.json", import.meta.url)),
);
const rows = [];
for (let copy = 0; copy < copies; copy++) {
  for (const row of demo) {
    rows.push({
      prompt: `${row.conversations.at(-1).value} (${copy})`,
      chosen: `${row.chosen.value} (${copy})`,
      rejected: `${row.rejected.value} (${copy})`,
    });
  }
}
const utf8 = { type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
for (const codec of ["SNAPPY", "UNCOMPRESSED"]) {
  const file = parquetWriteBuffer({
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
    codec,
    rowGroupSize: 10_000,
  });
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await parquetReadObjects({ file });
    least = Math.min(least, performance.now() - start);
  }
  const mib = file.byteLength / (1024 * 1024);
  console.log(
    `${codec}: ${rows.length} rows, ${mib.toFixed(1)} MiB, decoded in ${least.toFixed(0)} ms: ${(mib / (least / 1000)).toFixed(1)} MiB/s (${(least / mib).toFixed(0)} ms per MiB)`,
  );
}
