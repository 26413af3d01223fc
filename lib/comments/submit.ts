import 'server-only';
import { findPublishedArticle } from '@/db/queries/articles';
import {
  countApprovedByUser,
  findComment,
  findLatestCommentTime,
  insertComment,
  isDuplicateComment,
  reviseOwnComment,
  trashOwnComment,
  type OwnComment,
  type OwnRefusal,
} from '@/db/queries/comments';
import { readModerationSettings } from '@/db/queries/settings';
import type { AccountUser } from '@/db/queries/users';
import type { CommentStatus } from '@/db/schema';
import { can } from '@/lib/auth/guards';
import { cacheTags } from '@/lib/cache-tags';
import { fieldErrors, type FieldErrors } from '@/lib/validation/auth';
import { editCommentSchema, newCommentSchema } from '@/lib/validation/comment';
import { EDIT_WINDOW_MS, FLOOD_SECONDS } from './limits';
import { commentsOpen, decideStatus } from './moderation';
import { expireTags } from '@/lib/cache/expire';
import { noticePendingComments } from './pending-notices';
import { noticeApprovedReplies } from './reply-notices';

export type CommentFailure = { ok: false; status: number; message: string; errors?: FieldErrors };
export type PostedComment = Omit<OwnComment, 'hasReplies'>;

const fail = (status: number, message: string, errors?: FieldErrors): CommentFailure => ({
  ok: false,
  status,
  message,
  errors,
});

export const messages = {
  invalid: 'تعذّر نشر التعليق. راجع ما كتبته.',
  articleMissing: 'هذا المقال غير موجود أو لم يعد منشوراً.',
  closed: 'التعليقات مغلقة على هذا المقال.',
  parentInvalid: 'لا يمكن الرد على هذا التعليق: لم يعد متاحاً.',
  flood: 'أنت تنشر التعليقات بسرعة كبيرة. تمهّل قليلاً.',
  duplicate: 'يبدو أنك قلت هذا من قبل!',
  editWindow: 'انتهت مهلة التعديل: يمكن تعديل التعليق أو حذفه خلال عشر دقائق من نشره فقط.',
  hasReplies: 'لا يمكن تعديل تعليق أو حذفه بعد أن رُدّ عليه.',
  commentMissing: 'هذا التعليق غير موجود.',
  editHeld: 'حُفظ التعديل، وسيظهر تعليقك للقرّاء بعد أن يراجعه المشرفون.',
};

type Meta = { ip: string | null; ipHash: string | null; userAgent: string | null };

/** The whole write path of a new comment; the caller has established who `user` is. */
export async function submitComment(
  user: AccountUser,
  input: unknown,
  meta: Meta,
): Promise<{ ok: true; comment: PostedComment } | CommentFailure> {
  const parsed = newCommentSchema.safeParse(input);
  if (!parsed.success) return fail(422, messages.invalid, fieldErrors(parsed.error));
  const { articleId, body, notifyReplies } = parsed.data;
  const parentId = parsed.data.parentId ?? null;

  const article = await findPublishedArticle(articleId);
  if (!article) return fail(404, messages.articleMissing);
  const rules = await readModerationSettings();
  if (!commentsOpen(article, rules)) return fail(403, messages.closed);

  if (parentId !== null) {
    const parent = await findComment(parentId);
    if (!parent || parent.articleId !== articleId || parent.status !== 'approved') {
      return fail(422, messages.parentInvalid, { parentId: messages.parentInvalid });
    }
  }

  const staff = can(user, 'moderate');
  const last = staff ? null : await findLatestCommentTime(user.id);
  if (last && Date.now() - last.getTime() < FLOOD_SECONDS * 1000) return fail(429, messages.flood);
  if (await isDuplicateComment({ userId: user.id, articleId, parentId, body })) {
    return fail(409, messages.duplicate, { body: messages.duplicate });
  }

  const verdict = decideStatus(
    {
      body,
      authorRole: user.role,
      authorEmail: user.email,
      authorName: user.name,
      ip: meta.ip,
      approvedBefore: staff ? 1 : await countApprovedByUser(user.id),
    },
    rules,
  );
  const row = await insertComment({
    articleId,
    parentId,
    userId: user.id,
    body,
    notifyReplies,
    status: verdict.status,
    ipHash: meta.ipHash,
    userAgent: meta.userAgent?.slice(0, 255) ?? null,
  });
  if (verdict.status === 'approved') {
    revalidateComments(articleId);
    if (parentId !== null) await noticeApprovedReplies([row.id]);
  }
  if (verdict.status === 'pending') noticePendingComments(row.id);
  return {
    ok: true,
    comment: { id: row.id, parentId, authorName: user.name, body, createdAt: row.createdAt, status: verdict.status },
  };
}

// Someone else's comment is answered exactly as a missing one: the answer must not tell which ids exist.
const refusals: Record<OwnRefusal, CommentFailure> = {
  missing: fail(404, messages.commentMissing),
  notOwner: fail(404, messages.commentMissing),
  window: fail(403, messages.editWindow),
  replies: fail(409, messages.hasReplies),
};

/** An author may change a comment for ten minutes, and not once it has a reply. */
const editableSince = () => new Date(Date.now() - EDIT_WINDOW_MS);

// An edit can hold a comment again, never release one: a moderator's "unapprove" outlives any edit.
const strictness: Record<CommentStatus, number> = { approved: 0, pending: 1, spam: 2, trash: 3 };
const stricter = (a: CommentStatus, b: CommentStatus) => (strictness[a] >= strictness[b] ? a : b);

export type EditedComment = { ok: true; body: string; status: 'approved' | 'pending'; message?: string };

/**
 * The author's edit passes the moderation rules again, as a new comment would, in the transaction
 * that saves it: approved "شكراً" turned into spam with links leaves public view there and then.
 */
export async function editOwnComment(user: AccountUser, input: unknown, meta: Pick<Meta, 'ip'>): Promise<EditedComment | CommentFailure> {
  const parsed = editCommentSchema.safeParse(input);
  if (!parsed.success) return fail(422, messages.invalid, fieldErrors(parsed.error));
  const { id, body } = parsed.data;
  const result = await reviseOwnComment({ id, userId: user.id, body, editableSince: editableSince() }, (now) => {
    const verdict = decideStatus(
      { body, authorRole: user.role, authorEmail: user.email, authorName: user.name, ip: meta.ip, approvedBefore: now.approvedByAuthor },
      now.rules,
    );
    return stricter(now.status, verdict.status);
  });
  if (!result.ok) return refusals[result.reason];
  if (result.from === 'approved') revalidateComments(result.articleId, { count: result.to !== 'approved' });
  // Spam is not named to its author: like a held comment, it awaits a moderator.
  return result.to === 'approved'
    ? { ok: true, body, status: 'approved' }
    : { ok: true, body, status: 'pending', message: messages.editHeld };
}

export async function deleteOwnComment(user: AccountUser, id: number): Promise<{ ok: true } | CommentFailure> {
  const result = await trashOwnComment({ id, userId: user.id, editableSince: editableSince() });
  if (!result.ok) return refusals[result.reason];
  if (result.from === 'approved') revalidateComments(result.articleId);
  return { ok: true };
}

/**
 * Readers see the change on their very next request: the article's comments and, unless only a
 * text changed (`count: false`), the article itself, which carries the approved comment count.
 */
export function revalidateComments(articleId: number, { count = true }: { count?: boolean } = {}): void {
  if (count) expireTags(cacheTags.comments(articleId), cacheTags.article(articleId));
  else expireTags(cacheTags.comments(articleId));
}
