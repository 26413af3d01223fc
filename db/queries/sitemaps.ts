import 'server-only';
import { and, between, desc, eq, exists, gte, lte, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, authors, tags } from '../schema';
import { taggedPublished } from './tag-articles';

// What the sitemaps list. Every query reads through an index: the article, tag and author files
// are ranges of ids (the primary key), so file N costs the rows of file N, never a whole table.

/** A sitemap file holds ids [first, last]; the protocol allows 50,000 URLs a file. */
export type IdRange = { first: number; last: number };

export const idRange = (part: number, size: number): IdRange => ({ first: (part - 1) * size + 1, last: part * size });

const published = (now: Date) => and(eq(articles.status, 'published'), lte(articles.publishedAt, now));

/**
 * Published articles with ids in the range. The unary `+` keeps SQLite off articles_published_idx,
 * which it prefers and which would read every published article for each file: the primary key's
 * range is the index that bounds the work to the file's own rows.
 */
const publishedInRange = (range: IdRange, now: Date) =>
  sql`${articles.id} between ${range.first} and ${range.last} and +${articles.status} = 'published' and +${articles.publishedAt} <= ${now.getTime()}`;

/** When a published article last changed: its last save, or its publication when that came later (scheduled). */
const lastChanged = sql<number>`max(${articles.updatedAt}, ${articles.publishedAt})`;

/** The highest id of each table (its last rowid: one step down the primary key). */
export async function maxIds(): Promise<{ articles: number; tags: number; authors: number }> {
  const row = db().get<{ articles: number | null; tags: number | null; authors: number | null }>(
    sql`select (select max(id) from ${articles}) as articles, (select max(id) from ${tags}) as tags, (select max(id) from ${authors}) as authors`,
  );
  return { articles: row?.articles ?? 0, tags: row?.tags ?? 0, authors: row?.authors ?? 0 };
}

/** How many published articles have ids in the range, and when the newest change among them was. */
export function articleRangeSummaryQuery(range: IdRange, now: Date) {
  return db()
    .select({ count: sql<number>`count(*)`, lastModified: sql<number | null>`max(${lastChanged})` })
    .from(articles)
    .where(publishedInRange(range, now));
}

export async function summarizeArticleRange(range: IdRange, now: Date): Promise<{ count: number; lastModified: Date | null }> {
  const [row] = await articleRangeSummaryQuery(range, now);
  return { count: row?.count ?? 0, lastModified: row?.lastModified ? new Date(row.lastModified) : null };
}

export function sitemapArticlesQuery(range: IdRange, now: Date) {
  return db()
    .select({ id: articles.id, slug: articles.slug, lastModified: lastChanged })
    .from(articles)
    .where(publishedInRange(range, now))
    .orderBy(articles.id);
}

export async function listSitemapArticles(range: IdRange, now: Date) {
  return (await sitemapArticlesQuery(range, now)).map((r) => ({ ...r, lastModified: new Date(r.lastModified) }));
}

/** Tags in the id range that have a published article (an empty tag page is not worth a crawl). */
export function sitemapTagsQuery(range: IdRange, now: Date) {
  const used = db().select({ one: sql`1` }).from(articleTags).where(taggedPublished(tags.id, now));
  return db()
    .select({ slug: tags.slug })
    .from(tags)
    .where(and(between(tags.id, range.first, range.last), exists(used)))
    .orderBy(tags.id);
}

export function sitemapAuthorsQuery(range: IdRange, now: Date) {
  const wrote = db()
    .select({ one: sql`1` })
    .from(articles)
    .where(and(eq(articles.authorId, authors.id), published(now)));
  return db()
    .select({ slug: authors.slug })
    .from(authors)
    .where(and(between(authors.id, range.first, range.last), exists(wrote)))
    .orderBy(authors.id);
}

export async function listSitemapTags(range: IdRange, now: Date): Promise<string[]> {
  return (await sitemapTagsQuery(range, now)).map((r) => r.slug);
}

export async function listSitemapAuthors(range: IdRange, now: Date): Promise<string[]> {
  return (await sitemapAuthorsQuery(range, now)).map((r) => r.slug);
}

/** Google News: articles published since `since` (two days), newest first; Google reads 1,000 at most. */
export function newsArticlesQuery(since: Date, now: Date, limit = 1000) {
  return db()
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, 'published'), gte(articles.publishedAt, since), lte(articles.publishedAt, now)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

export async function listNewsArticles(since: Date, now: Date) {
  return (await newsArticlesQuery(since, now)).map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}
