import 'server-only';
import { and, desc, gt, gte, sql, type Placeholder } from 'drizzle-orm';
import { firstDayOf } from '@/lib/views/view-days';
import { db } from '../index';
import { articles, articleViewsDaily } from '../schema';
import { asCards, cardQuery, isPublished, type ArticleCard } from './articles';
import { NOW, prepared } from './prepared';

// The reader pages' "most read" and "most commented" blocks. Each reads a bounded range through an
// index: the daily views of the last days (then the few articles they name, by id), or the articles
// published in the last days. Each is a prepared statement (db/queries/prepared.ts); the builders below
// take values or placeholders, so their plans are tested as written.

/**
 * The articles with the most views over the last `days` days (today included), most first, with their
 * sum. Read from the daily rows of those days only, through the day index: grouping by `+article_id`
 * keeps SQLite from walking the whole table in primary-key order to save itself a sort.
 */
export function mostViewedIdsQuery(limit: number | Placeholder, firstDay: number | Placeholder) {
  const views = sql<number>`sum(${articleViewsDaily.views})`;
  return db()
    .select({ id: articleViewsDaily.articleId, views })
    .from(articleViewsDaily)
    .where(gte(articleViewsDaily.day, firstDay))
    .groupBy(sql`+${articleViewsDaily.articleId}`)
    .orderBy(desc(views))
    .limit(limit);
}

/**
 * The cards of these articles (a JSON array of ids: one parameter, whatever their number) that are
 * published, each found by its id. The publication test is written so that SQLite cannot prefer the
 * publication index (every published article) to the ids.
 */
export function cardsByIdQuery(ids: string | Placeholder, now: number | Placeholder) {
  return cardQuery(
    sql`${articles.id} in (select value from json_each(${ids}))`,
    sql`+${articles.status} = 'published' AND +${articles.publishedAt} <= ${now}`,
  );
}

/** The published ones of these articles' cards, in no particular order. */
export async function listCardsById(ids: number[]): Promise<ArticleCard[]> {
  if (!ids.length) return [];
  const statement = prepared('cards by id', () => cardsByIdQuery(sql.placeholder('ids'), NOW).prepare());
  return asCards(await statement.all({ ids: JSON.stringify(ids), now: Date.now() }));
}

/** Articles published in the last `days` days with the most approved comments (the article's counter). */
export function mostCommentedQuery(limit: number | Placeholder, since: Date | Placeholder, now: Date | Placeholder) {
  return cardQuery(and(gte(articles.publishedAt, since), gt(articles.approvedCommentCount, 0)), isPublished(now))
    .orderBy(desc(articles.approvedCommentCount), desc(articles.publishedAt))
    .limit(limit);
}

/** Published articles by their views over the last `days` days, most first (then the newer). */
export async function listMostReadArticles(limit: number, days: number): Promise<ArticleCard[]> {
  // Room for a few unpublished or scheduled articles among the most viewed.
  const ranked = await prepared('most viewed ids', () =>
    mostViewedIdsQuery(sql.placeholder('limit'), sql.placeholder('firstDay')).prepare(),
  ).all({ limit: limit * 2 + 5, firstDay: firstDayOf(days) });
  const cards = new Map((await listCardsById(ranked.map((r) => r.id))).map((c) => [c.id, c]));
  return ranked.flatMap((r) => cards.get(r.id) ?? []).slice(0, limit);
}

export async function listMostCommentedArticles(limit: number, days: number): Promise<ArticleCard[]> {
  const now = Date.now();
  const statement = prepared('most commented cards', () =>
    mostCommentedQuery(sql.placeholder('limit'), sql.placeholder('since'), NOW).prepare(),
  );
  return asCards(await statement.all({ limit, since: now - days * 86_400_000, now }));
}
