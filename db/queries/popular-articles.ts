import 'server-only';
import { and, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import { firstDayOf } from '@/lib/views/view-days';
import { db } from '../index';
import { articles, articleViewsDaily, authors, media, sections } from '../schema';
import { asCards, cardColumns, cardQuery, type ArticleCard } from './articles';

// The reader pages' "most read" and "most commented" blocks. Each reads a bounded range through an
// index: the daily views of the last days (then the few articles they name, by id), or the articles
// published in the last days.

/**
 * The articles with the most views over the last `days` days (today included), most first, with their
 * sum. Read from the daily rows of those days only, through the day index: grouping by `+article_id`
 * keeps SQLite from walking the whole table in primary-key order to save itself a sort.
 */
export function mostViewedIdsQuery(limit: number, days: number, now = Date.now()) {
  const views = sql<number>`sum(${articleViewsDaily.views})`;
  return db()
    .select({ id: articleViewsDaily.articleId, views })
    .from(articleViewsDaily)
    .where(gte(articleViewsDaily.day, firstDayOf(days, now)))
    .groupBy(sql`+${articleViewsDaily.articleId}`)
    .orderBy(desc(views))
    .limit(limit);
}

/**
 * The cards of these articles that are published, each found by its id. The publication test is
 * written so that SQLite cannot prefer the publication index (every published article) to the ids.
 */
export function cardsByIdQuery(ids: number[]) {
  return db()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(
      and(
        inArray(articles.id, ids),
        sql`+${articles.status} = 'published'`,
        sql`+${articles.publishedAt} <= ${Date.now()}`,
      ),
    );
}

/** Articles published in the last `days` days with the most approved comments (the article's counter). */
export function mostCommentedQuery(limit: number, days: number, now = Date.now()) {
  return cardQuery(and(gte(articles.publishedAt, new Date(now - days * 86_400_000)), gt(articles.approvedCommentCount, 0)))
    .orderBy(desc(articles.approvedCommentCount), desc(articles.publishedAt))
    .limit(limit);
}

/** Published articles by their views over the last `days` days, most first (then the newer). */
export async function listMostReadArticles(limit: number, days: number): Promise<ArticleCard[]> {
  // Room for a few unpublished or scheduled articles among the most viewed.
  const ranked = await mostViewedIdsQuery(limit * 2 + 5, days);
  if (ranked.length === 0) return [];
  const cards = new Map(asCards(await cardsByIdQuery(ranked.map((r) => r.id))).map((c) => [c.id, c]));
  return ranked.flatMap((r) => cards.get(r.id) ?? []).slice(0, limit);
}

export async function listMostCommentedArticles(limit: number, days: number): Promise<ArticleCard[]> {
  return asCards(await mostCommentedQuery(limit, days));
}
