import 'server-only';
import { and, desc, eq, lte, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '../index';
import { articles, articleTags, authors, media, sections, tags } from '../schema';
import { archivePage, asCards, atOrAfter, cardColumns, type ArticleCard, type Page, type PageStart } from './articles';

// A tag's archive, feed and sitemap entry read the tag's own rows of article_tags, which carry a copy
// of the article's publication (article_tags_published_idx: tag, publication while published,
// article; kept by triggers, migration 0008): the count is a range of that index and a later page's
// first key a walk along it, instead of the tag's rows checked against every published article.

const tagOrder = { publishedAt: articleTags.publishedAt, id: articleTags.articleId };
const newestFirst = [desc(articleTags.publishedAt), desc(articleTags.articleId)];

/** The rows of a tag (an id, or the outer query's tag column) whose article is published by `now`. */
export function taggedPublished(tagId: number | typeof tags.id | Placeholder, now: Date | Placeholder = new Date()): SQL {
  return and(eq(articleTags.tagId, tagId), lte(articleTags.publishedAt, now))!;
}

/** A tag's articles with the card's columns and `extra`, newest first, joined to the tag's rows. */
export function taggedArticlesQuery<E extends Record<string, SQLiteColumn>>(where: SQL, extra: E) {
  return db()
    .select({ ...cardColumns, ...extra })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(where)
    .orderBy(...newestFirst);
}

async function pageStart(tagged: SQL, offset: number): Promise<PageStart | null> {
  const [row] = await db()
    .select({ publishedAt: articleTags.publishedAt, id: articleTags.articleId })
    .from(articleTags)
    .where(tagged)
    .orderBy(...newestFirst)
    .limit(1)
    .offset(offset);
  return row?.publishedAt ? { publishedAt: row.publishedAt, id: row.id } : null;
}

export async function listTagArticles(tagId: number, page: number, perPage: number): Promise<Page<ArticleCard>> {
  const tagged = taggedPublished(tagId);
  const [{ total } = { total: 0 }] = await db().select({ total: sql<number>`count(*)` }).from(articleTags).where(tagged);
  return archivePage(
    { total, page, perPage },
    (offset) => pageStart(tagged, offset),
    async (start) => asCards(await taggedArticlesQuery(start ? and(tagged, atOrAfter(start, tagOrder))! : tagged, {}).limit(perPage)),
  );
}
