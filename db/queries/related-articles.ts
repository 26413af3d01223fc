import 'server-only';
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags } from '../schema';
import { asCards, isPublished, type ArticleCard, type ArticleDetail } from './articles';
import { listCardsById } from './popular-articles';
import { NOW, prepared } from './prepared';
import { taggedPublished } from './tag-articles';

// "قد يعجبك أيضاً": articles sharing the most tags with this one, then its section, newest first.
// Scoring every published article took 314 ms an uncached render at 100k articles; only a bounded
// set of candidates is scored: the newest few of each of its tags, of its section and of the site.

/** Newest articles taken from each tag, from the section and from the whole site. */
const CANDIDATES = 20;

/** The newest published articles but this one: of its section (`section`) or of the whole site. */
async function newestIds(self: number, section?: number): Promise<{ id: number }[]> {
  const query = (where: SQL) =>
    db()
      .select({ id: articles.id })
      .from(articles)
      .where(and(isPublished(NOW), ne(articles.id, sql.placeholder('self')), where))
      .orderBy(desc(articles.publishedAt))
      .limit(CANDIDATES)
      .prepare();
  return section === undefined
    ? prepared('related: site candidates', () => query(sql`1`)).all({ now: Date.now(), self })
    : prepared('related: section candidates', () => query(eq(articles.sectionId, sql.placeholder('section')))).all({ now: Date.now(), self, section });
}

/** The tag's newest published articles, read from its own rows in publication order (tag-articles.ts). */
async function tagCandidates(tagId: number, self: number): Promise<{ id: number }[]> {
  return prepared('related: tag candidates', () =>
    db()
      .select({ id: articleTags.articleId })
      .from(articleTags)
      .where(and(taggedPublished(sql.placeholder('tag'), NOW), ne(articleTags.articleId, sql.placeholder('self'))))
      .orderBy(desc(articleTags.publishedAt))
      .limit(CANDIDATES)
      .prepare(),
  ).all({ now: Date.now(), tag: tagId, self });
}

export async function listRelatedArticles(
  article: Pick<ArticleDetail, 'id' | 'section' | 'tags'>,
  limit: number,
): Promise<ArticleCard[]> {
  const tagIds = article.tags.map((t) => t.id);
  const lists = await Promise.all([
    ...tagIds.map((tagId) => tagCandidates(tagId, article.id)),
    newestIds(article.id, article.section.id),
    newestIds(article.id),
  ]);
  const ids = [...new Set(lists.flat().map((r) => r.id))];
  if (!ids.length) return [];
  const shared = new Map<number, number>();
  if (tagIds.length) {
    const rows = await db()
      .select({ id: articleTags.articleId, n: sql<number>`count(*)` })
      .from(articleTags)
      // The unary plus keeps SQLite on the candidates' own rows (the primary key): by the tags' index
      // it read every article of each tag (1.4 ms against 0.2, 100k articles).
      .where(and(inArray(articleTags.articleId, ids), inArray(sql`+${articleTags.tagId}`, tagIds)))
      .groupBy(articleTags.articleId);
    for (const row of rows) shared.set(row.id, row.n);
  }
  // Scored on their keys, then only the chosen few read as cards (with section, author and picture).
  const candidates = await db()
    .select({ id: articles.id, sectionId: articles.sectionId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(inArray(articles.id, ids));
  const score = (c: (typeof candidates)[number]) => (shared.get(c.id) ?? 0) * 2 + (c.sectionId === article.section.id ? 1 : 0);
  const chosen = candidates
    .map((c) => ({ id: c.id, score: score(c), time: c.publishedAt?.getTime() ?? 0 }))
    .sort((a, b) => b.score - a.score || b.time - a.time)
    .slice(0, limit)
    .map((c) => c.id);
  const cards = new Map((await listCardsById(chosen)).map((card) => [card.id, card]));
  return chosen.flatMap((id) => cards.get(id) ?? []);
}
