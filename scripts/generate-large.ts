/**
 * npm run db:generate-large -- --articles 100000 --comments 300000 [--file data/large.db]
 *
 * Fills a separate database file (never the site's) with published Arabic articles, tags and
 * approved guest comments, for measuring search and lists at scale (npm run bench:search). The text
 * is the seed's own sentences recombined, with a long tail of names and places made up per
 * article, so word frequencies look like a newsroom's: a few words everywhere, most words rare.
 * Inserts run on prepared statements in one transaction; the search index is built afterwards.
 */
import fs from 'node:fs';
import { migrateDatabase, openDatabase } from '@/db/client';
import { sqliteOf } from '@/db/queries/legacy-paths';
import { syncSearchIndex } from '@/db/queries/search-index';
import { seedDatabase } from '@/db/seed';
import { articles as seedArticles } from '@/db/seed-data/articles';

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

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

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

  const sentences = seedArticles.flatMap((a) => a.paragraphs.flatMap((p) => p.split(/(?<=[.!؟])\s+/))).filter((s) => s.length > 20);
  const titleWords = seedArticles.flatMap((a) => a.title.split(/\s+/));
  const excerpts = seedArticles.map((a) => a.excerpt);
  const ids = (table: string) => (client.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((row) => row.id);
  const sectionIds = ids('sections');
  const authorIds = ids('authors');
  const tagIds = ids('tags');
  // The long tail: invented names, each used by a few hundred articles at most.
  const names = Array.from({ length: 20_000 }, () => Array.from({ length: r.int(4, 7) }, () => r.pick([...LETTERS])).join(''));

  const insertArticle = client.prepare(
    `INSERT INTO articles (slug, title, excerpt, body, section_id, author_id, status, published_at, updated_at, view_count)
     VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, ?)`,
  );
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const insertComment = client.prepare(
    `INSERT INTO comments (article_id, guest_name, body, status, created_at) VALUES (?, ?, ?, 'approved', ?)`,
  );
  const now = Date.now();
  const threeYears = 3 * 365 * 86_400_000;

  const firstId = (client.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM articles').get() as { id: number }).id;
  client.transaction(() => {
    for (let i = 0; i < options.articles; i++) {
      const name = () => r.pick(names);
      const title = [...Array.from({ length: r.int(5, 9) }, () => r.pick(titleWords)), name()].join(' ');
      const paragraphs = Array.from({ length: r.int(3, 6) }, () =>
        [...Array.from({ length: r.int(2, 4) }, () => r.pick(sentences)), `وقال ${name()} إن ${name()} سيزور ${name()} قريباً.`].join(' '),
      );
      const at = now - Math.floor(r.next() * threeYears);
      const id = Number(
        insertArticle.run(`large-${i}`, title, r.pick(excerpts), paragraphs.join('\n\n'), r.pick(sectionIds), r.pick(authorIds), at, at, r.int(0, 5000)).lastInsertRowid,
      );
      for (let t = r.int(1, 3); t > 0; t--) insertTag.run(id, r.pick(tagIds));
    }
    const lastId = firstId + options.articles - 1;
    for (let i = 0; i < options.comments && options.articles > 0; i++) {
      insertComment.run(r.int(firstId, lastId), `قارئ ${i % 997}`, r.pick(sentences), now - Math.floor(r.next() * threeYears));
    }
    client.exec('UPDATE articles SET approved_comment_count = (SELECT count(*) FROM comments c WHERE c.article_id = articles.id AND c.status = \'approved\')');
  })();
  const inserted = Date.now();
  const indexed = syncSearchIndex(db);
  // One b-tree per index instead of the many segments a bulk load leaves (what automerge reaches in time).
  client.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.exec('ANALYZE');
  sqlite.close();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `${options.file}: ${options.articles} articles, ${options.comments} comments in ${seconds(inserted - started)} s; ` +
      `search index of ${indexed} articles in ${seconds(Date.now() - inserted)} s`,
  );
}

main();
