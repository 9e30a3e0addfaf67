import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { responseFields } from "./text-fields.js";

/** Ends a sentence or a deliberate trailing-off: full stops, ellipses, closing quotes and brackets, emoji. */
const FINISHED_END = /(?:[.!?…。！？)\]}"'”’»*_`~>|\p{Extended_Pictographic}]|\uFE0F)$/u;
/** Ends that cannot end a text: a comma, a conjunction's dangling hyphen, an opened bracket or quote. */
const DANGLING_END = /[,;:([{“‘«/\\–—-]$/;
/** Last lines that are not prose and need no full stop: a list item, a table row, a heading, code, a URL, a sign-off. */
const NOT_PROSE =
  /^\s*(?:[-*+•]\s|\d+[.)]\s|#|\||```| {4}|\t)|https?:\/\/\S+$|^\s*(?:thanks|thank you|cheers|best|regards|sincerely|best regards|kind regards)\b[^.!?]{0,40}$/i;
const EMOTICON_END = /(?:^|\s)[:;=8][-']?[()DPpO/\\|\][]$/;
/** Words that never end a sentence: a text ending on one stopped mid-clause. */
const DANGLING_WORDS = new Set(
  "a an the and or but nor so of to in on at by for with from into onto as than that which who whose whom is are was were be been being has have had do does did will would can could should may might must if because while although though your my our their his her its this these those very more most such".split(
    " ",
  ),
);

/** Whether a response stops mid-sentence, and why; undefined when it ends like a finished text. */
export function truncation(text: string): string | undefined {
  const trimmed = text.trimEnd();
  if (trimmed === "" || FINISHED_END.test(trimmed)) return undefined;
  if (/```\s*$/.test(trimmed) || EMOTICON_END.test(trimmed)) return undefined;
  const lastLine = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
  if (NOT_PROSE.test(lastLine)) return undefined;
  if (DANGLING_END.test(trimmed)) return `ends on "${trimmed.at(-1)}"`;
  const words = lastLine.match(/[\p{L}\p{N}']+/gu) ?? [];
  const lastWord = (words.at(-1) ?? "").toLowerCase();
  if (DANGLING_WORDS.has(lastWord)) return `ends on "${lastWord}"`;
  // A short last line without a full stop is a label or an answer ("42", "Yes"); a long one is a cut sentence.
  if (words.length >= 8) return "ends mid-sentence, without a full stop";
  return undefined;
}

export const truncatedResponse = defineRule({
  id: "truncated-response",
  description:
    'A response stops mid-sentence: it ends on a comma, an open bracket or a word like "the", or a long last sentence has no full stop.',
  advice:
    "Regenerate or complete the response: a cut-off chosen teaches the model to stop mid-sentence, a cut-off rejected makes the pair contrast length instead of content.",
  defaultSeverity: "notice",
  kind: "example",
  options: NO_OPTIONS,
  create: (context) => ({
    example(example) {
      for (const [field, text] of responseFields(example)) {
        const why = truncation(text);
        if (why === undefined) continue;
        context.report(example, {
          field,
          message: `${field} looks cut off: it ${why}`,
          excerpt: excerptAt(text, text.length),
        });
      }
    },
  }),
});
