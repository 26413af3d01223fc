import 'server-only';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '../index';
import { articles, comments, users } from '../schema';

// "Notify me of follow-up comments": a commenter who ticked the box is mailed when a reply to their
// comment becomes visible. Each reply is claimed once (reply_notified_at), whichever path approved
// it, so approving, unapproving and approving again never mails twice.

export type ReplyNotice = {
  replyId: number;
  parentId: number;
  replyBody: string;
  replyAuthor: string;
  article: { id: number; slug: string; title: string };
  to: { email: string; name: string | null };
};

const parent = alias(comments, 'parent');
const subscriber = alias(users, 'subscriber');
const replier = alias(users, 'replier');

/** Claims the approved replies among `ids` not yet considered, and returns those whose parent's author asked to be told. */
export function claimReplyNotices(ids: readonly number[], now = new Date()): ReplyNotice[] {
  if (ids.length === 0) return [];
  return db().transaction((tx) => {
    const claimed = tx
      .update(comments)
      .set({ replyNotifiedAt: now })
      .where(and(inArray(comments.id, [...ids]), isNull(comments.replyNotifiedAt), eq(comments.status, 'approved'), isNotNull(comments.parentId)))
      .returning({ id: comments.id })
      .all();
    if (claimed.length === 0) return [];
    const rows = tx
      .select({
        replyId: comments.id,
        parentId: parent.id,
        replyBody: comments.body,
        replyUserId: comments.userId,
        replyAuthor: replier.name,
        parentUserId: parent.userId,
        articleId: articles.id,
        slug: articles.slug,
        title: articles.title,
        email: subscriber.email,
        name: subscriber.name,
        bannedAt: subscriber.bannedAt,
      })
      .from(comments)
      .innerJoin(parent, eq(parent.id, comments.parentId))
      .innerJoin(subscriber, eq(subscriber.id, parent.userId))
      .leftJoin(replier, eq(replier.id, comments.userId))
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(inArray(comments.id, claimed.map((c) => c.id)), eq(parent.notifyReplies, true)))
      .all();
    return rows
      .filter((r) => r.email && !r.bannedAt && r.parentUserId !== r.replyUserId)
      .map((r) => ({
        replyId: r.replyId,
        parentId: r.parentId,
        replyBody: r.replyBody,
        replyAuthor: r.replyAuthor ?? 'زائر',
        article: { id: r.articleId, slug: r.slug, title: r.title },
        to: { email: r.email!, name: r.name },
      }));
  });
}

/** The one-click unsubscribe: true when the comment existed (it is off either way afterwards). */
export function stopReplyNotices(commentId: number): boolean {
  return db().update(comments).set({ notifyReplies: false }).where(eq(comments.id, commentId)).run().changes > 0;
}
