import { normalizeArabic } from '@/lib/arabic/normalize';
import { lightStem } from '@/lib/arabic/stem';

// One way of cutting text into words, for the index, the query and the highlighter alike: runs of
// letters and digits (harakat and tatweel count as part of a word, so a diacritized or stretched word
// stays one word until normalizeArabic folds it).
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

export type Word = { text: string; start: number; end: number };

export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A word as the index knows it: folded, and its light stem. Empty when nothing of it is left. */
export function foldWord(word: string): { folded: string; stem: string } {
  const folded = normalizeArabic(word).replace(/[^\p{L}\p{N}]/gu, '');
  return { folded, stem: lightStem(folded) };
}
