'use server';

import { refresh } from 'next/cache';
import { deleteArticle, findArticleTrace, setArticleStatus, type ArticleTrace } from '@/db/queries/articles-admin';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { requireAdminAction } from '@/lib/admin/guard';
import { messages, newsroomMessages } from '@/lib/admin/messages';
import { adminPaths, adminReturnTo } from '@/lib/admin/paths';
import { articleWriteTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import { formResult } from '@/lib/forms/flash';
import { may } from '@/lib/newsroom/policy';
import { publishNowTime } from '@/lib/newsroom/publish-time';
import { scheduleChanged } from '@/lib/scheduler/hub';
import { articleRowActionSchema } from '@/lib/validation/article';
import { articleCommentsAction } from './actions';

function readerPagesChanged(article: ArticleTrace, to: ArticleTrace['status'] | null) {
  if (article.status === 'published' || to === 'published') {
    expireTags(...articleWriteTags({ id: article.id, sectionIds: [article.sectionId], tagIds: article.tagIds, authorIds: [article.authorId] }));
  }
  if (article.status === 'scheduled' || to === 'scheduled') scheduleChanged();
}

/**
 * Every form of the articles list: publish, unpublish, delete (after its confirmation step) and,
 * without an intent, the comments switch (articleCommentsAction, as before).
 */
export async function articleListAction(state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  if (!form.get('intent')) return articleCommentsAction(state, form);
  const returnTo = adminReturnTo(form.get('returnTo'), adminPaths.articles);
  const auth = await requireAdminAction('write', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);
  const parsed = articleRowActionSchema.safeParse(formFields(form, ['intent', 'id']));
  if (!parsed.success) return formResult<AdminFormState>({ ok: false, message: messages.invalid }, returnTo);
  const { intent, id } = parsed.data;
  const article = await findArticleTrace(id);
  if (!article) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.missing }, returnTo);
  if (!may(auth.user, intent, article)) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.forbiddenAction }, returnTo);

  let done: boolean;
  let message: string;
  if (intent === 'delete') {
    done = deleteArticle(auth.user.id, article);
    message = newsroomMessages.deleted(article.title);
    if (done) readerPagesChanged(article, null);
  } else {
    const to = intent === 'publish' ? 'published' : 'draft';
    const at = intent === 'publish' ? publishNowTime(article.publishedAt, new Date()) : article.publishedAt;
    done = setArticleStatus(auth.user.id, article, to, at);
    message = intent === 'publish' ? newsroomMessages.published(article.title) : newsroomMessages.unpublished(article.title);
    if (done) readerPagesChanged(article, to);
  }
  if (!done) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.unchangedStatus }, returnTo);
  refresh();
  return formResult<AdminFormState>({ ok: true, message }, returnTo);
}
