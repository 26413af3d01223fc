/**
 * npm run db:generate-large -- --articles 100000 --comments 1000000 [--file data/large.db]
 * npm run db:generate-large -- --comments 1000000 --append [--file data/large.db]
 *
 * Fills a separate database file (never the site's) with published Arabic articles, tags and
 * threaded comments by many readers in every status (scripts/lib/large-comments.ts), for measuring
 * search, pages and the moderation queue at scale (npm run bench:search, npm run bench:queries).
 * --append keeps the file's articles and only adds comments. Words
 * are drawn with Zipf's law (the word of rank r about 1/r as often as the most common), like a
 * newsroom's text: the seed's function words first, then its other words among invented ones, then
 * a long tail of invented words and names. So the commonest content words are in about a third of
 * the articles and most words in a handful. Publication times are random over three
 * years, so ids are not in publication order (as after a WordPress import); a few drafts and
 * scheduled articles are mixed in. Articles and their index rows are written in one transaction.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { migrateDatabase, openDatabase, type DB } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { syncCommentSearch } from '@/db/queries/comment-search';
import { syncSearchIndex } from '@/db/queries/search-index';
import { seedDatabase } from '@/db/seed';
import { articles as seedArticles } from '@/db/seed-data/articles';
import { STOPWORDS } from '@/lib/search/stopwords';
import { foldWord, wordsOf } from '@/lib/search/words';
import { insertLargeComments } from './lib/large-comments';

type Options = { articles: number; comments: number; file: string; append: boolean };

function readOptions(args: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const count = (name: string, fallback: string) => {
    const n = Number(value(name, fallback));
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new Error(`--${name} must be a whole number (got ${value(name, fallback)})`);
    return n;
  };
  return {
    articles: count('articles', '100000'),
    comments: count('comments', '0'),
    file: value('file', 'data/large.db'),
    append: args.includes('--append'),
  };
}

/** A small deterministic generator (mulberry32): the same options give the same database. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

type Random = ReturnType<typeof random>;

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأى';
/** Distinct words of the generated text: a news archive of this size has well over a hundred thousand. */
const VOCABULARY = 150_000;

/** The seed's words, commonest first, then invented ones (a third of them with the article ال). */
function vocabulary(r: Random): string[] {
  const counts = new Map<string, number>();
  for (const a of seedArticles) {
    for (const { text } of wordsOf([a.title, a.excerpt, ...a.paragraphs].join(' '))) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]).map(([w]) => w);
  // Forty-one articles say little about which content word is common: they keep their order, but
  // spread out among invented ones (one in four), after the function words.
  const functionWords = ranked.filter((w) => STOPWORDS.has(foldWord(w).folded));
  const content = ranked.filter((w) => !STOPWORDS.has(foldWord(w).folded));
  const words = [...functionWords];
  const seen = new Set(ranked);
  const invented = () => {
    for (;;) {
      const stem = Array.from({ length: r.int(3, 7) }, () => r.pick([...LETTERS])).join('');
      const word = r.next() < 0.33 ? `ال${stem}` : stem;
      if (!seen.has(word)) return seen.add(word), word;
    }
  };
  for (const word of content) words.push(word, invented(), invented(), invented());
  while (words.length < VOCABULARY) words.push(invented());
  return words;
}

/** Draws word ranks with P(r) ∝ 1/r (binary search over the cumulative weights). */
function zipf(size: number, r: Random) {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / (i + 1);
  return (from = 0) => {
    const x = cumulative[from - 1] ?? 0;
    const target = x + r.next() * (sum - x);
    let lo = from;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function writer(r: Random) {
  const words = vocabulary(r);
  const draw = zipf(words.length, r);
  const sentence = () => {
    const n = r.int(8, 22);
    const out = Array.from({ length: n }, () => words[draw()]!);
    if (n > 14) out[r.int(5, n - 5)] += '،';
    return `${out.join(' ')}.`;
  };
  return {
    // Headlines skip the commonest words (function words, mostly).
    title: () => Array.from({ length: r.int(6, 11) }, () => words[draw(40)]!).join(' '),
    paragraphs: () => Array.from({ length: r.int(3, 7) }, () => Array.from({ length: r.int(2, 4) }, sentence).join(' ')),
    sentence,
  };
}

/** Published articles (and 1% hidden), their tags and their search index rows; returns how many were indexed. */
function writeArticles(client: Database.Database, db: DB, options: Options, r: Random, text: ReturnType<typeof writer>): number {
  const ids = (table: string) => (client.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((row) => row.id);
  const sectionIds = ids('sections');
  const authorIds = ids('authors');
  const tagIds = ids('tags');

  const insertArticle = client.prepare(
    `INSERT INTO articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at, view_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const now = Date.now();
  const threeYears = 3 * 365 * 86_400_000;
  // Besides the published articles: one in a hundred more, drafts and scheduled ones, never to be found.
  const hidden = Math.floor(options.articles / 100);
  for (let i = 0; i < options.articles + hidden; i++) {
    const paragraphs = text.paragraphs();
    const status = i < options.articles ? 'published' : i % 2 ? 'draft' : 'scheduled';
    const at = status === 'scheduled' ? now + 86_400_000 + Math.floor(r.next() * threeYears) : now - 60_000 - Math.floor(r.next() * threeYears);
    const excerpt = paragraphs[0]!.slice(0, paragraphs[0]!.indexOf('.') + 1);
    const id = Number(
      insertArticle.run(`large-${i}`, text.title(), excerpt, paragraphs.join('\n\n'), r.pick(sectionIds), r.pick(authorIds), status, status === 'draft' ? null : at, at, r.int(0, 5000)).lastInsertRowid,
    );
    for (let t = r.int(1, 3); t > 0; t--) insertTag.run(id, r.pick(tagIds));
  }
  // The triggers queued every published article: index them in this same transaction, one memo.
  return syncSearchIndex(db, { batch: Number.MAX_SAFE_INTEGER });
}

function main() {
  const options = readOptions(process.argv.slice(2));
  if (!options.append) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.file + suffix, { force: true });
  else if (!fs.existsSync(options.file)) throw new Error(`--append: ${options.file} does not exist`);
  const started = Date.now();
  const { sqlite, db } = openDatabase(options.file);
  migrateDatabase(db);
  if (!options.append) seedDatabase(db);
  const client = sqliteOf(db);
  client.pragma('cache_size = -262144');
  const r = random(options.append ? 7 : 42);
  const text = writer(r);

  let indexed = 0;
  let articlesAt = started;
  client.transaction(() => {
    if (!options.append) indexed = writeArticles(client, db, options, r, text);
    articlesAt = Date.now();
    insertLargeComments(client, { comments: options.comments, readers: Math.ceil(options.comments / 25), sentence: text.sentence }, r);
    // The triggers queued every comment for the moderators' search: index them in this transaction too.
    syncCommentSearch(db, { batch: Number.MAX_SAFE_INTEGER });
  })();
  const writtenAt = Date.now();
  // One b-tree per index instead of the many segments a bulk load leaves (what automerge reaches in time).
  if (!options.append) client.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
  client.exec("INSERT INTO comment_search (comment_search) VALUES ('optimize')");
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.exec('ANALYZE');
  sqlite.close();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `${options.file}: ${options.append ? 'kept its articles' : `${options.articles} published articles (+1% drafts and scheduled), search index of ${indexed}`} ` +
      `in ${seconds(articlesAt - started)} s; ${options.comments} comments in ${seconds(writtenAt - articlesAt)} s; ` +
      `optimized and analyzed in ${seconds(Date.now() - writtenAt)} s`,
  );
}

main();
