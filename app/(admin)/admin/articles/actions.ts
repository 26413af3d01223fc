'use server';

import { refresh } from 'next/cache';
import { findArticleForModeration, setArticleCommentsOpen } from '@/db/queries/articles-admin';
import { requireAdminAction } from '@/lib/admin/guard';
import { formResult } from '@/lib/forms/flash';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { messages } from '@/lib/admin/messages';
import { adminPaths, adminReturnTo } from '@/lib/admin/paths';
import { cacheTags } from '@/lib/cache-tags';
import { articleActionSchema } from '@/lib/validation/admin';
import { expireTags } from '@/lib/cache/expire';

/** Opens or closes comments on one article (moderators and admins). */
export async function articleCommentsAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  const returnTo = adminReturnTo(form.get('returnTo'), adminPaths.articles);
  const auth = await requireAdminAction('moderate', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);

  const parsed = articleActionSchema.safeParse(formFields(form, ['id', 'open']));
  if (!parsed.success) return formResult<AdminFormState>({ ok: false, message: messages.articleMissing }, returnTo);
  const article = await findArticleForModeration(parsed.data.id);
  if (!article) return formResult<AdminFormState>({ ok: false, message: messages.articleMissing }, returnTo);
  const open = parsed.data.open === '1';
  if (!(await setArticleCommentsOpen(auth.user.id, article.id, open))) {
    return formResult<AdminFormState>({ ok: false, message: messages.articleUnchanged }, returnTo);
  }
  expireTags(cacheTags.article(article.id));
  refresh();
  return formResult<AdminFormState>(
    { ok: true, message: open ? messages.articleOpened(article.title) : messages.articleClosed(article.title) },
    returnTo,
  );
}
