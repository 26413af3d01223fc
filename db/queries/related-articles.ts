import 'server-only';
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags } from '../schema';
import { asCards, isPublished, type ArticleCard, type ArticleDetail } from './articles';
import { cardsByIdQuery } from './popular-articles';

// "قد يعجبك أيضاً": articles sharing the most tags with this one, then its section, newest first.
// Scoring every published article took 314 ms an uncached render at 100k articles; only a bounded
// set of candidates is scored: the newest few of each of its tags, of its section and of the site.

/** Newest articles taken from each tag, from the section and from the whole site. */
const CANDIDATES = 50;
/** A tag with at most this many articles is read whole through its index; a commoner one is met along the publication index. */
const RARE_TAG = 2000;

/** The publication test written so that SQLite cannot prefer the publication index to the tag's own. */
const publishedById = () => sql`+${articles.status} = 'published' AND +${articles.publishedAt} <= ${Date.now()}`;

async function newestIds(where: SQL, published: SQL = isPublished()): Promise<number[]> {
  const rows = await db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(published, where))
    .orderBy(desc(articles.publishedAt))
    .limit(CANDIDATES);
  return rows.map((r) => r.id);
}

async function tagCandidates(tagId: number, self: number): Promise<number[]> {
  const [{ n } = { n: 0 }] = await db()
    .select({ n: sql<number>`count(*)` })
    .from(articleTags)
    .where(eq(articleTags.tagId, tagId));
  if (n <= RARE_TAG) {
    const tagged = db().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
    return newestIds(and(inArray(articles.id, tagged), ne(articles.id, self))!, publishedById());
  }
  // A common tag: its newest articles are among the newest published, a few dozen steps apart.
  return newestIds(
    and(
      ne(articles.id, self),
      sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${tagId})`,
    )!,
  );
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
