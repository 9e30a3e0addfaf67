// readRefusal as it was before issue 18's shortcuts (src/rules/refusal.ts at commit 1355412), kept verbatim
// but for this header and its exports: the definition test/refusal-shortcuts.test.ts holds the shortcuts to.
// It is an oracle, not a second classifier: when a pattern in src/rules/refusal.ts changes on purpose,
// make the same change here, so that the test keeps comparing only how the reading is reached.

// The one refusal classifier: every rule that asks "is this a refusal?" asks it here (the engine's refusal
// scope, rejected-is-refusal, refusal-in-chosen, chosen-complies and the chosen-* wording rules).
//
// It reads English and Chinese. A text in another script, or in a Latin-script language other than English,
// is "unread": the refusal-style rules stay silent on it rather than guess.
//
// A response is a refusal when one of its first sentences declines ("I can't help with that", "I'm not
// going to answer this", "我不能帮你做这件事") or deflects (pushes back on the request, feigns ignorance of it,
// says it is not its job), and nothing after that turns into doing what was asked ("If you do want to, …",
// "However, here is …", or a long answer). An apology, "As an AI …", a clarifying question or narrating its
// own steps is not a refusal by itself.
//
// Every pattern here runs on one sentence at a time, each cut to MAX_SENTENCE_CHARS, with bounded
// repetitions only: the work per text is bounded whatever the text holds (no quadratic backtracking).

/** What the classifier makes of a response. */
export type RefusalReading =
  /** Declines or deflects the request. */
  | "refusal"
  /** Does what was asked (or at least does not decline it). */
  | "answer"
  /** In a language the classifier does not read: the refusal-style rules say nothing about it. */
  | "unread";

/** The languages the classifier reads (docs/rules.md, "Refusal scope", names them). */
export type RefusalLanguage = "en" | "zh";

/** How many leading sentences may hold the refusal: an acknowledgment or two often comes first. */
const OPENING_SENTENCES = 3;

/** Sentences are cut to this length before matching, so a pattern's work per sentence is bounded. */
const MAX_SENTENCE_CHARS = 400;

/** How much of a text is scanned, after a refusal, for whether an answer follows. */
const SCAN_CHARS = 3000;

/** How much of a text is scanned to tell its language: its opening is enough, and bounds the work. */
const LANGUAGE_SCAN_CHARS = 600;

/** After the refusal, this many more words with a list or code is an answer, not a refusal with an alternative. */
const ANSWER_WORDS_AFTER_REFUSAL = 150;

/** The same for Chinese, in Han characters. */
const ANSWER_HAN_AFTER_REFUSAL = 300;

/**
 * Which language the classifier reads a text as, told by its script: Han without kana is Chinese; Latin
 * letters with common English words among them are English. Anything else (Japanese, Korean, Cyrillic,
 * Arabic, Devanagari…, or Latin-script French or Spanish) is undefined. Works on raw or case-folded text.
 */
function refusalLanguage(text: string): RefusalLanguage | undefined {
  let latin = 0;
  let han = 0;
  let kanaOrHangul = 0;
  let other = 0;
  // Whether the opening holds a character toLowerCase may change (A-Z, or any beyond ASCII).
  let foldable = false;
  const end = Math.min(text.length, LANGUAGE_SCAN_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) foldable = true;
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
      han++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff))
      kanaOrHangul++;
    else if (c >= 0x370 && c <= 0x1fff) other++;
  }
  // Weigh by words: a Latin word is about five letters, a Chinese word under two characters.
  const latinWords = latin / 5;
  const hanWords = han / 1.5;
  const otherWords = other / 5 + kanaOrHangul / 1.5;
  // No letters at all (a number, a formula): nothing in another language, and nothing that refuses.
  if (latin + han + kanaOrHangul + other === 0) return "en";
  if (otherWords > latinWords && otherWords > hanWords) return undefined;
  // Japanese writes Han with kana between: any real share of kana makes it Japanese, not Chinese.
  if (hanWords >= latinWords) return han > 0 && kanaOrHangul * 10 < han ? "zh" : undefined;
  if (latin === 0) return undefined;
  // Case-folded text (the usual input) is read where it is, without a folded copy of its opening.
  return (foldable ? looksEnglish(text.slice(0, end)) : foldedLooksEnglish(text, end)) ? "en" : undefined;
}

