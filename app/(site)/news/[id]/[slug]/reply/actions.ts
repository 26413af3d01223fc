'use server';

import { redirect } from 'next/navigation';
import { findPublishedArticle } from '@/db/queries/articles';
import { requireUser } from '@/lib/auth/guards';
import { requestMeta } from '@/lib/comments/http';
import { commentPermalink } from '@/lib/comments/permalinks';
import { submitComment } from '@/lib/comments/submit';
import { formResult } from '@/lib/forms/flash';
import { parseIdParam } from '@/lib/page-param';
import type { FieldErrors } from '@/lib/validation/auth';
import { replyPath } from '@/lib/urls';

export type ReplyFormState = { message?: string; errors?: FieldErrors; body?: string; notify?: boolean };

/** The plain form post of the no-JavaScript reply page; same checks as POST /api/comments. */
export async function postCommentAction(_state: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  const body = String(form.get('body') ?? '');
  const notify = form.get('notifyReplies') === 'on';
  const article = await findPublishedArticle(parseIdParam(String(form.get('articleId'))) ?? 0);
  if (!article) return { message: 'هذا المقال غير موجود أو لم يعد منشوراً.', body };
  const parentId = parseIdParam(String(form.get('parentId') ?? '')) ?? undefined;
  const back = (state: ReplyFormState) => formResult(state, replyPath(article, parentId));

  const auth = await requireUser();
  if (!auth.ok) return back({ message: auth.message, body, notify });
  const input = { articleId: article.id, parentId: form.get('parentId'), body, notifyReplies: notify };
  const result = await submitComment(auth.user, input, await requestMeta());
  if (!result.ok) return back({ message: result.message, errors: result.errors, body, notify });
  // The comment page holding it: the write expired the article's comments, so this read is fresh.
  if (result.comment.status === 'approved') redirect(await commentPermalink(article, result.comment.id));
  redirect(replyPath(article).replace('#respond', `?posted=${result.comment.id}#respond`));
}
