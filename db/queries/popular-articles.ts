import 'server-only';
import { and, desc, eq, gt, gte, sql } from 'drizzle-orm';
import { firstDayOf } from '@/lib/views/view-days';
import { db } from '../index';
import { articles, articleViewsDaily, authors, media, sections } from '../schema';
import { asCards, cardColumns, cardQuery, isPublished, type ArticleCard } from './articles';

// The reader pages' "most read" and "most commented" blocks. Each reads a bounded range through an
// index: the daily views of the last days, or the articles published in the last days.

/** Published articles by their views over the last `days` days (today included), most first. */
export function mostReadQuery(limit: number, days: number, now = Date.now()) {
  const recent = db()
    .select({
      articleId: articleViewsDaily.articleId,
      views: sql<number>`sum(${articleViewsDaily.views})`.as('recent_views'),
    })
    .from(articleViewsDaily)
    .where(gte(articleViewsDaily.day, firstDayOf(days, now)))
    .groupBy(articleViewsDaily.articleId)
    .as('recent');
  return db()
    .select(cardColumns)
    .from(recent)
    .innerJoin(articles, eq(articles.id, recent.articleId))
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(isPublished())
    .orderBy(desc(recent.views), desc(articles.publishedAt))
    .limit(limit);
}

/** Articles published in the last `days` days with the most approved comments (the article's counter). */
export function mostCommentedQuery(limit: number, days: number, now = Date.now()) {
  return cardQuery(and(gte(articles.publishedAt, new Date(now - days * 86_400_000)), gt(articles.approvedCommentCount, 0)))
    .orderBy(desc(articles.approvedCommentCount), desc(articles.publishedAt))
    .limit(limit);
}

export async function listMostReadArticles(limit: number, days: number): Promise<ArticleCard[]> {
  return asCards(await mostReadQuery(limit, days));
}

export async function listMostCommentedArticles(limit: number, days: number): Promise<ArticleCard[]> {
  return asCards(await mostCommentedQuery(limit, days));
}
