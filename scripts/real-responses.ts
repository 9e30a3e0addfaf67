// Every response of the real fixtures (test/fixtures/real), as the rules read them: the last assistant turn
// of each side. For judging text heuristics on real data (scripts/scan-text-rules.ts), not for tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const REAL = path.resolve(import.meta.dirname, "../test/fixtures/real");

export interface RealResponse {
  /** `file#index:side`, as the dev set names responses. */
  id: string;
  text: string;
}

type Json = Record<string, unknown>;
const read = (file: string) => readFileSync(path.join(REAL, file));
const lines = (text: string): Json[] =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Json);

const lastAssistant = (transcript: string) => {
  const at = transcript.lastIndexOf("\n\nAssistant:");
  return at < 0 ? transcript : transcript.slice(at + "\n\nAssistant:".length).trim();
};

/** The text of a v1 message's typed content blocks. */
const blocks = (messages: unknown): string => {
  const last = (messages as Json[]).at(-1);
  return ((last?.content as Json[]) ?? []).map((block) => String(block.value ?? "")).join("");
};

const SOURCES: Record<string, (file: string) => Array<[side: string, text: string]>[]> = {
  "hh-rlhf-harmless-base-test.jsonl.gz": (file) =>
    lines(gunzipSync(read(file)).toString("utf8")).map((r) => [
      ["chosen", lastAssistant(String(r.chosen))],
      ["rejected", lastAssistant(String(r.rejected))],
    ]),
  "llamafactory-dpo_en_demo.json": (file) =>
    (JSON.parse(read(file).toString("utf8")) as Json[]).map((r) => [
      ["chosen", String((r.chosen as Json).value)],
      ["rejected", String((r.rejected as Json).value)],
    ]),
  "llamafactory-kto_en_demo.json": (file) =>
    (JSON.parse(read(file).toString("utf8")) as Json[]).map((r) => [
      [r.label ? "desirable" : "undesirable", String((r.messages as Json[]).at(-1)?.content)],
    ]),
  "llamafactory-v1_dpo_demo.jsonl": (file) =>
    lines(read(file).toString("utf8")).map((r) => [
      ["chosen", blocks(r.chosen_messages)],
      ["rejected", blocks(r.rejected_messages)],
    ]),
  "medicalgpt-reward-test.jsonl": (file) =>
    lines(read(file).toString("utf8")).map((r) => [
      ["chosen", String(r.response_chosen)],
      ["rejected", String(r.response_rejected)],
    ]),
};

export function realResponses(): RealResponse[] {
  const responses: RealResponse[] = [];
  for (const [file, extract] of Object.entries(SOURCES)) {
    extract(file).forEach((sides, index) => {
      for (const [side, text] of sides) responses.push({ id: `${file}#${index}:${side}`, text });
    });
  }
  return responses;
}
