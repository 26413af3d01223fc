import 'server-only';
import { findPublishedArticle } from '@/db/queries/articles';
import {
  countApprovedByUser,
  findComment,
  findLatestCommentTime,
  insertComment,
  isDuplicateComment,
  trashComment,
  updateCommentBody,
} from '@/db/queries/comments';
import { readModerationSettings } from '@/db/queries/settings';
import type { AccountUser } from '@/db/queries/users';
import { hasRole } from '@/lib/auth/guards';
import { cacheTags } from '@/lib/cache-tags';
import { fieldErrors, type FieldErrors } from '@/lib/validation/auth';
import { editCommentSchema, newCommentSchema } from '@/lib/validation/comment';
import { EDIT_WINDOW_MS, FLOOD_SECONDS } from './limits';
import { commentsOpen, decideStatus } from './moderation';
import { expireTags } from '@/lib/cache/expire';


export type CommentFailure = { ok: false; status: number; message: string; errors?: FieldErrors };
export type PostedComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
  status: 'approved' | 'pending' | 'spam' | 'trash';
};

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
  notYours: 'لا يمكنك تعديل تعليق كتبه غيرك.',
  editWindow: 'انتهت مهلة التعديل: يمكن تعديل التعليق أو حذفه خلال عشر دقائق من نشره فقط.',
  hasReplies: 'لا يمكن تعديل تعليق أو حذفه بعد أن رُدّ عليه.',
  commentMissing: 'هذا التعليق غير موجود.',
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
  const { articleId, body } = parsed.data;
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

  const staff = hasRole(user, 'moderator');
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
    status: verdict.status,
    ipHash: meta.ipHash,
    userAgent: meta.userAgent?.slice(0, 255) ?? null,
  });
  if (verdict.status === 'approved') revalidateComments(articleId);
  return {
    ok: true,
    comment: { id: row.id, parentId, authorName: user.name, body, createdAt: row.createdAt, status: verdict.status },
  };
}

type OwnCheck = { ok: true; comment: NonNullable<Awaited<ReturnType<typeof findComment>>> } | CommentFailure;

/** An author may change a comment for ten minutes, and not once it has a reply. */
async function ownChangeableComment(user: AccountUser, id: number): Promise<OwnCheck> {
  const comment = await findComment(id);
  if (!comment || comment.status === 'trash' || comment.status === 'spam') return fail(404, messages.commentMissing);
  if (comment.userId !== user.id) return fail(403, messages.notYours);
  if (Date.now() - comment.createdAt.getTime() > EDIT_WINDOW_MS) return fail(403, messages.editWindow);
  if (comment.hasReplies) return fail(409, messages.hasReplies);
  return { ok: true, comment };
}

export async function editOwnComment(user: AccountUser, input: unknown) {
  const parsed = editCommentSchema.safeParse(input);
  if (!parsed.success) return fail(422, messages.invalid, fieldErrors(parsed.error));
  const check = await ownChangeableComment(user, parsed.data.id);
  if (!check.ok) return check;
  await updateCommentBody(parsed.data.id, parsed.data.body);
  if (check.comment.status === 'approved') revalidateComments(check.comment.articleId);
  return { ok: true as const, body: parsed.data.body };
}

export async function deleteOwnComment(user: AccountUser, id: number) {
  const check = await ownChangeableComment(user, id);
  if (!check.ok) return check;
  await trashComment(id, check.comment.articleId);
  if (check.comment.status === 'approved') revalidateComments(check.comment.articleId);
  return { ok: true as const };
}

/** Readers see an approved comment on their very next request. */
export function revalidateComments(articleId: number): void {
  expireTags(cacheTags.comments(articleId));
}
