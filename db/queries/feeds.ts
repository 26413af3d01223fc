import 'server-only';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, authors, media, sections, tags } from '../schema';
import { cardColumns, isPublished, withCover, type ArticleCard } from './articles';
import { taggedArticlesQuery, taggedPublished } from './tag-articles';

/** Which articles a feed carries: the whole site's, or one section's, tag's or author's. */
export type FeedScope = { kind: 'site' } | { kind: 'section' | 'author'; id: number } | { kind: 'tag'; id: number };

/** A feed item: the card, the whole text, when it last changed, and its tags. */
export type FeedArticle = ArticleCard & {
  body: string;
  bodyHtml: string | null;
  updatedAt: Date;
  tags: { slug: string; name: string }[];
};

function scopeWhere(scope: Exclude<FeedScope, { kind: 'tag' }>): SQL | undefined {
  switch (scope.kind) {
    case 'site':
      return undefined;
    case 'section':
      return eq(articles.sectionId, scope.id);
    case 'author':
      return eq(articles.authorId, scope.id);
  }
}

const wholeText = { body: articles.body, bodyHtml: articles.bodyHtml, updatedAt: articles.updatedAt };

/** The newest published articles of a scope, whole; a tag's from its own rows (exported for the query-plan test). */
export function feedArticlesQuery(scope: FeedScope, limit: number) {
  if (scope.kind === 'tag') return taggedArticlesQuery(taggedPublished(scope.id), wholeText).limit(limit);
  return db()
    .select({ ...cardColumns, ...wholeText })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.coverMediaId, media.id))
    .where(and(isPublished(), scopeWhere(scope)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

export async function listFeedArticles(scope: FeedScope, limit: number): Promise<FeedArticle[]> {
  const rows = await feedArticlesQuery(scope, limit);
  const ids = rows.map((r) => r.id);
  const tagRows = ids.length
    ? await db()
        .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
        .from(articleTags)
        .innerJoin(tags, eq(articleTags.tagId, tags.id))
        .where(inArray(articleTags.articleId, ids))
        .orderBy(tags.name)
    : [];
  return rows.map((row) => ({
    ...withCover(row),
    // published_at is NOT NULL for every published row (isPublished filters on it).
    publishedAt: row.publishedAt!,
    tags: tagRows.filter((t) => t.articleId === row.id).map(({ slug, name }) => ({ slug, name })),
  }));
}
