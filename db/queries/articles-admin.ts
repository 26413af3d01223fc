import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, comments, type ArticleStatus } from '../schema';
import { writeLog } from './moderation-log';

export type AdminArticleRow = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  commentsOpen: boolean;
  approved: number;
  pending: number;
};

const pendingCount = sql<number>`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'pending')`;

export async function listArticlesForModeration(filter: {
  q?: string;
  closed?: boolean;
  page: number;
  perPage: number;
}): Promise<{ items: AdminArticleRow[]; total: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(sql`${articles.title} like ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  if (filter.closed) conditions.push(eq(articles.commentsOpen, false));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db().select({ total: sql<number>`count(*)` }).from(articles).where(where);
  const items = await db()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      commentsOpen: articles.commentsOpen,
      approved: articles.approvedCommentCount,
      pending: pendingCount,
    })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / filter.perPage)) };
}

export async function findArticleForModeration(id: number) {
  const [row] = await db()
    .select({ id: articles.id, slug: articles.slug, title: articles.title, commentsOpen: articles.commentsOpen })
    .from(articles)
    .where(eq(articles.id, id));
  return row ?? null;
}

/** Opens or closes an article's comments; false when it already was so. */
export async function setArticleCommentsOpen(actorId: string, id: number, open: boolean): Promise<boolean> {
  return db().transaction((tx) => {
    const changed =
      tx.update(articles).set({ commentsOpen: open }).where(and(eq(articles.id, id), eq(articles.commentsOpen, !open))).run()
        .changes > 0;
    if (changed) {
      writeLog(tx, [
        { actorId, action: open ? 'open' : 'close', targetType: 'article', targetId: id, before: { commentsOpen: !open }, after: { commentsOpen: open } },
      ]);
    }
    return changed;
  });
}
