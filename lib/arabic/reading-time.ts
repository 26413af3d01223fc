import { minuteForms, pluralize } from './plural';

// Arabic news prose reads at about 180 words a minute (shorter words than English, denser script).
const WORDS_PER_MINUTE = 180;

export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "مدة القراءة: ٣ دقائق" */
export function readingTimeLabel(text: string): string {
  return `مدة القراءة: ${pluralize(readingMinutes(text), minuteForms)}`;
}
