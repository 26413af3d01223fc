import 'server-only';
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags } from '../schema';
import { asCards, isPublished, type ArticleCard, type ArticleDetail } from './articles';
import { cardsByIdQuery } from './popular-articles';
import { taggedPublished } from './tag-articles';

// "قد يعجبك أيضاً": articles sharing the most tags with this one, then its section, newest first.
// Scoring every published article took 314 ms an uncached render at 100k articles; only a bounded
// set of candidates is scored: the newest few of each of its tags, of its section and of the site.

/** Newest articles taken from each tag, from the section and from the whole site. */
const CANDIDATES = 50;

async function newestIds(where: SQL): Promise<number[]> {
  const rows = await db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(isPublished(), where))
    .orderBy(desc(articles.publishedAt))
    .limit(CANDIDATES);
  return rows.map((r) => r.id);
}

/** The tag's newest published articles, read from its own rows in publication order (tag-articles.ts). */
async function tagCandidates(tagId: number, self: number): Promise<number[]> {
  const rows = await db()
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(and(taggedPublished(tagId), ne(articleTags.articleId, self)))
    .orderBy(desc(articleTags.publishedAt))
    .limit(CANDIDATES);
  return rows.map((r) => r.id);
}

export async function listRelatedArticles(
  article: Pick<ArticleDetail, 'id' | 'section' | 'tags'>,
  limit: number,
): Promise<ArticleCard[]> {
  const tagIds = article.tags.map((t) => t.id);
  const others = ne(articles.id, article.id);
  const lists = await Promise.all([
    ...tagIds.map((tagId) => tagCandidates(tagId, article.id)),
    newestIds(and(eq(articles.sectionId, article.section.id), others)!),
    newestIds(others),
  ]);
  const ids = [...new Set(lists.flat())];
  if (!ids.length) return [];
  const shared = new Map<number, number>();
  if (tagIds.length) {
    const rows = await db()
      .select({ id: articleTags.articleId, n: sql<number>`count(*)` })
      .from(articleTags)
      .where(and(inArray(articleTags.articleId, ids), inArray(articleTags.tagId, tagIds)))
      .groupBy(articleTags.articleId);
    for (const row of rows) shared.set(row.id, row.n);
  }
  const cards = asCards(await cardsByIdQuery(ids));
  const score = (card: ArticleCard) => (shared.get(card.id) ?? 0) * 2 + (card.section.id === article.section.id ? 1 : 0);
  return cards
    .map((card) => ({ card, score: score(card) }))
    .sort((a, b) => b.score - a.score || b.card.publishedAt.getTime() - a.card.publishedAt.getTime())
    .slice(0, limit)
    .map((c) => c.card);
}
