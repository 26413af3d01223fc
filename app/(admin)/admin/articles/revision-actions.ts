'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteAutosave } from '@/db/queries/article-autosaves';
import { findArticleForEdit } from '@/db/queries/article-edit';
import { findRevision, restoreRevision } from '@/db/queries/article-revisions';
import { findArticleTrace } from '@/db/queries/articles-admin';
import { formFields, type AdminFormState } from '@/lib/admin/form-state';
import { requireAdminAction } from '@/lib/admin/guard';
import { messages, newsroomMessages } from '@/lib/admin/messages';
import { adminPaths } from '@/lib/admin/paths';
import { articleWriteTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import { formResult } from '@/lib/forms/flash';
import { articleEditPath, articleRevisionsPath } from '@/lib/newsroom/paths';
import { may } from '@/lib/newsroom/policy';
import { bodyMediaIds } from '@/lib/rich-text/render';
import { revisionRestoreSchema } from '@/lib/validation/article';

/** Puts an earlier revision back as a new version of the article. */
export async function restoreRevisionAction(_state: AdminFormState | null, form: FormData): Promise<AdminFormState | null> {
  const parsed = revisionRestoreSchema.safeParse(formFields(form, ['id', 'revision', 'version']));
  const returnTo = parsed.success ? articleRevisionsPath(parsed.data.id) : adminPaths.articles;
  const auth = await requireAdminAction('write', returnTo);
  if (!auth.ok) return formResult<AdminFormState>(auth, returnTo);
  if (!parsed.success) return formResult<AdminFormState>({ ok: false, message: messages.invalid }, returnTo);
  const article = await findArticleForEdit(parsed.data.id);
  if (!article) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.missing }, returnTo);
  if (!may(auth.user, 'restore', article)) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.forbiddenAction }, returnTo);
  const revision = await findRevision(article.id, parsed.data.revision);
  if (!revision) return formResult<AdminFormState>({ ok: false, message: newsroomMessages.revisionMissing }, returnTo);
  const result = restoreRevision(auth.user.id, revision, parsed.data.version, revision.bodyJson ? bodyMediaIds(revision.bodyJson) : [], article.coverMediaId);
  if (!result.ok) {
    return formResult<AdminFormState>({ ok: false, message: result.reason === 'missing' ? newsroomMessages.missing : newsroomMessages.restoreConflict }, returnTo);
  }
  if (article.status === 'published') {
    const trace = await findArticleTrace(article.id);
    if (trace) expireTags(...articleWriteTags({ id: article.id, sectionIds: [trace.sectionId], tagIds: trace.tagIds, authorIds: [trace.authorId] }));
  }
  refresh();
  return formResult<AdminFormState>({ ok: true, message: newsroomMessages.restored(result.version) }, returnTo);
}

/** Drops this person's autosaved copy of an article and reopens the editor on the saved one. */
export async function discardAutosaveAction(form: FormData): Promise<void> {
  const raw = form.get('id');
  const id = typeof raw === 'string' && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
  const returnTo = id ? articleEditPath(id) : adminPaths.articles;
  const auth = await requireAdminAction('write', returnTo);
  if (auth.ok && id) {
    const article = await findArticleTrace(id);
    if (article && may(auth.user, 'edit', article)) await deleteAutosave(id, auth.user.id);
  }
  redirect(`${returnTo}?autosave=discarded`);
}
