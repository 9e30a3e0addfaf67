import { isWhitespaceUnit } from "../read/whitespace.js";
import { excerptAt } from "./excerpt.js";
import { defineRule, NO_OPTIONS } from "./rule.js";
import { responseFields } from "./text-fields.js";

// Judged on the real fixtures (scripts/scan-text-rules.ts prints what it flags over all 5,744 of their
// responses; scripts/measure-truncation.ts measures it against the labelled dev set). A text is called cut
// off only on a sign that something is missing: a last character or word that cannot end a text, a bracket,
// quote or code fence left open, or a last sentence without the full stop every sentence before it has.
// Whatever looks like it was meant to end that way is complete: code, numbers and formulas, labels, titles,
// URLs, hashtags, list items, and text in scripts that often end without a stop (Chinese, Hindi).

/**
 * Ends a sentence or a deliberate trailing-off: full stops of Latin, CJK (。！？ and the halfwidth ｡),
 * Devanagari (। ॥), Arabic (؟ ۔), Ethiopic (።), Khmer (។), Myanmar (။); ellipses; closing brackets; emoji;
 * Markdown emphasis and code ends; a percent sign (a confidence line: "Confidence: 90%").
 */
const FINISHED_END =
  /(?:[.!?…。！？｡।॥؟۔።។။)\]}）】」』"'”’»*_`~>|%°\p{Extended_Pictographic}]|\uFE0F|\u20E3)$/u;
/** Marks that cannot end a text: a comma, an opened bracket or quote, a dash, a colon before nothing. */
const DANGLING_END = /[,:([{“‘«/\\–—\-，、：（【「『《]$/;
/**
 * Last lines that are not prose and need no full stop: a list item, a multiple-choice answer ("(B) Paris"),
 * a table row, a heading, indented code.
 */
const NOT_PROSE = /^\s*(?:[-*+•]\s|\d+[.)]\s|[a-zA-Z][.)]\s|\([a-zA-Z\d]\)\s|#|\||```| {4}|\t)/;
/** A multiple-choice answer closing a text: "… the second one. (B) Paris". */
const MULTIPLE_CHOICE_END = /(?:^|\s)\([A-Za-z\d]\)\s[^.!?\n]{0,60}$/;
/** A horizontal rule: "----------". */
const RULE_LINE = /^\s*[-=_*~]{3,}$/;
/** A sign-off line: "Best regards, Ann". */
const SIGN_OFF =
  /^\s*(?:thanks|thank you|cheers|best|regards|sincerely|best regards|kind regards|good luck|enjoy)\b[^.!?]{0,40}$/i;
const EMOTICON_END = /(?:^|\s)[:;=8][-']?[()DPpO/\\|\][]$/;
/** Words that cannot end a sentence: articles, conjunctions, most prepositions, possessives, auxiliaries. */
const DANGLING_WORDS = new Set(
  "a an the and or but nor of to into onto from than because although whose whom if while your my our their its very such is are was were been has had does will would can could should must may might i i'm i've i'll i'd you're we're they're it's".split(
    " ",
  ),
);
/**
 * Dangling after a noun ("the analogy that", "at the"), complete after a preposition or verb ("help you with
 * that", "hold on", "I'd love to"): these count only where the word before them is not such a word.
 */
const DANGLING_UNLESS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    that: "with about for like of on at from to by in do did does done know mean said say see seen try think heard all just".split(
      " ",
    ),
    on: "hold go come carry move log turn turned put keep going so".split(" "),
    in: "log come check sign fill plug give join stay".split(" "),
    for: "what wait look looking".split(" "),
    with: "what deal you me it them help".split(" "),
    at: "where look".split(" "),
    by: "stop drop come".split(" "),
  }).map(([word, after]) => [word, new Set(after)]),
);
/**
 * Last words that end a sentence even without its full stop (object pronouns, adverbs of time and place):
 * "I'm really sorry for them", "you can find it online". A text ending on one is not called cut for lacking
 * a stop alone.
 */
const ENDING_WORDS = new Set(
  "them him me us it now then though too anymore online today tonight tomorrow again here there either yet instead already".split(
    " ",
  ),
);
const PREPOSITIONS = new Set("with about for like of on at from to by in into over after before".split(" "));
/** Latin letters, for telling prose we can judge by its words from scripts we cannot. */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
/** The letters of scripts whose texts often end without a full stop (Han, kana, Hangul, Devanagari, Thai). */
const UNJUDGED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}]/u;
/**
 * A sentence ending inside the text: a full stop, then closing quotes or brackets, then white space. The text
 * is trimmed, so any is before its last sentence.
 */
