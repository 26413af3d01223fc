import 'server-only';
import type { Statement } from 'better-sqlite3';
import { snippet, type Segment } from '@/lib/search/highlight';
import { parseQuery, queryTokens, type QueryTerm } from '@/lib/search/query';
import type { SearchSort } from '@/lib/search/route';
import { closestTerm, type Candidate } from '@/lib/search/suggest';
import { foldWord, wordsOf } from '@/lib/search/words';
import { db } from '../index';
import { listCardsByIds, type ArticleCard, type Page } from './articles';
import { sqliteOf } from './legacy-paths';
import { searchIndexIsStale, syncSearchIndex } from './search-index';

export type SearchHit = ArticleCard & { titleMarks: Segment[]; passage: Segment[] | null };

export type SearchResult =
  | { kind: 'empty' | 'common' }
  | (Page<SearchHit> & { kind: 'results'; suggestion: string | null });

// bm25 weights of title, excerpt, body, tags: a word in the headline counts ten times one in the body.
const RANK = 'bm25(article_search, 10.0, 4.0, 1.0, 6.0)';
const PUBLISHED = `a.status = 'published' AND a.published_at <= ?`;

const SQL = {
  count: `SELECT count(*) AS n FROM article_search f JOIN articles a ON a.id = f.rowid WHERE article_search MATCH ? AND ${PUBLISHED}`,
  relevance: `SELECT f.rowid AS id FROM article_search f JOIN articles a ON a.id = f.rowid
              WHERE article_search MATCH ? AND ${PUBLISHED} ORDER BY ${RANK}, a.published_at DESC LIMIT ? OFFSET ?`,
  newest: `SELECT a.id AS id FROM article_search f JOIN articles a ON a.id = f.rowid
           WHERE article_search MATCH ? AND ${PUBLISHED} ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
  // Index terms sharing the word's first two letters (a range read of the index's term list).
  vocabulary: `SELECT term, doc AS docs FROM article_search_vocab WHERE term >= ? AND term < ? LIMIT 5000`,
  known: `SELECT 1 FROM article_search_vocab WHERE term = ?`,
} as const;

type Statements = { [K in keyof typeof SQL]: Statement };
const prepared = new WeakMap<object, Statements>();

function statements(): Statements {
  const sqlite = sqliteOf(db());
  let s = prepared.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, text]) => [k, sqlite.prepare(text)])) as Statements;
    prepared.set(sqlite, s);
  }
  return s;
}

function matchCount(match: string, now: number): number {
  return (statements().count.get(match, now) as { n: number }).n;
}

/**
 * A page of published articles matching what the reader typed, best first or newest first, with
 * the matched words marked in the title and a passage of the excerpt or body. Articles written since
 * the index was last brought up to date are indexed first, so a publication shows at once.
 */
export async function searchArticles(raw: string, sort: SearchSort, page: number, perPage: number): Promise<SearchResult> {
  const query = parseQuery(raw);
  if (query.kind !== 'terms') return { kind: query.kind };
  if (searchIndexIsStale(db())) syncSearchIndex(db());
  const now = Date.now();
  const total = matchCount(query.match, now);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const suggestion = total === 0 ? suggest(query.terms, now) : null;
  if (total === 0 || page > pageCount) return { kind: 'results', items: [], total, page, pageCount, suggestion };
  const rows = statements()[sort].all(query.match, now, perPage, (page - 1) * perPage) as { id: number }[];
  const tokens = queryTokens(query.terms);
  const cards = await listCardsByIds(rows.map((r) => r.id));
  const items = cards.map(({ body, ...card }) => ({
    ...card,
    titleMarks: snippet(card.title, tokens, 1000) ?? [{ text: card.title, mark: false }],
    passage: snippet(card.excerpt, tokens) ?? snippet(body, tokens) ?? (card.excerpt ? [{ text: card.excerpt, mark: false }] : null),
  }));
  return { kind: 'results', items, total, page, pageCount, suggestion };
}

/**
 * "Did you mean": each word of the query the index does not hold replaced by the closest index term
 * (a typo or two from its stem or folded form, same first two letters),
 * kept only if the corrected query finds something, and shown as the index's own articles spell it.
 */
function suggest(terms: QueryTerm[], now: number): string | null {
  const s = statements();
  let changed = false;
  const corrected = terms.map(({ folded, stem }) => {
    if (s.known.get(folded) || s.known.get(stem)) return folded;
    // The stem's neighbours: fewer than the folded word's (most of those start with ال).
    const word = stem.length >= 4 ? stem : folded;
    if (word.length < 4) return folded;
    const upper = word[0]! + String.fromCharCode(word.charCodeAt(1) + 1);
    const best = closestTerm(word, s.vocabulary.all(word.slice(0, 2), upper) as Candidate[]);
    if (!best) return folded;
    changed = true;
    return best;
  });
  if (!changed) return null;
  const text = corrected.join(' ');
  const parsed = parseQuery(text);
  if (parsed.kind !== 'terms' || matchCount(parsed.match, now) === 0) return null;
  return spelled(corrected, parsed.match, now) ?? text;
}

/** The corrected words as an article that matches writes them (harakat aside), not in folded letters. */
function spelled(words: string[], match: string, now: number): string | null {
  const [hit] = statements().relevance.all(match, now, 1, 0) as { id: number }[];
  if (!hit) return null;
  const row = sqliteOf(db()).prepare('SELECT title, excerpt, body FROM articles WHERE id = ?').get(hit.id) as
    | { title: string; excerpt: string; body: string }
    | undefined;
  if (!row) return null;
  // A word written exactly so wins over one that only shares the stem ("واشنطن" over "وواشنطن").
  const exact = new Map<string, string>();
  const byStem = new Map<string, string>();
  for (const { text } of wordsOf(`${row.title} ${row.excerpt} ${row.body}`)) {
    const { folded, stem } = foldWord(text);
    const plain = text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
    if (!exact.has(folded)) exact.set(folded, plain);
    if (!byStem.has(stem)) byStem.set(stem, plain);
  }
  return words.map((w) => exact.get(w) ?? byStem.get(w) ?? w).join(' ');
}
