'use server';

import { redirect } from 'next/navigation';
import { findPublishedArticle } from '@/db/queries/articles';
import { requireUser } from '@/lib/auth/guards';
import { requestMeta } from '@/lib/comments/http';
import { submitComment } from '@/lib/comments/submit';
import type { FieldErrors } from '@/lib/validation/auth';
import { articlePath, replyPath } from '@/lib/urls';

export type ReplyFormState = { message?: string; errors?: FieldErrors; body?: string };

/** The plain form post of the no-JavaScript reply page; same checks as POST /api/comments. */
export async function postCommentAction(_state: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  const body = String(form.get('body') ?? '');
  const auth = await requireUser();
  if (!auth.ok) return { message: auth.message, body };
  const input = { articleId: form.get('articleId'), parentId: form.get('parentId'), body };
  const result = await submitComment(auth.user, input, await requestMeta());
  if (!result.ok) return { message: result.message, errors: result.errors, body };
  const article = await findPublishedArticle(Number(input.articleId));
  if (!article) return { message: 'هذا المقال غير موجود أو لم يعد منشوراً.', body };
  if (result.comment.status === 'approved') redirect(`${articlePath(article)}#comment-${result.comment.id}`);
  redirect(replyPath(article).replace('#respond', `?posted=${result.comment.id}#respond`));
}