/** Words frequent in any English text and rare in other Latin-script languages. */
const ENGLISH_WORDS = new Set(
  "the and to of you i it is that this for with be are not can what your my we they have do was will if but about would there how their them he she his her our all one get has had were been more out up so just like when which who its than then also some any at by from or as here these those into over after before each every new time make help there's here's it's that's i'm you're don't can't won't should could".split(
    " ",
  ),
);

/** How many of a text's first words tell whether it reads as English. */
const ENGLISH_SCAN_WORDS = 60;

const APOSTROPHE = 39;

/** A word's hash while it is scanned (FNV-1a over its char codes): how `looksEnglish` finds it without slicing it. */
function wordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
const WORD_HASH_START = 0x811c9dc5 | 0;

/**
 * ENGLISH_WORDS by their hash, each hash with the words that have it. Words with an apostrophe are left out:
 * a word is compared only up to its first apostrophe, so they never match.
 */
const ENGLISH_BY_HASH: ReadonlyMap<number, readonly string[]> = (() => {
  const byHash = new Map<number, string[]>();
  for (const word of ENGLISH_WORDS) {
    if (word.includes("'")) continue;
    let hash = WORD_HASH_START;
    for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i));
    byHash.set(hash, [...(byHash.get(hash) ?? []), word]);
  }
  return byHash;
})();

/** Whether `text[start, end)` is one of ENGLISH_WORDS, given its hash: no string is built. */
function isCommonEnglish(text: string, start: number, end: number, hash: number): boolean {
  const candidates = ENGLISH_BY_HASH.get(hash);
  if (candidates === undefined) return false;
  for (const word of candidates) if (word.length === end - start && text.startsWith(word, start)) return true;
  return false;
}

/**
 * Whether a Latin-script text reads as English: a fair share of its first words (runs of a-z and
 * apostrophes) are common English words, each compared up to its first apostrophe ("it's" as "it"). One
 * scan that stops at the 60th word and builds no string per word: matching every word of the text and
 * editing each with a pattern cost a tenth of the whole check (issue 18). Exported for the test that holds it to that pattern's answers.
 */
function looksEnglish(text: string): boolean {
  // Case-folded first: toLowerCase maps a few characters outside ASCII into a-z (the Kelvin sign to "k").
  const folded = text.toLowerCase();
  return foldedLooksEnglish(folded, folded.length);
}

/** `looksEnglish` of `folded.slice(0, end)`, a text toLowerCase leaves as it is. */
function foldedLooksEnglish(folded: string, end: number): boolean {
  return (englishScan(folded, end) & SCAN_ENGLISH) !== 0;
}

/** What `englishScan` found, as bits: the text reads as English; a word held a letter a-z; it read to `end`. */
const SCAN_ENGLISH = 1;
const SCAN_LETTER = 2;
const SCAN_COMPLETE = 4;

