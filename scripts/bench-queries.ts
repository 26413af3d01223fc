/**
 * npm run bench:queries [-- --file data/large.db] [--rounds 100] [--only 'queue']
 *
 * What each page asks of the database when its render is not cached: the project's own query
 * functions (db/queries), called as the pages call them, on random published articles and sections
 * of the file: the home page, a section's first, 500th and last page, a tag's first, 50th and last
 * page, its feed and the tags' sitemap file, an article (with its related articles, comments and the
 * latest strip), the popular blocks, and the moderation queue (counts,
 * each tab, a later page, a text search, an author search, one article's comments, the article menu and list).
 * Prints p50/p95/p99 in ms per case. The file defaults to the site's database (DATABASE_URL).
 * Run with --conditions=react-server.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase, type DB } from '@/db/client';
import { countCommentsByStatus, countPendingComments, listCommentedArticles, listModerationComments } from '@/db/queries/admin-comments';
import { findPublishedArticle, listLatestArticles, listSectionArticles, listSectionLatest, readViewCount } from '@/db/queries/articles';
import { listArticlesForModeration } from '@/db/queries/articles-admin';
import { listApprovedCommentPlaces, listApprovedCommentsById } from '@/db/queries/comments';
import { threadsOnPage } from '@/lib/comments/paging';
import { buildThreads, flattenThreads } from '@/lib/comments/thread';
import { listFeedArticles } from '@/db/queries/feeds';
import { listMostCommentedArticles, listMostReadArticles } from '@/db/queries/popular-articles';
import { listRelatedArticles } from '@/db/queries/related-articles';
import { idRange, listSitemapTags } from '@/db/queries/sitemaps';
import { listTagArticles } from '@/db/queries/tag-articles';
import { listSections } from '@/db/queries/taxonomy';
import { databasePath } from '@/lib/env';
import { ARTICLES_PER_PAGE } from '@/lib/site';
import { SITEMAP_FILE_SIZE } from '@/lib/sitemaps/files';
import { MOST_READ_DAYS } from '@/lib/views/view-days';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A small deterministic generator: the same file gives the same articles and words. */
function random(seed: number) {
  let a = seed;
  return <T>(items: readonly T[]): T => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return items[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * items.length)]!;
  };
}

type Case = { name: string; group: 'reader' | 'admin'; run: () => Promise<unknown> };

