import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, comments } from '../schema';

export type GuestComment = { id: number; body: string; createdAt: Date; articleId: number; articleSlug: string; articleTitle: string };

/**
 * Comments left without an account (imported from WordPress) under this email: shown to the
 * account holder read-only, on published articles, approved ones only. The unary + keeps SQLite on
 * comments_guest_email_idx instead of scanning every approved comment by status.
 */
export async function listGuestCommentsByEmail(email: string, limit = 50): Promise<GuestComment[]> {
  return db()
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      articleId: articles.id,
      articleSlug: articles.slug,
      articleTitle: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(eq(comments.guestEmail, email.toLowerCase()), sql`+${comments.status} = 'approved'`, eq(articles.status, 'published')))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}
