import { defineRule, NO_OPTIONS } from "./rule.js";

/**
 * Reported when a compressed file inflates past `limits.max-decompressed-bytes`. Its own rule rather than
 * corrupt-file: the file is not damaged (a gzip bomb is valid gzip), and the fix differs — raise the cap
 * for a real dataset that large, or remove the file.
 */
export const decompressedTooLarge = defineRule({
  id: "decompressed-too-large",
  description:
    "A gzip or zstd file decompresses to more than limits.max-decompressed-bytes (default 1 GiB); reading stopped there.",
  advice:
    "A few megabytes that inflate to gigabytes is a decompression bomb: remove the file. A real dataset that large: split it into shards, or raise limits.max-decompressed-bytes.",
  defaultSeverity: "error",
  kind: "reader",
  scope: "file",
  options: NO_OPTIONS,
});