async function main() {
  const file = option('file', databasePath());
  const rounds = Number(option('rounds', '100'));
  const { sqlite, db } = openDatabase(file);
  (globalThis as unknown as { khabarDb?: DB }).khabarDb = db;
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  const articleCount = count("SELECT count(*) AS n FROM articles WHERE status = 'published'");
  const commentCount = count('SELECT count(*) AS n FROM comments');
  const pick = random(7);
  const ids = (sqlite.prepare("SELECT id FROM articles WHERE status = 'published' AND id % 197 = 0 LIMIT 500").all() as { id: number }[]).map((r) => r.id);
  const busiest = (sqlite.prepare('SELECT id FROM articles ORDER BY approved_comment_count DESC LIMIT 1').get() as { id: number } | undefined)?.id;
  const words = (sqlite.prepare("SELECT body FROM comments WHERE status = 'approved' AND id % 4999 = 0 LIMIT 200").all() as { body: string }[])
    .flatMap((r) => r.body.split(/[\s،.]+/).filter((w) => w.length >= 5).slice(0, 1));
  // Parts of authors' names and emails as a moderator types them: a family name, a guest's first name, an address's host.
  const authors = [
    ...(sqlite.prepare('SELECT name FROM users WHERE rowid % 997 = 0 LIMIT 20').all() as { name: string }[]).map((r) => r.name.split(' ').at(-1)!),
    ...(sqlite.prepare('SELECT guest_name AS name FROM comments WHERE guest_name IS NOT NULL AND id % 9973 = 0 LIMIT 20').all() as { name: string }[]).map((r) => r.name.split(' ')[0]!),
    ...(sqlite.prepare('SELECT email FROM users WHERE rowid % 1999 = 0 LIMIT 10').all() as { email: string }[]).map((r) => r.email.split('@')[0]!),
  ].filter((a) => [...a].length >= 3);
  const sections = await listSections();
  const tagIds = (sqlite.prepare('SELECT id FROM tags').all() as { id: number }[]).map((r) => r.id);
  const section = () => pick(sections).id;
  const perPage = ARTICLES_PER_PAGE;
  // As lib/comments/thread-pages.ts: where every comment sits, then the text of the first page's (default settings).
  const firstCommentPage = async (id: number) => {
    const shown = threadsOnPage(buildThreads(await listApprovedCommentPlaces(id), 5), 1, 50);
    return listApprovedCommentsById(flattenThreads(shown).map((c) => c.id));
  };
  const articleRender = async (id: number) => {
    const article = await findPublishedArticle(id);
    if (!article) return;
    await Promise.all([listRelatedArticles(article, 4), listLatestArticles(8 /* LATEST_STRIP_LENGTH */), firstCommentPage(id), readViewCount(id)]);
  };
  const queue = { page: 1, perPage: 20 } as const;

  const cases: Case[] = [
    {
      name: 'home',
      group: 'reader',
      run: async () => Promise.all([listLatestArticles(9), ...sections.map((s) => listSectionLatest(s.id, 4)), listMostReadArticles(5, MOST_READ_DAYS), listMostCommentedArticles(5, 7 /* MOST_COMMENTED_DAYS */)]),
    },
    { name: 'section page 1', group: 'reader', run: () => listSectionArticles(section(), 1, perPage) },
    { name: 'section page 500', group: 'reader', run: () => listSectionArticles(section(), 500, perPage) },
    {
      name: 'section last page',
      group: 'reader',
      run: async () => {
        const id = section();
        const { pageCount } = await listSectionArticles(id, 1, perPage);
        return listSectionArticles(id, pageCount, perPage);
      },
    },
    { name: 'tag page 1', group: 'reader', run: () => listTagArticles(pick(tagIds), 1, perPage) },
    { name: 'tag page 50', group: 'reader', run: () => listTagArticles(pick(tagIds), 50, perPage) },
    {
      name: 'tag last page',
      group: 'reader',
      run: async () => {
        const id = pick(tagIds);
        const { pageCount } = await listTagArticles(id, 1, perPage);
        return listTagArticles(id, pageCount, perPage);
      },
    },
    { name: 'tag feed', group: 'reader', run: () => listFeedArticles({ kind: 'tag', id: pick(tagIds) }, 20 /* FEED_ARTICLES */) },
    { name: 'tag sitemap', group: 'reader', run: () => listSitemapTags(idRange(1, SITEMAP_FILE_SIZE), new Date()) },
    { name: 'article (uncached render)', group: 'reader', run: () => articleRender(pick(ids)) },
    {
      name: 'related articles',
      group: 'reader',
      run: async () => {
        const article = await findPublishedArticle(pick(ids));
        return article && listRelatedArticles(article, 4);
      },
    },
    ...(busiest ? [{ name: 'article with the most comments', group: 'reader' as const, run: () => articleRender(busiest) }] : []),
    { name: 'popular blocks', group: 'reader', run: () => Promise.all([listMostReadArticles(5, MOST_READ_DAYS), listMostCommentedArticles(5, 7 /* MOST_COMMENTED_DAYS */)]) },
    { name: 'queue counts', group: 'admin', run: () => Promise.all([countCommentsByStatus(), countPendingComments()]) },
    { name: 'queue pending', group: 'admin', run: () => listModerationComments({ ...queue, status: 'pending' }) },
    { name: 'queue all', group: 'admin', run: () => listModerationComments({ ...queue, status: 'all' }) },
    { name: 'queue spam', group: 'admin', run: () => listModerationComments({ ...queue, status: 'spam' }) },
    { name: 'queue all page 50', group: 'admin', run: () => listModerationComments({ ...queue, status: 'all', page: 50 }) },
    ...(words.length ? [{ name: 'queue text search', group: 'admin' as const, run: () => listModerationComments({ ...queue, status: 'all', q: pick(words) }) }] : []),
    ...(authors.length ? [{ name: 'queue author search', group: 'admin' as const, run: () => listModerationComments({ ...queue, status: 'all', author: pick(authors) }) }] : []),
    {
      name: 'queue of one article',
      group: 'admin',
      run: async () => {
        const id = busiest ?? pick(ids);
        return Promise.all([countCommentsByStatus(id), listModerationComments({ ...queue, status: 'all', articleId: id })]);
      },
    },
    { name: 'queue article menu', group: 'admin', run: () => listCommentedArticles() },
    { name: 'article list (comments)', group: 'admin', run: () => listArticlesForModeration({ page: 1, perPage: 20 }) },
  ];

  console.log(`queries on ${file} (${articleCount} published articles, ${commentCount} comments):`);
  const only = option('only', '');
  for (const c of cases.filter((k) => k.name.includes(only))) {
    for (let i = 0; i < 3; i++) await c.run(); // warm-up: statements, page cache
    const times: number[] = [];
    const n = c.group === 'admin' ? Math.max(10, Math.floor(rounds / 4)) : rounds;
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await c.run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0);
    console.log(`  ${c.group} ${c.name}: p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, p99 ${f(percentile(times, 99))} ms (${n} runs)`);
  }
  sqlite.close();
}

void main();
