/**
 * npm run db:generate-large -- --articles 100000 --comments 300000 [--file data/large.db]
 *
 * Fills a separate database file (never the site's) with published Arabic articles, tags and
 * approved guest comments, for measuring search and lists at scale (npm run bench:search). Words
 * are drawn with Zipf's law (the word of rank r about 1/r as often as the most common), like a
 * newsroom's text: the seed's function words first, then its other words among invented ones, then
 * a long tail of invented words and names. So the commonest content words are in about a third of
 * the articles and most words in a handful. Publication times are random over three
 * years, so ids are not in publication order (as after a WordPress import); a few drafts and
 * scheduled articles are mixed in. Articles and their index rows are written in one transaction.
 */
import fs from 'node:fs';
import { migrateDatabase, openDatabase } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { syncSearchIndex } from '@/db/queries/search-index';
import { seedDatabase } from '@/db/seed';
import { articles as seedArticles } from '@/db/seed-data/articles';
import { STOPWORDS } from '@/lib/search/stopwords';
import { foldWord, wordsOf } from '@/lib/search/words';

type Options = { articles: number; comments: number; file: string };

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
  return { articles: count('articles', '100000'), comments: count('comments', '0'), file: value('file', 'data/large.db') };
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

function main() {
  const options = readOptions(process.argv.slice(2));
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.file + suffix, { force: true });
  const started = Date.now();
  const { sqlite, db } = openDatabase(options.file);
  migrateDatabase(db);
  seedDatabase(db);
  const client = sqliteOf(db);
  client.pragma('cache_size = -262144');
  const r = random(42);
  const text = writer(r);

  const ids = (table: string) => (client.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((row) => row.id);
  const sectionIds = ids('sections');
  const authorIds = ids('authors');
  const tagIds = ids('tags');

  const insertArticle = client.prepare(
    `INSERT INTO articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at, view_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const insertComment = client.prepare(
    `INSERT INTO comments (article_id, guest_name, body, status, created_at) VALUES (?, ?, ?, 'approved', ?)`,
  );
  const now = Date.now();
  const threeYears = 3 * 365 * 86_400_000;
  // Besides the published articles: one in a hundred more, drafts and scheduled ones, never to be found.
  const hidden = Math.floor(options.articles / 100);

  const firstId = (client.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM articles').get() as { id: number }).id;
  let indexed = 0;
  let insertedAt = 0;
  client.transaction(() => {
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
    const lastId = firstId + options.articles - 1;
    for (let i = 0; i < options.comments && options.articles > 0; i++) {
      insertComment.run(r.int(firstId, lastId), `قارئ ${i % 997}`, text.sentence(), now - Math.floor(r.next() * threeYears));
    }
    client.exec("UPDATE articles SET approved_comment_count = (SELECT count(*) FROM comments c WHERE c.article_id = articles.id AND c.status = 'approved')");
    insertedAt = Date.now();
    // The triggers queued every published article: index them in this same transaction, one memo.
    indexed = syncSearchIndex(db, { batch: Number.MAX_SAFE_INTEGER });
  })();
  const indexedAt = Date.now();
  // One b-tree per index instead of the many segments a bulk load leaves (what automerge reaches in time).
  client.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.exec('ANALYZE');
  sqlite.close();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `${options.file}: ${options.articles} published articles (+${hidden} drafts and scheduled), ${options.comments} comments ` +
      `written in ${seconds(insertedAt - started)} s; search index of ${indexed} articles in ${seconds(indexedAt - insertedAt)} s, ` +
      `optimized in ${seconds(Date.now() - indexedAt)} s`,
  );
}

main();
