// How long a response is, fairly across scripts: a Chinese, Japanese or Korean character carries about as much
// as three Latin letters, so counting each as one held CJK answers to an English-sized minimum.
//
// The weight is measured on the real fixtures: compressed to their information content, MedicalGPT's Chinese
// responses take 2.9 to 3.5 times the bits per character of as many characters of the English responses
// (hh-rlhf, dpo_en_demo; 30,721 characters each: lzma 2.9, bzip2 3.0, zlib 3.1, brotli 3.5). The top of that
// range is taken: a complete one-sentence Chinese answer ("这本书讲的是一个关于友谊的故事。", 16 characters)
// then counts 56 and passes the default minimum of 50; at 3 it would count 48 and fail it.

/** What one CJK character counts for, in Latin characters. */
export const CJK_WEIGHT = 3.5;

/**
 * Whether a code point is of a script written without spaces in dense characters: Han (and its extensions and
 * compatibility ideographs), kana, Hangul, CJK punctuation (。，、) and the fullwidth forms (！？：).
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** A text's length in characters, each CJK character counting CJK_WEIGHT; and how many were CJK. */
export function weightedLength(text: string): { length: number; characters: number; cjk: number } {
  let characters = 0;
  let cjk = 0;
  for (const character of text) {
    characters++;
    if (isCjk(character.codePointAt(0) ?? 0)) cjk++;
  }
  return { length: characters + (CJK_WEIGHT - 1) * cjk, characters, cjk };
}

/** "12 characters", or "12 characters (42 counting each CJK character as 3.5)" when some are CJK. */
export function describeLength(measured: { length: number; characters: number; cjk: number }): string {
  const base = `${measured.characters} ${measured.characters === 1 ? "character" : "characters"}`;
  return measured.cjk === 0
    ? base
    : `${base} (${measured.length} counting each CJK character as ${CJK_WEIGHT})`;
}
