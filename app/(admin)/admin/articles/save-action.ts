'use server';

import { redirect } from 'next/navigation';
import { createArticle, findArticleForEdit, updateArticle, type Footprint } from '@/db/queries/article-edit';
import { formFields } from '@/lib/admin/form-state';
import { requireAdminAction } from '@/lib/admin/guard';
import { newsroomMessages } from '@/lib/admin/messages';
import { adminPaths } from '@/lib/admin/paths';
import { fieldErrors } from '@/lib/validation/auth';
import { articleWriteTags } from '@/lib/cache-tags';
import { expireTags } from '@/lib/cache/expire';
import { formResult } from '@/lib/forms/flash';
import type { ArticleFormState } from '@/lib/newsroom/form-state';
import { articleEditPath } from '@/lib/newsroom/paths';
import { choosesAuthor, may, mayCreate, statusChoices } from '@/lib/newsroom/policy';
import { statusChange } from '@/lib/newsroom/transitions';
import { scheduleChanged } from '@/lib/scheduler/hub';
import { articleFormFields, articleFieldMessages, articleFormSchema } from '@/lib/validation/article';
import { buildArticleWrite } from './article-input';

function refused(status: number, message: string, values: Record<string, string>, errors?: Record<string, string>): ArticleFormState {
  return { ok: false, status, message, errors, values, target: 'article' };
}

/** What the form keeps after a refusal (the body stays in the browser's editor: too large to send back). */
function keptValues(raw: Record<string, string | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (key !== 'bodyJson' && value !== undefined) values[key] = value;
  return values;
}

/** After a write: reader pages that showed or now show the article, and the scheduler's timer. */
function announce(id: number, before: Footprint | null, after: Footprint) {
  const change = statusChange(before, after);
  if (change.public) {
    expireTags(
      ...articleWriteTags({
        id,
        sectionIds: [after.sectionId, ...(before ? [before.sectionId] : [])],
        tagIds: [...new Set([...after.tagIds, ...(before?.tagIds ?? [])])],
        authorIds: [after.authorId, ...(before ? [before.authorId] : [])],
      }),
    );
  }
  if (change.reschedule) scheduleChanged();
}

/** Creates or saves an article from the editor screen. */
export async function saveArticleAction(_state: ArticleFormState | null, form: FormData): Promise<ArticleFormState | null> {
  const rawId = form.get('id');
  const id = typeof rawId === 'string' && /^\d{1,10}$/.test(rawId) ? Number(rawId) : null;
  const returnTo = id ? articleEditPath(id) : adminPaths.articleNew;
  const auth = await requireAdminAction('write', returnTo);
  const raw = formFields(form, articleFormFields);
  const values = keptValues(raw);
  if (!auth.ok) return formResult(refused(403, auth.message, values), returnTo);
  const user = auth.user;

  const existing = id ? await findArticleForEdit(id) : null;
  if (id && !existing) return formResult(refused(404, newsroomMessages.missing, values), returnTo);
  if (existing ? !may(user, 'edit', existing) : !mayCreate(user)) {
    return formResult(refused(403, newsroomMessages.forbiddenEdit, values), returnTo);
  }

  const parsed = articleFormSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error) as Record<string, string>;
    const tooLarge = errors.bodyJson === articleFieldMessages.bodyLarge;
    return formResult(refused(tooLarge ? 413 : 422, tooLarge ? newsroomMessages.bodyTooLarge : newsroomMessages.invalidForm, values, errors), returnTo);
  }
  const data = parsed.data;
  if (!statusChoices(user).includes(data.status)) {
    return formResult(refused(403, newsroomMessages.forbiddenStatus, values, { status: newsroomMessages.forbiddenStatus }), returnTo);
  }
  const authorId = choosesAuthor(user) ? (data.authorId ?? existing?.authorId ?? null) : (existing?.authorId ?? null);
  const now = new Date();
  const built = await buildArticleWrite(data, data.status, authorId, existing, now);
  if (!built.ok) {
    return formResult(refused(built.status, built.status === 413 ? newsroomMessages.bodyTooLarge : newsroomMessages.invalidForm, values, { [built.field]: built.message }), returnTo);
  }
  const revisionKind = data.status === 'published' && existing?.status !== 'published' ? 'publish' : 'save';
  const actor = { id: user.id, name: user.name };

  if (!existing) {
    const created = createArticle(actor, built.write, revisionKind, now);
    if (!created.ok) return formResult(refusal(created.reason, values), returnTo);
    announce(created.id, null, created.after);
    redirect(`${articleEditPath(created.id)}?created=1`);
  }

  const saved = updateArticle(actor, existing.id, data.version, built.write, revisionKind, now);
  if (!saved.ok) return formResult(refusal(saved.reason, values), returnTo);
  announce(existing.id, saved.before, saved.after);
  return formResult<ArticleFormState>(
    { ok: true, status: 200, message: newsroomMessages.saved[data.status], version: saved.version, slug: built.write.slug, articleStatus: data.status, target: 'article' },
    returnTo,
  );
}

function refusal(reason: 'missing' | 'conflict' | 'section' | 'author', values: Record<string, string>): ArticleFormState {
  switch (reason) {
    case 'missing':
      return refused(404, newsroomMessages.missing, values);
    case 'conflict':
      return refused(409, newsroomMessages.conflict, values);
    case 'section':
      return refused(422, newsroomMessages.invalidForm, values, { sectionId: newsroomMessages.unknownSection });
    case 'author':
      return refused(422, newsroomMessages.invalidForm, values, { authorId: newsroomMessages.unknownAuthor });
  }
}
