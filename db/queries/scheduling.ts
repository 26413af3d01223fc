import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DB } from '../client';
import { articles, articleTags } from '../schema';

// Scheduled publishing (lib/scheduler/). No 'server-only' and the database passed in: the timer
// runs in the process instrumentation.ts starts, outside the React server bundle.

/** The earliest time a scheduled article is due, or null (a covering read of articles_published_idx). */
export function nextScheduledAt(database: DB): Date | null {
  const row = database
    .select({ at: sql<number | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(eq(articles.status, 'scheduled'))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

export type ClaimedArticle = { id: number; sectionId: number; authorId: number; tagIds: number[] };

/**
 * Publishes every scheduled article that is due, in one UPDATE: a row changes status once, so of
 * two processes (or two ticks) claiming at once, only one gets it back and expires its pages.
 * `published_at` stays the scheduled time.
 */
export function claimDueArticles(database: DB, now: Date): ClaimedArticle[] {
  return database.transaction((tx) => {
    const claimed = tx
      .update(articles)
      .set({ status: 'published', updatedAt: now })
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))
      .returning({ id: articles.id, sectionId: articles.sectionId, authorId: articles.authorId })
      .all();
    if (claimed.length === 0) return [];
    const tagRows = tx
      .select({ articleId: articleTags.articleId, tagId: articleTags.tagId })
      .from(articleTags)
      .where(inArray(articleTags.articleId, claimed.map((a) => a.id)))
      .all();
    return claimed.map((a) => ({ ...a, tagIds: tagRows.filter((t) => t.articleId === a.id).map((t) => t.tagId) }));
  });
}
