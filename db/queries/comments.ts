import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { comments, users } from '../schema';

export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
};

/** Approved comments of an article, oldest first; never an email. */
export async function listApprovedComments(articleId: number): Promise<PublicComment[]> {
  return db()
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: sql<string>`coalesce(${users.name}, ${comments.guestName}, 'زائر')`,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}
