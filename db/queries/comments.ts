import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { authorName, hasReplies, publicColumns } from './columns';
import { personalReads } from './personal';
import { articles, comments, users, type CommentStatus } from '../schema';

export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
};

export type OwnComment = PublicComment & { status: CommentStatus; hasReplies: boolean };

/** Approved comments of an article, oldest first; never an email. */
export async function listApprovedComments(articleId: number): Promise<PublicComment[]> {
  return db()
    .select(publicColumns)
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** A user's own comments on an article that only they can see or still change. */
export async function listOwnComments(userId: string, articleId: number, since: Date): Promise<OwnComment[]> {
  return personalReads(db()).ownComments(userId, articleId, since);
}

export async function findComment(id: number) {
  const [row] = await db()
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      userId: comments.userId,
      status: comments.status,
      body: comments.body,
      createdAt: comments.createdAt,
      authorName,
      hasReplies,
    })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(eq(comments.id, id));
  return row ? { ...row, hasReplies: Boolean(row.hasReplies) } : null;
}

export async function findLatestCommentTime(userId: string): Promise<Date | null> {
  const [row] = await db()
    .select({ createdAt: comments.createdAt })
    .from(comments)
    .where(eq(comments.userId, userId))
    .orderBy(desc(comments.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}

export async function isDuplicateComment(input: {
  userId: string;
  articleId: number;
  parentId: number | null;
  body: string;
}): Promise<boolean> {
  const [row] = await db()
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.userId, input.userId),
        eq(comments.articleId, input.articleId),
        input.parentId === null ? sql`${comments.parentId} is null` : eq(comments.parentId, input.parentId),
        eq(comments.body, input.body),
        sql`${comments.status} != 'trash'`,
      ),
    )
    .limit(1);
  return !!row;
}

export async function countApprovedByUser(userId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.userId, userId), eq(comments.status, 'approved')));
  return row?.n ?? 0;
}

export async function insertComment(input: {
  articleId: number;
  parentId: number | null;
  userId: string;
  body: string;
  status: CommentStatus;
  ipHash: string | null;
  userAgent: string | null;
}) {
  const [row] = await db().insert(comments).values(input).returning({ id: comments.id, createdAt: comments.createdAt });
  if (input.status === 'approved') await recountApproved(input.articleId);
  return row!;
}

export async function updateCommentBody(id: number, body: string): Promise<void> {
  await db().update(comments).set({ body, editedAt: new Date() }).where(eq(comments.id, id));
}

/** Moves a comment to the trash, remembering where it was for a restore. */
export async function trashComment(id: number, articleId: number): Promise<void> {
  await db()
    .update(comments)
    .set({ previousStatus: sql`${comments.status}`, status: 'trash' })
    .where(eq(comments.id, id));
  await recountApproved(articleId);
}

/** Keeps articles.approved_comment_count equal to what readers can see. */
export async function recountApproved(articleId: number): Promise<void> {
  await db()
    .update(articles)
    .set({
      approvedCommentCount: sql`(select count(*) from ${comments} where ${comments.articleId} = ${articleId} and ${comments.status} = 'approved')`,
    })
    .where(eq(articles.id, articleId));
}
