import { stripInvisible } from '@/lib/text/invisible';

const HARAKAT = /[\u064B-\u0652\u0670]/g;
const TATWEEL = /\u0640/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;

/**
 * Folds the spellings of one Arabic word into one form, for search and word filters:
 * أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, no harakat or tatweel, Arabic-Indic digits → 0–9.
 * No NFD first: it would split أ into ا + hamza. Invisible characters go first, so that a zero-width
 * space inside a word does not hide it.
 */
export function normalizeArabic(text: string): string {
  return stripInvisible(text)
    .replace(HARAKAT, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .toLowerCase();
}

export function stripHarakat(text: string): string {
  return text.replace(HARAKAT, '').replace(TATWEEL, '');
}