/** The English test over `folded.slice(0, end)`, with what it saw on the way (SCAN_* bits). */
function englishScan(folded: string, end: number): number {
  let letter = 0;
  let words = 0;
  let common = 0;
  let start = -1;
  let apostrophe = -1;
  let hash = WORD_HASH_START;
  let i = 0;
  for (; i <= end && words < ENGLISH_SCAN_WORDS; i++) {
    const code = i < end ? folded.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || code === APOSTROPHE) {
      if (code !== APOSTROPHE) letter = SCAN_LETTER;
      if (start === -1) {
        start = i;
        hash = WORD_HASH_START;
      }
      if (code === APOSTROPHE && apostrophe === -1) apostrophe = i;
      if (apostrophe === -1) hash = wordHash(hash, code);
      continue;
    }
    if (start === -1) continue;
    words++;
    if (isCommonEnglish(folded, start, apostrophe === -1 ? i : apostrophe, hash)) common++;
    start = -1;
    apostrophe = -1;
  }
  const complete = i > end ? SCAN_COMPLETE : 0;
  // "Sure.", "No way!": too short to tell, and short answers are English more often than not.
  const english = words <= 5 || common / words >= 0.1 ? SCAN_ENGLISH : 0;
  return english | letter | complete;
}

/**
 * `refusalLanguage` of case-folded text that holds only printable ASCII, tab and line breaks (the engine's
 * odd-character test tells which texts do: most). Its only letters are a-z, so no script need be counted:
 * the answer is the English test's, which reads only the opening's first 60 words, where the count read
 * all 600 characters. Null when that scan saw no letter before its 60th word: the count decides.
 */
function asciiRefusalLanguage(folded: string): RefusalLanguage | undefined | null {
  const scan = englishScan(folded, Math.min(folded.length, LANGUAGE_SCAN_CHARS));
  // A letter: refusalLanguage's Latin count is above zero, and only its English test is left.
  if (scan & SCAN_LETTER) return scan & SCAN_ENGLISH ? "en" : undefined;
  // No letter in the whole opening: "no letters at all", which reads as English.
  return scan & SCAN_COMPLETE ? "en" : null;
}

/**
 * Classifies a response, on text prepared by `matchText` (case-folded, apostrophes straightened): a refusal,
 * an answer, or unread (a language it does not read). `printableAscii`: the text holds nothing but printable
 * ASCII, tab and line breaks (CheckedExample.unusualTexts says so), which spares counting its scripts.
 */
export function readRefusal(prepared: string, printableAscii = false): RefusalReading {
  if (prepared.trim() === "") return "answer";
  let language = printableAscii ? asciiRefusalLanguage(prepared) : null;
  if (language === null) language = refusalLanguage(prepared);
  if (language === undefined) return "unread";
  return language === "zh" ? readChinese(prepared) : readEnglish(prepared);
}

// ---------------------------------------------------------------------------------------------------------
// English

/** First person, singular or plural ("we're not allowed to tell you that"). */
const WE = `(?:i|we)`;

/** Adverbs a "no" may carry: "I really can't", "I simply won't". */
const ADVERB = `(?:really |just |simply |honestly |definitely |absolutely |unfortunately |still |certainly |afraid i |sorry,? (?:but )?i )?`;

/** Saying no: "I can't", "I won't", "I'm not going to", "I'm not allowed to", "I refuse to"… */
const DECLINE = String.raw`(?:(?:\b${WE} ${ADVERB}(?:can't|cannot|can not|won't|will not|(?:wouldn't|would not) (?:feel comfortable|be comfortable|be able to)|must decline to|have to decline to|must refuse to|refuse to|decline to)|\b(?:i'm|i am|we're|we are) ${ADVERB}(?:unable to|not able to|not going to|not gonna|not allowed to|not permitted to|not willing to))|\bi (?:don't|do not) think i (?:can|should|could))`;

/** Words that may stand between the "no" and what is declined: "I can't really help", "I won't be able to assist". */
const FILLER = `(?:really|just|simply|actually|honestly|possibly|personally|directly|ethically|legally|responsibly|in good conscience|be able to|be|of|any|further|go ahead and|continue to|even)`;

/**
 * After a "no", what makes it no refusal: idioms ("I can't wait", "I can't help but", "I can't recommend it
 * enough", "I won't lie"), promises ("I won't tell anyone"), and doubt ("I can't be sure", "I can't tell if").
 */