const SENTENCE_BREAK = /[.!?…。！？][)"'”’\]]*\s/;
/** A word of a title line ("For Reinforcement Learning"): starts with a capital, or is a short joining word. */
const TITLE_JOINER = new Set("a an the and or of to in on for with at by from vs".split(" "));

/** Where the token ending at `end` starts: scanning back to white space (a pattern like `\S+$` is quadratic). */
function tokenStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isWhitespaceUnit(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The text's last whitespace-delimited token. */
function lastToken(text: string): string {
  return text.slice(tokenStart(text, text.length));
}

/** How many last characters the end-anchored patterns read (longer than any emoticon or closing mark). */
const END_WINDOW = 8;
/** How many last characters of the last token are read: longer than a URL's end or a number. */
const MAX_TOKEN = 256;
/** Longer than any word: a token is cut to its last MAX_WORD characters before it is read as a word. */
const MAX_WORD = 64;
const WORD_CHARACTER = /[\p{L}\p{N}']/u;

/** The last `count` words of a line, lower-cased, without surrounding punctuation (fewer when it has fewer). */
function lastWords(line: string, count: number): string[] {
  const words: string[] = [];
  let end = line.length;
  while (words.length < count && end > 0) {
    const start = tokenStart(line, end);
    const word = wordOf(line.slice(Math.max(start, end - MAX_WORD), end));
    if (word !== "") words.unshift(word);
    end = start;
    while (end > 0 && isWhitespaceUnit(line.charCodeAt(end - 1))) end--;
  }
  return words;
}

/** A token without the punctuation around it, lower-cased, curly apostrophes straightened. */
function wordOf(token: string): string {
  const word = token.toLowerCase().replace(/’/g, "'");
  let start = 0;
  let end = word.length;
  while (start < end && !WORD_CHARACTER.test(word[start] as string)) start++;
  while (end > start && !WORD_CHARACTER.test(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** A URL, path, domain, e-mail, identifier or hashtag: technical tokens need no full stop. */
function isTechnicalToken(token: string): boolean {
  // Printable ASCII only: Chinese text has no spaces, and its "1.适应证" is no file name.
  if (!/^[\x21-\x7e]+$/.test(token)) return false;
  return token.includes("://") || /^(?:www\.|#\w)/i.test(token) || /\w[._/@\\]\w|^\.[a-z]{2,}$/i.test(token);
}

/** A number, an amount or a formula's result: "1,234,567", "42", "3.5", "x=7", "$30". */
function endsInNumber(token: string): boolean {
  return /\d$/.test(token);
}

/** A line in Title Case ("Learning Unsupervised: An Auto-curriculum For Reinforcement Learning"). */
function isTitle(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > 16) return false;
  return words.every((word) => /^["'“‘(]?\p{Lu}/u.test(word) || TITLE_JOINER.has(word.toLowerCase()));
}

/**
 * A "Label: value" line, of a label of one to four words and a value of no sentence ("Object: Royal Borough
 * of Kensington", "Thus the answer is: True"; not "Here is your plan: 1. Note when they leave").
 */
function isLabelLine(line: string): boolean {
  if (line.length > 160) return false;
  const label = /^\s*[\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+){0,3}:\s+(?=\S)/u.exec(line);
  return label !== null && !SENTENCE_BREAK.test(line.slice(label[0].length));
}

/** Whether a code fence, a display-math block or a bracket of the last line was opened and never closed. */
function leftOpen(text: string, lastLine: string): string | undefined {
  // An odd number of fences is a block left open only when the last one opens a block (```python); a text
  // may also start inside code and close it.
  const fence = text.lastIndexOf("```");
  if (fence !== -1 && /^```[\w+-]+\n/.test(text.slice(fence, fence + 40)) && countOf(text, "```") % 2 === 1)
    return "leaves a code block open";
  if (countOf(text, "$$") % 2 === 1) return "leaves a formula open";
  if (bracketLeftOpen(lastLine)) return "leaves a bracket open";
  if (countOf(lastLine, '"') % 2 === 1 && !/["”]$/.test(lastLine)) return "leaves a quotation open";
  return undefined;
}

/**
 * Whether a line leaves a ( or [ open: each ) or ] closes the latest one still open, and one with none open
 * is left alone. Before the line's first opening bracket nothing can be open, so the walk starts there,
 * found natively; most lines have none and are not walked at all.
 */
function bracketLeftOpen(line: string): boolean {
  const paren = line.indexOf("(");
  const square = line.indexOf("[");
  if (paren === -1 && square === -1) return false;
  let depth = 0;
  for (
    let i = paren === -1 ? square : square === -1 ? paren : Math.min(paren, square);
    i < line.length;
    i++
  ) {
    const code = line.charCodeAt(i);
    if (code === 40 || code === 91)
      depth++; // ( [
    else if ((code === 41 || code === 93) && depth > 0) depth--; // ) ]
  }
  return depth > 0;
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Whether a response stops mid-sentence, and why ("ends on \"the\""); undefined when it ends like a finished
 * text. A pure function of the text, for the rule and for measuring it (scripts/measure-truncation.ts).
 */
export function truncation(text: string): string | undefined {
  const trimmed = text.trimEnd();
  if (trimmed === "") return undefined;
  const lastLine = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
  // The patterns anchored at the end read only the last characters: over the whole text a pattern is tried
  // at every position, a thousand times the work on a long text.
  const end = trimmed.slice(-END_WINDOW);
  if (EMOTICON_END.test(end)) return undefined;
  const open = leftOpen(trimmed, lastLine);
  if (open !== undefined) return open;
  const last = trimmed.at(-1) as string;
  // A closing quote straight after a word with no opening one on its line is an apostrophe: "It’".
  if (/[\p{L}][’']$/u.test(end) && !/[‘']\S/u.test(lastLine.slice(0, -1))) {
    return `ends on "${lastToken(lastLine)}"`;
  }
  if (FINISHED_END.test(end)) return undefined;
  if (trimmed.endsWith("```")) return undefined;
  if (NOT_PROSE.test(lastLine) || SIGN_OFF.test(lastLine) || RULE_LINE.test(lastLine)) return undefined;
  const token = lastToken(lastLine).slice(-MAX_TOKEN);
  if (isTechnicalToken(token) || endsInNumber(token)) return undefined;
  if (DANGLING_END.test(end)) return `ends on "${last}"`;
  // Chinese, Japanese, Hindi… answers often end without a stop: only the marks above tell a cut one.
  const tail = lastLine.slice(-40);
  if (UNJUDGED_SCRIPT.test(tail) || !LATIN_LETTER.test(tail)) return undefined;
  // A code line ends on ";" (`});`, `GROUP BY id;`); prose almost never ends there.
  if (last === ";") return undefined;
  const [lastWord = "", before = ""] = lastWords(lastLine, 2).reverse();
  if (DANGLING_WORDS.has(lastWord)) return `ends on "${lastWord}"`;
  const exceptAfter = DANGLING_UNLESS_AFTER.get(lastWord);
  if (exceptAfter && !exceptAfter.has(before)) return `ends on "${lastWord}"`;
  if (isTitle(lastLine) || isLabelLine(lastLine) || MULTIPLE_CHOICE_END.test(trimmed.slice(-80)))
    return undefined;
  if (ENDING_WORDS.has(lastWord) || exceptAfter?.has(before)) return undefined;
  if (lastWord === "this" && PREPOSITIONS.has(before)) return undefined; // "proceed with this", "advice on this"
  // A last sentence without a full stop where a sentence before it has one: the writer punctuates, so the
  // text was cut. A text with no full stop anywhere is its writer's style ("Sure, hold on").
  if (SENTENCE_BREAK.test(trimmed))
    return "ends mid-sentence, without the full stop its other sentences have";
  return undefined;
}

export const truncatedResponse = defineRule({
  id: "truncated-response",
  description:
    'A response stops mid-sentence: it ends on a comma, an open bracket or a word like "the", or its last sentence lacks the full stop its other sentences have.',
  advice:
    "Regenerate or complete the response: a cut-off chosen teaches the model to stop mid-sentence, a cut-off rejected makes the pair contrast length instead of content.",
  defaultSeverity: "notice",
  kind: "example",
  scope: "record",
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
