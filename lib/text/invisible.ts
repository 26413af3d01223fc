// Characters that take no room on screen but change what a check sees: zero-width space, non-joiner
// and joiner, LRM/RLM, bidi embeddings, overrides and isolates, word joiner and the invisible math
// operators, deprecated format controls, BOM, soft hyphen, Arabic letter mark, Mongolian vowel
// separator, combining grapheme joiner, and the Hangul fillers (letters by category, blank on screen).
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/u;

// A zero-width joiner between two emoji builds one picture (👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻): that one stays.
const EMOJI_ZWJ = /(?<=\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?)\u200D(?=\p{Extended_Pictographic})/u;
const STRIP = new RegExp(`(${EMOJI_ZWJ.source})|${INVISIBLE.source}`, 'gu');

/** Text without invisible characters, except a zero-width joiner inside an emoji sequence. */
export function stripInvisible(text: string): string {
  if (!/[^\u0000-\u00AC]/.test(text)) return text;
  return text.replace(STRIP, (_match, kept: string | undefined) => kept ?? '');
}

// Blank by design even though Unicode calls them symbols: the braille blank fills "empty" names.
const VISIBLE = /[\p{L}\p{N}\p{S}]/u;

/** Whether text shows at least one letter, digit or symbol (emoji included), invisible characters aside. */
export function hasVisibleContent(text: string): boolean {
  return VISIBLE.test(stripInvisible(text).replace(/\u2800/g, ''));
}
