import { stripInvisible } from '@/lib/text/invisible';
import { STOPWORDS } from './stopwords';
import { foldWord, wordsOf } from './words';

/** Longest query read; the rest is ignored, so a pasted page costs no more than a sentence. */
export const MAX_QUERY_CHARS = 200;
/** Words of a query that count; more narrow nothing down and only cost time. */
export const MAX_QUERY_TERMS = 8;

export type QueryTerm = { folded: string; stem: string };

export type ParsedQuery =
  | { kind: 'empty' }
  /** Only words too common to search for (في، من، على…). */
  | { kind: 'common' }
  | { kind: 'terms'; terms: QueryTerm[]; match: string };

/** Text as one FTS5 string (a phrase), whatever it holds: its quotes are doubled, nothing else is syntax. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Turns what a reader typed into a safe FTS5 expression: only folded words and stems, each quoted,
 * so quotes, `*`, `-`, NEAR, OR, parentheses or SQL in the query are words or nothing, never syntax.
 * Every word must match (AND); a word matches by its folded form or its light stem.
 */
export function parseQuery(raw: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  let sawCommon = false;
  const seen = new Set<string>();
  for (const { text } of wordsOf(stripInvisible(raw.slice(0, MAX_QUERY_CHARS)))) {
    const { folded, stem } = foldWord(text);
    if (!folded) continue;
    if (STOPWORDS.has(folded)) {
      sawCommon = true;
      continue;
    }
    if (seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ folded, stem });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  if (!terms.length) return sawCommon ? { kind: 'common' } : { kind: 'empty' };
  const match = terms
    .map(({ folded, stem }) => (stem === folded ? ftsPhrase(folded) : `(${ftsPhrase(folded)} OR ${ftsPhrase(stem)})`))
    .join(' AND ');
  return { kind: 'terms', terms, match };
}

/** Every index token a query matches with, for the highlighter. */
export function queryTokens(terms: readonly QueryTerm[]): Set<string> {
  return new Set(terms.flatMap((t) => [t.folded, t.stem]));
}