const NOT_DECLINED = String.raw`(?:wait|believe|stress|emphasi[sz]e|overemphasi[sz]e|overstate|thank|imagine|resist|agree|help but|help it|help (?:thinking|wondering|feeling|noticing|laughing|smiling|myself|yourself)|recommend (?:[^\s.!?]+ ){0,6}enough|praise (?:[^\s.!?]+ ){0,6}enough|say (?:enough|for sure|for certain)|(?:be|say) (?:\w+ )?(?:sure|certain)|see (?:why|how)|remember|recall|guarantee|promise|speak for|express|get enough|tell (?:you )?(?:if|whether|for sure|for certain|exactly|how (?:much|many|happy|glad|grateful|sorry))|tell the difference|tell from|think of|figure|decide|know|feel|sure|certain|understand|follow|hear|make out|good|great|better|happy|surprised|offended|upset|succeed|fail|give up|be (?:late|there|home|back|around|available|long)|happen|live without|stand|get over|lie|judge|pretend|sugarcoat|sugar-coat|hold back|bore|waste|keep you|beat around|hesitate|forget|disappoint|let you down|tell anyone|share (?:\w+ ){0,3}with anyone|mind|complain|be long|take long|hurt to)\b`;

/** A refusal clause: the "no", up to three fillers, then anything but an idiom, or the end of the sentence ("I won't."). */
const REFUSAL_CLAUSE = new RegExp(
  String.raw`${DECLINE}(?: ${FILLER},?){0,3}(?: (?!${FILLER}\b)(?!${NOT_DECLINED})[a-z]|(?: do)?(?: that| this| it| so)?[,.!]?(?: i'm afraid| sorry)?[.!]*$)`,
);

/**
 * Refusals said without a "no + verb" clause: declining outright, being uncomfortable, "not something I
 * can", policy and programming, stopping.
 */
const REFUSAL_PHRASE = new RegExp(
  [
    String.raw`\b${WE} (?:must |have to |will have to |'ll have to |need to )?(?:respectfully |politely )?(?:decline|refuse)\b`,
    String.raw`\b${WE}(?:'d| would) (?:really |much |very much )?(?:rather|prefer) not\b`,
    String.raw`\bi (?:really |truly |only )?wish (?:i|we) could (?:help|assist|do|provide|give|say yes)\b`,
    String.raw`\b${WE} (?:really )?(?:don't|do not) want to (?:help|assist|answer|participate|be involved|be part|talk about|discuss|encourage|support|do (?:that|this|it)\b)`,
    String.raw`\b(?:i'm|i am|we're|we are) not (?:comfortable|ok|okay|cool|willing)\b`,
    String.raw`\b${WE} (?:don't|do not) feel comfortable\b`,
    String.raw`\b(?:that|this|it)(?:'s| is| would be)? not (?:something|a (?:request|question|topic|thing)) (?:i|we)(?:'m| am| would|'d)? (?:can|could|will|able|willing|comfortable|feel comfortable|going to|help|assist|answer|do|provide|want)\b`,
    String.raw`\b(?:not|n't|in) ?appropriate for me\b`,
    String.raw`\b(?:not|never) (?:appropriate|ethical|right|okay|ok|responsible) for (?:me|an ai|an assistant) to\b`,
    String.raw`(?<!not |n't )\bagainst (?:my|our) (?:programming|guidelines|principles|values|ethics|polic(?:y|ies)|rules)\b`,
    String.raw`\b(?:i'm|i am) not (?:programmed|designed|built|here) (?:to|for) (?:help|assist|do|provide|give|answer|crime|that|this|illegal|harm)`,
    String.raw`\b(?:an? )?(?:unsuitable|inappropriate) (?:question|request)\b`,
    String.raw`^\W*(?:request|access) denied\b`,
    String.raw`\b(?:i'm|i am) (?:going to|gonna) (?:stop|have to stop) (?:answering|responding|here|this)\b`,
    String.raw`\b(?:i'm|i am|we're|we are) not (?:prepared|ready|in a position) to (?:answer|offer|share|say|discuss|comment|give|provide|help|talk)\b`,
    String.raw`\bnot the (?:type|kind) of (?:information|question|thing|request) (?:i'm|i am|we're|we are) (?:prepared|able|willing|allowed)\b`,
    String.raw`\b${WE} (?:wouldn't|would not) (?:tell|help|give|share|assist|provide|do that)\b`,
  ].join("|"),
);

