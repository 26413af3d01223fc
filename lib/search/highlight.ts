import { foldWord, wordsOf } from './words';

export type Segment = { text: string; mark: boolean };

/** Whether a word of the text is one the query matched (by its folded form or its stem, as the index does). */
function matches(word: string, tokens: ReadonlySet<string>): boolean {
  const { folded, stem } = foldWord(word);
  return folded !== '' && (tokens.has(folded) || tokens.has(stem));
}

/** The text cut into plain and matched runs, the matched words as they were written. */
export function highlight(text: string, tokens: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const word of wordsOf(text)) {
    if (!matches(word.text, tokens)) continue;
    if (word.start > at) segments.push({ text: text.slice(at, word.start), mark: false });
    segments.push({ text: word.text, mark: true });
    at = word.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * A passage of about `words` words around the first matched word of the text, highlighted, with an
 * ellipsis where it was cut; null when no word of the text matches.
 */
export function snippet(text: string, tokens: ReadonlySet<string>, words = 30): Segment[] | null {
  const all = wordsOf(text);
  const hit = all.findIndex((w) => matches(w.text, tokens));
  if (hit < 0) return null;
  const first = Math.max(0, hit - Math.floor(words / 3));
  const last = Math.min(all.length - 1, first + words - 1);
  const start = first === 0 ? 0 : all[first]!.start;
  const end = last === all.length - 1 ? text.length : all[last]!.end;
  const passage = highlight(text.slice(start, end).replace(/\s+/g, ' '), tokens);
  if (first > 0) passage.unshift({ text: '… ', mark: false });
  if (end < text.length) passage.push({ text: ' …', mark: false });
  return passage;
}
