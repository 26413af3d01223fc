import 'server-only';
import type { Statement } from 'better-sqlite3';
import { snippet, type Segment } from '@/lib/search/highlight';
import { parseQuery, queryTokens, type QueryTerm } from '@/lib/search/query';
import type { SearchSort } from '@/lib/search/route';
import { visibleUpTo } from '@/lib/search/row-key';
import { closestTerm, nearestTerms } from '@/lib/search/suggest';
import { foldWord, wordsOf } from '@/lib/search/words';
import { db } from '../index';
import { listCardsByIds, type ArticleCard, type Page } from './articles';
import { sqliteOf } from './legacy-paths';
import { searchIndexIsStale, syncSearchIndex } from './search-index';

export type SearchHit = ArticleCard & { titleMarks: Segment[]; passage: Segment[] | null };

/** Matches counted at most: past this the page says «أكثر من ١٬٠٠٠ نتيجة» and offers that many. */
export const COUNT_CAP = 1000;

export type SearchResult =
  | { kind: 'empty' | 'common' }
  | (Page<SearchHit> & { kind: 'results'; suggestion: string | null; more: boolean });

// The index holds only published articles (the triggers queue every change of text, status or time,
// and the queue is indexed before a search reads it), and its rowids follow publication time
// (lib/search/row-key.ts): so the visible matches are `rowid <= visibleUpTo(now)` and neither the
// count nor the order needs the articles table. `rank` is the bm25 set in the migration; equal ranks
// go newest first.
const MATCHES = `SELECT rowid, rank FROM article_search WHERE article_search MATCH ? AND rowid <= ?`;

/** Nearest index terms whose document counts break a tie: each count reads a posting list. */
const MAX_NEAREST = 8;

/** Exported for the plan tests (tests/unit/search-index.test.ts). */
export const SEARCH_SQL = {
  count: `SELECT count(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid <= ? LIMIT ${COUNT_CAP + 1})`,
  // Not `ORDER BY rank` alone: FTS5 then runs a sort of every match with its rank; with the tie-break
  // SQLite's own sort keeps only the top LIMIT + OFFSET (p95 12 ms against 18–31 ms, 100k articles).
  relevance: `SELECT s.article_id AS id FROM (${MATCHES} ORDER BY rank, rowid DESC LIMIT ? OFFSET ?) f
              JOIN search_rows s ON s.rowid = f.rowid ORDER BY f.rank, f.rowid DESC`,
  newest: `SELECT s.article_id AS id FROM (${MATCHES} ORDER BY rowid DESC LIMIT ? OFFSET ?) f
           JOIN search_rows s ON s.rowid = f.rowid ORDER BY f.rowid DESC`,
  // Index terms sharing the word's first letters (a range read of the index's term list). Their
  // document counts are asked only for the nearest few: counting reads a term's whole posting list.
  vocabulary: `SELECT term FROM article_search_vocab WHERE term >= ? AND term < ? LIMIT 5000`,
  docs: `SELECT doc AS docs FROM article_search_vocab WHERE term = ?`,
  known: `SELECT 1 FROM article_search_vocab WHERE term = ?`,
  text: `SELECT title, excerpt, body FROM articles WHERE id = ?`,
} as const;

type Statements = { [K in keyof typeof SEARCH_SQL]: Statement };
const prepared = new WeakMap<object, Statements>();

function statements(): Statements {
  const sqlite = sqliteOf(db());
  let s = prepared.get(sqlite);
  if (!s) {
    s = Object.fromEntries(Object.entries(SEARCH_SQL).map(([k, text]) => [k, sqlite.prepare(text)])) as Statements;
    prepared.set(sqlite, s);
  }
  return s;
}

/** How many visible articles match, counted up to COUNT_CAP + 1. */
function matchCount(match: string, now: number): number {
  return (statements().count.get(match, visibleUpTo(now)) as { n: number }).n;
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
  const counted = matchCount(query.match, now);
  const more = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const suggestion = total === 0 ? suggest(query.terms, now) : null;
  if (total === 0 || page > pageCount) return { kind: 'results', items: [], total, more, page, pageCount, suggestion };
  const rows = statements()[sort].all(query.match, visibleUpTo(now), perPage, (page - 1) * perPage) as { id: number }[];
  const tokens = queryTokens(query.terms);
  const cards = await listCardsByIds(rows.map((r) => r.id));
  const items = cards.map(({ body, ...card }) => ({
    ...card,
    titleMarks: snippet(card.title, tokens, 1000) ?? [{ text: card.title, mark: false }],
    passage: snippet(card.excerpt, tokens) ?? snippet(body, tokens) ?? (card.excerpt ? [{ text: card.excerpt, mark: false }] : null),
  }));
  return { kind: 'results', items, total, more, page, pageCount, suggestion };
}

/**
 * "Did you mean": each word of the query the index does not hold replaced by the closest index term
 * (a typo or two from its stem or folded form, same first two letters, three after ال),
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
    // Two letters, three after ال: a third of the index starts with the article.
    const prefix = word.slice(0, word.startsWith('ال') ? 3 : 2);
    const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const terms = (s.vocabulary.all(prefix, upper) as { term: string }[]).map((r) => r.term);
    const best = closestTerm(word, nearestTerms(word, terms).slice(0, MAX_NEAREST).map((term) => ({ term, docs: (s.docs.get(term) as { docs: number }).docs })));
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
  // Any matching article spells them; the newest is one read, the best ranked would rank every match.
  const [hit] = statements().newest.all(match, visibleUpTo(now), 1, 0) as { id: number }[];
  if (!hit) return null;
  const row = statements().text.get(hit.id) as
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
