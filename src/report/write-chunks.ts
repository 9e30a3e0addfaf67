import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";

// Writing a rendering made in pieces (json-chunks.ts) without ever holding all of it: the pieces are
// gathered into writes of WRITE_BATCH_CHARS, and the next batch waits while the stream is full.

/**
 * Characters gathered into one write. A piece is often a single finding (a few hundred characters): a
 * write each would cost more than the rendering; 64 Ki holds a few hundred findings.
 */
const WRITE_BATCH_CHARS = 64 * 1024;

/** Batches of the pieces, each at least WRITE_BATCH_CHARS long but the last. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let batch = "";
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < WRITE_BATCH_CHARS) continue;
    yield batch;
    batch = "";
  }
  if (batch !== "") yield batch;
}

/**
 * Writes the pieces to a stream (stdout), waiting for "drain" whenever it is full. Rejects with the
 * stream's error, if it has one while the pieces are written. Does not end the stream.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let failed: Error | undefined;
  const onError = (error: Error) => {
    failed = error;
  };
  stream.on("error", onError);
  try {
    for (const batch of batches(chunks)) {
      if (failed) throw failed;
      // once() rejects if the stream fails while it waits.
      if (!stream.write(batch)) await once(stream, "drain");
    }
    if (failed) throw failed;
  } finally {
    stream.off("error", onError);
  }
}

/** Writes the pieces to a file, created or emptied first, waiting whenever its stream is full. */
export async function writeFileChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(file);
  try {
    await writeChunks(stream, chunks);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  stream.end();
  // Rejects with the file's error (it cannot be created, the disk is full), as writeFile would.
  await finished(stream);
}