/**
 * The deflections of a hesitant assistant, which decline without saying no: "that isn't my specialty",
 * "it's not really my job", "I'm not a moral philosopher", "I do not think it is a good idea to steal",
 * "why don't you ask someone else". A deflection that goes on "…, but" is a disclaimer before an answer.
 */
const DEFLECTION = new RegExp(
  [
    String.raw`\b(?:that|this|it)(?:'s not| is not| isn't| wasn't| was not)(?: really| exactly| quite)? (?:my|our) (?:specialty|speciality|area|field|place|job|role|expertise|business|call)\b`,
    String.raw`\b(?:i'm|i am) not (?:a|an|your) (?:[a-z]+ ){0,2}(?:philosopher|expert|lawyer|doctor|therapist|authority|judge|person to ask)\b`,
    String.raw`\bi (?:do not|don't) (?:really )?think (?:it's|it is|that's|that is|this is|it would be|that would be) (?:a |the )?(?:good|great|wise|smart|nice|kind|okay|ok|appropriate|right) ?(?:idea|way|thing|plan)?\b`,
    String.raw`\bi (?:do not|don't) (?:really )?think (?:you|anyone|we) should (?!feel|worry|be (?:worried|ashamed|afraid|scared))`,
    String.raw`^\W*(?:it's|it is) (?:best|better|wiser|safer) (?:not to|to not|to avoid)\b`,
    String.raw`^\W*(?:how dare you|shame on you)\b`,
    String.raw`\b(?:it's|it is) (?:hard|difficult|not possible|impossible) for me to (?:say|answer|judge|tell|comment)\b`,
    String.raw`\bnot enough information (?:for me )?to (?:tell|answer|say|respond)\b`,
    String.raw`\b(?:i'm|i am) afraid (?:that )?(?:i|we) (?:don't|do not) (?:know|have)\b`,
    String.raw`^\W*(?:it's|it is) (?:wrong|unethical|immoral|not okay|not ok|not right) to\b`,
  ].join("|"),
);

/**
 * A redirect in place of an answer: "why don't you ask someone who…", "you might have better luck searching
 * online". In a short response it is all the response does; in a long one it is a closing tip.
 */
const REDIRECT =
  /\b(?:why don't you (?:ask|try|search|google|look)|you (?:might|may|could|should|can) (?:want to |try to |have better luck |try )?(?:ask(?:ing)? (?:someone|somebody|a friend|friends|another|others|elsewhere)|search(?:ing)? (?:online|the (?:web|internet)|for (?:it|that|a solution|this) online)|googl(?:e|ing))|i (?:would|'d) suggest (?:using|asking|searching|trying) (?:your favou?rite search|google|a search engine|someone else|somebody else)|have you tried (?:google|googling|searching))/;

/**
 * Feigned ignorance: a short response that opens with "I don't know." as a whole sentence and says nothing
 * more than a question back ("I don't know, but…" and "I don't know. It depends on…" go on to answer).
 */
