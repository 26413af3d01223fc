import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { ModerationSettings } from '@/lib/comments/settings';
import type { DB } from '../client';
import { db } from '../index';
import { moderationSettingsIn } from './settings';
import { authorName, hasReplies, publicColumns } from './columns';
import { personalReads } from './personal';
import { prepared } from './prepared';
import { articles, comments, users, type CommentStatus } from '../schema';

export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
};

export type OwnComment = PublicComment & { status: CommentStatus; hasReplies: boolean };

/** Where an approved comment sits in its article's threads: enough to nest and page them. */
export type CommentPlace = { id: number; parentId: number | null; createdAt: Date };

/** Approved comments of an article, oldest first, without their text: read from the index alone. */
export async function listApprovedCommentPlaces(articleId: number): Promise<CommentPlace[]> {
  return prepared('approved comment places', () =>
    db()
      .select({ id: comments.id, parentId: comments.parentId, createdAt: comments.createdAt })
      .from(comments)
      .where(and(eq(comments.articleId, sql.placeholder('article')), eq(comments.status, 'approved')))
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .prepare(),
  ).all({ article: articleId });
}

/** The approved comments among `ids`, in no particular order; never an email. */
export async function listApprovedCommentsById(ids: readonly number[]): Promise<PublicComment[]> {
  if (!ids.length) return [];
  return prepared('approved comments by id', () =>
    db()
      .select(publicColumns)
      .from(comments)
      .leftJoin(users, eq(comments.userId, users.id))
      .where(and(sql`${comments.id} in (select value from json_each(${sql.placeholder('ids')}))`, eq(comments.status, 'approved')))
      .prepare(),
  ).all({ ids: JSON.stringify(ids) });
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

/** Writes inside a transaction: the database or the transaction itself. */
type Tx = Pick<DB, 'select' | 'insert' | 'update'>;

/**
 * Keeps articles.approved_comment_count equal to what readers can see. Called inside the transaction
 * of the change that moved a comment in or out of view, so that the count never lags behind it.
 */
export function recountApproved(tx: Pick<DB, 'update'>, articleIds: Iterable<number>): void {
  for (const articleId of new Set(articleIds)) {
    tx.update(articles)
      .set({
        approvedCommentCount: sql`(select count(*) from ${comments} where ${comments.articleId} = ${articleId} and ${comments.status} = 'approved')`,
      })
      .where(eq(articles.id, articleId))
      .run();
  }
}

export type NewCommentRow = {
  articleId: number;
  parentId: number | null;
  userId: string;
  body: string;
  notifyReplies?: boolean;
  status: CommentStatus;
  ipHash: string | null;
  userAgent: string | null;
};

export function insertCommentIn(tx: Tx, input: NewCommentRow) {
  const row = tx.insert(comments).values(input).returning({ id: comments.id, createdAt: comments.createdAt }).get();
  if (input.status === 'approved') recountApproved(tx, [input.articleId]);
  return row;
}

/** Stores a comment; when it is visible, the article's count moves with it, all or nothing. */
export async function insertComment(input: NewCommentRow) {
  return db().transaction((tx) => insertCommentIn(tx, input));
}

/** Why an author may not change a comment: it is gone (or spam), not theirs, too old, or answered. */
export type OwnRefusal = 'missing' | 'notOwner' | 'window' | 'replies';
type ChangeableComment = { articleId: number; status: CommentStatus };

/** The author's comment as it is inside the transaction, or why they may not change it. */
function changeableIn(tx: Tx, id: number, userId: string, editableSince: Date): { ok: true; comment: ChangeableComment } | { ok: false; reason: OwnRefusal } {
  const row = tx
    .select({ articleId: comments.articleId, userId: comments.userId, status: comments.status, createdAt: comments.createdAt, hasReplies })
    .from(comments)
    .where(eq(comments.id, id))
    .get();
  if (!row || row.status === 'trash' || row.status === 'spam') return { ok: false, reason: 'missing' };
  if (row.userId !== userId) return { ok: false, reason: 'notOwner' };
  if (row.createdAt.getTime() < editableSince.getTime()) return { ok: false, reason: 'window' };
  if (row.hasReplies) return { ok: false, reason: 'replies' };
  return { ok: true, comment: { articleId: row.articleId, status: row.status } };
}

export type EditContext = { status: CommentStatus; rules: ModerationSettings; approvedByAuthor: number };

/**
 * An author's edit: the ownership checks, the moderation decision (`decide`, on the rules and the
 * author's record as they are now), the new text and status and the article's count, in one
 * transaction. A comment the decision holds leaves public view in the same step as its new text.
 */
export async function reviseOwnComment(
  input: { id: number; userId: string; body: string; editableSince: Date },
  decide: (context: EditContext) => CommentStatus,
): Promise<{ ok: false; reason: OwnRefusal } | { ok: true; articleId: number; from: CommentStatus; to: CommentStatus }> {
  return db().transaction((tx) => {
    const check = changeableIn(tx, input.id, input.userId, input.editableSince);
    if (!check.ok) return check;
    const { articleId, status: from } = check.comment;
    const approvedByAuthor =
      tx.select({ n: count() }).from(comments).where(and(eq(comments.userId, input.userId), eq(comments.status, 'approved'))).get()?.n ?? 0;
    const to = decide({ status: from, rules: moderationSettingsIn(tx), approvedByAuthor });
    tx.update(comments)
      .set({ body: input.body, editedAt: new Date(), status: to, ...(to === from ? {} : { previousStatus: null }) })
      .where(eq(comments.id, input.id))
      .run();
    if (from !== to) recountApproved(tx, [articleId]);
    return { ok: true as const, articleId, from, to };
  });
}

/** An author deletes their comment: to the trash (remembering where it was) with the count, at once. */
export async function trashOwnComment(input: {
  id: number;
  userId: string;
  editableSince: Date;
}): Promise<{ ok: false; reason: OwnRefusal } | { ok: true; articleId: number; from: CommentStatus }> {
  return db().transaction((tx) => {
    const check = changeableIn(tx, input.id, input.userId, input.editableSince);
    if (!check.ok) return check;
    tx.update(comments).set({ previousStatus: check.comment.status, status: 'trash' }).where(eq(comments.id, input.id)).run();
    recountApproved(tx, [check.comment.articleId]);
    return { ok: true as const, articleId: check.comment.articleId, from: check.comment.status };
  });
}
