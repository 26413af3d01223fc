import { stripHarakat } from './normalize';

const MAX_SLUG_LENGTH = 60;

/**
 * A URL slug that keeps Arabic letters: "تقارير اعلامية تكشف…" → "تقارير-اعلامية-تكشف".
 * Cut at a word boundary so the encoded URL stays well under WordPress's 200 bytes.
 */
export function slugify(text: string): string {
  const words = stripHarakat(text)
    .toLowerCase()
    .replace(/[^\p{Script=Arabic}\p{L}\p{N}]+/gu, ' ')
    .replace(/[\u060C\u061B\u061F\u066A-\u066D\u06D4]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || 'article';
}

/** Route params can arrive percent-encoded; a malformed escape is kept as it came. */
export function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