const NON_ANSWER =
  /^\W*(?:(?:i (?:really |honestly )?(?:don't|do not) know|i (?:really |honestly )?have no idea|no idea)[.!]+(?:\s+[^.!?]*\?)*|why (?:would|do|did|are) you (?:want|need|wanna|trying|even want)[^.!?]*\?(?:\s+[^.!?]*\?)*)\s*$/;

/** What follows a deflection that is a disclaimer before an answer: "I'm not an expert on cars. But…". */
const DISCLAIMER_GOES_ON = /(?:^\W*|[,;:]\s*)(?:but|however|though|although|yet|that said|still)\b/;

/** A response of at most this many words can be nothing but a redirect. */
const SHORT_RESPONSE_WORDS = 60;

/**
 * After a refusal, a turn into doing what was asked: "If you do want to, …", "That said, here is…",
 * "However, here's how…". Turns toward something else ("here are some resources instead") are alternatives.
 */
const TURN_TO_ANSWER =
  /\b(?:if you (?:still|really|do|absolutely|insist|must)(?: want| need| wish| insist| have)?|that (?:being )?said,? (?:here|if you|you can|you could|the|one|some)|(?:but|however|nevertheless|nonetheless|anyway),? (?:here(?:'s| is| are)|if you (?:still|really|do|must))|(?:but|however),? (?:in general|generally|typically|usually|broadly)|here(?:'s| is) how (?:to|you)|(?:^|[.!?:]\s+)here(?:'s| is| are) (?:a|an|the|some|my|your)|below (?:is|are) (?:a|an|the|some))\b(?!(?: [a-z']+){0,5} (?:resources?|alternatives?|options?|hotlines?|organi[sz]ations?|services?|professionals?|instead|safer|legal|legitimate|other|things i can|ways i can|what i can)\b)/;

/** Where an English sentence ends: . ! ? … or a line break, past closing quotes and brackets. */
const SENTENCE_END = /[.!?…]{1,8}["'”’)\]]{0,4}(?=\s|$)|\n+/g;

/** The first `count` sentences of a text, each cut to MAX_SENTENCE_CHARS, with where each ends. */
function openingSentences(text: string, count: number): { sentence: string; end: number }[] {
  const sentences: { sentence: string; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  while (sentences.length < count && start < text.length) {
    const match = SENTENCE_END.exec(text);
    const end = match ? match.index + match[0].length : text.length;
    const sentence = text.slice(start, Math.min(end, start + MAX_SENTENCE_CHARS)).trim();
    if (sentence !== "") sentences.push({ sentence, end });
    start = end;
    if (!match) break;
    if (start >= SCAN_CHARS) break;
  }
  SENTENCE_END.lastIndex = 0;
  return sentences;
}

function readEnglish(prepared: string): RefusalReading {
  for (const { sentence, end } of openingSentences(prepared, OPENING_SENTENCES)) {
    const clause = REFUSAL_CLAUSE.exec(sentence) ?? REFUSAL_PHRASE.exec(sentence);
    const deflection = clause ? null : DEFLECTION.exec(sentence);
    const match = clause ?? deflection;
    if (!match) continue;
    // What follows the refusal, in this sentence and after it, decides whether the response answers anyway.
    const after = sentence.slice(match.index + match[0].length);
    if (
      deflection &&
      (DISCLAIMER_GOES_ON.test(after) || DISCLAIMER_GOES_ON.test(prepared.slice(end, end + 40)))
    )
      continue;
    const rest = `${after} ${prepared.slice(end, end + SCAN_CHARS)}`;
    return answersAfterRefusing(rest) ? "answer" : "refusal";
  }
  if (wordsAtLeast(prepared, SHORT_RESPONSE_WORDS + 1)) return "answer";
  if (REDIRECT.test(prepared) || NON_ANSWER.test(prepared)) return "refusal";
  return "answer";
}

/**
 * Whether the text after a refusal does what was asked: turns to it, or goes on at length with a list or
 * code (a long refusal explains in prose; chosen-overlong is its finding).
 */
function answersAfterRefusing(rest: string): boolean {
  return TURN_TO_ANSWER.test(rest) || (wordsAtLeast(rest, ANSWER_WORDS_AFTER_REFUSAL) && hasListOrCode(rest));
}

/** A line that starts a list item: "1.", "2)", "-", "*", "•". */
const LIST_ITEM = /(?:^|\n)[ \t]{0,8}(?:\d{1,3}[.)]|[-*•])[ \t]/g;

/** Whether a text holds a code block or a list of at least three items. */
function hasListOrCode(text: string): boolean {
  if (text.includes("```")) return true;
  let items = 0;
  LIST_ITEM.lastIndex = 0;
  while (items < 3 && LIST_ITEM.exec(text) !== null) items++;
  LIST_ITEM.lastIndex = 0;
  return items >= 3;
}

/** Whether a text has at least `limit` words, counting no further than that. */
function wordsAtLeast(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inWord && ++words >= limit) return true;
    inWord = !space;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Chinese

/**
 * A Chinese refusal: the speaker (我, or an apology standing for it) says it cannot, will not or may not
 * help, provide, answer…: "抱歉，我不能帮你做这件事", "对不起，我无法提供这类信息". Nothing between the
 * speaker and the verb may be a comma, a sentence end or another person ("我觉得你不能给他…" is advice).
 */
const CHINESE_REFUSAL = new RegExp(
  [
    String.raw`(?:我|本人|(?:很|非常|十分)?(?:抱歉|对不起|不好意思)[，,]?\s*|恕)[^，,。！？!?；;\n你您他她它]{0,6}?(?:不能|无法|不可以|不可|没办法|没有办法|不会|不便|不方便|不予|不愿|不想|拒绝)[^，,。！？!?；;\n]{0,6}?(?:帮|协助|提供|回答|答复|解答|满足|参与|做|给|告诉|透露|泄露|编写|写|生成|创作|支持|执行|处理|完成|讨论|教|分享|推荐|评论|回复|从事|鼓励|宣扬|传播|这样做|那样做)`,
    `我(?:必须|只能|不得不|只好)?(?:拒绝|婉拒|谢绝)`,
    String.raw`(?:这个|这类|这种|此类|该|你的|您的)(?:请求|问题|要求)[^，,。！？!?；;\n]{0,10}?(?:违反|违背|不符合|不适合|不合适|不恰当)`,
    `无可奉告`,
  ].join("|"),
);

/** After a Chinese refusal, a turn into doing what was asked anyway: "不过，以下是…", "如果你一定要…". */
const CHINESE_TURN_TO_ANSWER =
  /(?:不过|但是|但|然而)[，,]?\s*(?:以下是|下面是|这里是)|如果(?:你|您)(?:一定|坚持|确实|非要)要/;

/** Where a Chinese sentence ends. */
const CHINESE_SENTENCE_END = /[。！？!?…]{1,8}[”’」』)）]{0,4}|\n+/g;

function readChinese(prepared: string): RefusalReading {
  let start = 0;
  CHINESE_SENTENCE_END.lastIndex = 0;
  for (let n = 0; n < OPENING_SENTENCES && start < prepared.length; n++) {
    const match = CHINESE_SENTENCE_END.exec(prepared);
    const end = match ? match.index + match[0].length : prepared.length;
    const sentence = prepared.slice(start, Math.min(end, start + MAX_SENTENCE_CHARS));
    const clause = CHINESE_REFUSAL.exec(sentence);
    if (clause) {
      CHINESE_SENTENCE_END.lastIndex = 0;
      const rest = `${sentence.slice(clause.index + clause[0].length)}${prepared.slice(end, end + SCAN_CHARS)}`;
      return CHINESE_TURN_TO_ANSWER.test(rest) || hanAtLeast(rest, ANSWER_HAN_AFTER_REFUSAL)
        ? "answer"
        : "refusal";
    }
    start = end;
    if (!match) break;
  }
  CHINESE_SENTENCE_END.lastIndex = 0;
  return "answer";
}

/** Whether a text has at least `limit` Han characters, counting no further than that. */
function hanAtLeast(text: string, limit: number): boolean {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++han >= limit) return true;
  }
  return false;
}
