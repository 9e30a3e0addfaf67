// The Parquet decoder's thread (src/read/parquet.ts starts it, one per file read): opens the file, posts
// its columns and row groups, then decodes each row group the reading thread asks for and posts its rows.
// It runs apart so that a corrupt page that makes hyparquet loop forever can be stopped: the reading thread
// terminates it when a step passes its deadline. Bundled as dist/parquet-worker.js, next to the bundles that
// start it (dist/index.js, dist/cli.js, dist/check-worker.js).
import { parentPort, workerData } from "node:worker_threads";
import {
  describeFailure,
  openParquet,
  type ParquetDecodeInput,
  type ParquetWorkerMessage,
  type ParquetWorkerRequest,
} from "./read/parquet-decode.js";

const port = parentPort;
if (port) {
  const post = (message: ParquetWorkerMessage) => port.postMessage(message);
  try {
    const decoder = await openParquet(workerData as ParquetDecodeInput);
    port.on("message", async ({ group }: ParquetWorkerRequest) => {
      try {
        post({ kind: "rows", rows: await decoder.rows(group) });
      } catch (error) {
        post({ kind: "failed", ...describeFailure(error) });
      }
    });
    post({ kind: "opened", names: decoder.names, groups: decoder.groups });
  } catch (error) {
    post({ kind: "failed", ...describeFailure(error) });
  }
}
