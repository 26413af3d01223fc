/**
 * npm run bench:search [-- --file data/large.db] [--rounds 5]
 *
 * Search latency as a reader's first request for a query pays it (no page cache): the same
 * function the search page calls (db/queries/search.ts searchArticles: the count, a page of ten
 * ranked results, their cards and highlighted passages, "did you mean" when nothing matches), over
 * a fixed set of queries: the index's own words from its most common to its rarest, two-word
 * queries, both sorts, a later page, a typo and hostile input. Prints p50/p95/max in ms.
 * The file defaults to the site's database (DATABASE_URL). Run with --conditions=react-server.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase, type DB } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { searchArticles } from '@/db/queries/search';
import { syncSearchIndex } from '@/db/queries/search-index';
import { databasePath } from '@/lib/env';
import type { SearchSort } from '@/lib/search/route';

const PER_PAGE = 10;

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** Words of the index at evenly spaced ranks of document frequency, most common first. */
function vocabularySample(database: DB, count: number): string[] {
  const rows = sqliteOf(database)
    .prepare("SELECT term FROM article_search_vocab WHERE length(term) >= 4 AND term GLOB '[^0-9]*' ORDER BY doc DESC")
    .all() as { term: string }[];
  if (!rows.length) return [];
  // The top of the list is where it is slow: sample it densely, the tail sparsely.
  return Array.from({ length: count }, (_, i) => rows[Math.floor(((i / count) ** 3) * rows.length)]!.term);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const file = option('file', databasePath());
  const rounds = Number(option('rounds', '3'));
  const { sqlite, db } = openDatabase(file);
  (globalThis as unknown as { khabarDb?: DB }).khabarDb = db;
  syncSearchIndex(db);
  const articles = (sqlite.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published'").get() as { n: number }).n;

  const words = vocabularySample(db, 40);
  const queries: [string, SearchSort, number][] = [
    ...words.map((w): [string, SearchSort, number] => [w, 'relevance', 1]),
    ...words.slice(0, 10).map((w): [string, SearchSort, number] => [w, 'newest', 1]),
    ...words.slice(0, 10).map((w, i): [string, SearchSort, number] => [`${w} ${words[words.length - 1 - i]}`, 'relevance', 1]),
    ...['الحكومة', 'الاقتصاد', 'دير الزور', 'الانتخابات', 'وبالانتخابات', 'كرة القدم', 'النفط والغاز'].map((q): [string, SearchSort, number] => [q, 'relevance', 1]),
    ['الحكومة', 'relevance', 3],
    ['الاقتصاد', 'newest', 2],
    ['الاقتصات', 'relevance', 1],
    ['المنطقت', 'relevance', 1],
    ['الحرر', 'relevance', 1],
    ['"الحكومة OR * NEAR(', 'relevance', 1],
    ["'; DROP TABLE articles; --", 'relevance', 1],
  ];

  for (const [q, sort, page] of queries) await searchArticles(q, sort, page, PER_PAGE); // warm-up: statements, page cache
  const times: number[] = [];
  let slowest = { ms: 0, q: '' };
  for (let round = 0; round < rounds; round++) {
    for (const [q, sort, page] of queries) {
      const t = performance.now();
      await searchArticles(q, sort, page, PER_PAGE);
      const ms = performance.now() - t;
      times.push(ms);
      if (ms > slowest.ms) slowest = { ms, q: `${q} (${sort}, page ${page})` };
    }
  }
  sqlite.close();
  times.sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(1);
  console.log(
    `search on ${file} (${articles} published articles): p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, ` +
      `max ${f(times.at(-1)!)} ms over ${times.length} searches (${queries.length} queries × ${rounds}); slowest: ${slowest.q}`,
  );
}

void main();
