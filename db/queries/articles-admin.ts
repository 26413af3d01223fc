import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articleRevisions, articles, articleStatuses, articleTags, authors, comments, sections, users, type ArticleStatus } from '../schema';
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

// The outer article named in full: in a query of the articles table alone drizzle writes its columns
// unqualified, and a bare "id" inside the subquery would be the comment's own id.
const pendingCount = sql<number>`(select count(*) from ${comments} where ${comments.articleId} = "articles"."id" and ${comments.status} = 'pending')`;

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

export type NewsroomFilter = {
  status: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  q?: string;
  /** Writers see only the articles they created. */
  createdBy?: string;
};

export type NewsroomRow = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  createdBy: string | null;
  commentsOpen: boolean;
  approved: number;
  pending: number;
  sectionName: string;
  authorName: string;
  updatedByName: string | null;
};

function newsroomWhere(filter: Omit<NewsroomFilter, 'status'>): SQL[] {
  const conditions: SQL[] = [];
  if (filter.createdBy) conditions.push(eq(articles.createdBy, filter.createdBy));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) conditions.push(eq(articles.authorId, filter.authorId));
  if (filter.q) conditions.push(sql`${articles.title} like ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  return conditions;
}

/**
 * How many articles each status tab holds under the same filters. Counted per status so each count
 * is a range of an index (status, created_by, section or author first), never a table scan.
 */
export async function countArticlesByStatus(filter: Omit<NewsroomFilter, 'status'>): Promise<Record<ArticleStatus, number>> {
  const base = newsroomWhere(filter);
  const counts = {} as Record<ArticleStatus, number>;
  for (const status of articleStatuses) {
    const [row] = await db()
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(and(eq(articles.status, status), ...base));
    counts[status] = row?.n ?? 0;
  }
  return counts;
}

/** One tab of the newsroom list, most recently changed first. */
export async function listNewsroomArticles(
  filter: NewsroomFilter,
  page: number,
  perPage: number,
): Promise<{ items: NewsroomRow[]; total: number; pageCount: number }> {
  const where = and(eq(articles.status, filter.status), ...newsroomWhere(filter));
  const [{ total } = { total: 0 }] = await db().select({ total: sql<number>`count(*)` }).from(articles).where(where);
  const items = await db()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      createdBy: articles.createdBy,
      commentsOpen: articles.commentsOpen,
      approved: articles.approvedCommentCount,
      pending: pendingCount,
      sectionName: sections.name,
      authorName: authors.name,
      updatedByName: users.name,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(users, eq(articles.updatedBy, users.id))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

/** What a status change or a deletion must expire on reader pages. */
export type ArticleTrace = { id: number; title: string; status: ArticleStatus; publishedAt: Date | null; sectionId: number; authorId: number; tagIds: number[]; createdBy: string | null };

export async function findArticleTrace(id: number): Promise<ArticleTrace | null> {
  const [row] = await db()
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await db().select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id));
  return { ...row, tagIds: tagRows.map((t) => t.id) };
}

/**
 * Moves an article from the status the screen saw to another (publish now, unpublish to draft),
 * with its log row; false when it was no longer in that status.
 */
export function setArticleStatus(
  actorId: string,
  article: Pick<ArticleTrace, 'id' | 'status'>,
  to: ArticleStatus,
  publishedAt: Date | null,
  now = new Date(),
): boolean {
  return db().transaction((tx) => {
    const changed = tx
      .update(articles)
      .set({ status: to, publishedAt, updatedAt: now, updatedBy: actorId, version: sql`${articles.version} + 1` })
      .where(and(eq(articles.id, article.id), eq(articles.status, article.status)))
      .run().changes;
    if (!changed) return false;
    if (to === 'published') {
      const row = tx
        .select({ version: articles.version, title: articles.title, excerpt: articles.excerpt, body: articles.body, bodyJson: articles.bodyJson, bodyHtml: articles.bodyHtml })
        .from(articles)
        .where(eq(articles.id, article.id))
        .get()!;
      tx.insert(articleRevisions).values({ articleId: article.id, kind: 'publish', createdBy: actorId, ...row }).run();
    }
    writeLog(tx, [
      {
        actorId,
        action: to === 'published' ? 'publish' : 'unpublish',
        targetType: 'article',
        targetId: article.id,
        before: { status: article.status },
        after: { status: to },
      },
    ]);
    return true;
  });
}

/** Deletes an article (its comments, tags and revisions go with it), logged with its title. */
export function deleteArticle(actorId: string, article: Pick<ArticleTrace, 'id' | 'title' | 'status'>): boolean {
  return db().transaction((tx) => {
    const changed = tx.delete(articles).where(eq(articles.id, article.id)).run().changes;
    if (changed) {
      writeLog(tx, [
        { actorId, action: 'delete', targetType: 'article', targetId: article.id, before: { title: article.title, status: article.status }, after: null },
      ]);
    }
    return changed > 0;
  });
}
