import type { Metadata } from 'next';
import { ArticleForm } from '@/components/admin/articles/article-form';
import { ArticleLinks } from '@/components/admin/articles/article-links';
import { AutosaveOffer } from '@/components/admin/articles/autosave-offer';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { findAutosave, type Autosave } from '@/db/queries/article-autosaves';
import type { ArticleForEdit } from '@/db/queries/article-edit';
import { newsroomMessages } from '@/lib/admin/messages';
import { readFlash } from '@/lib/forms/flash';
import type { ArticleFormState } from '@/lib/newsroom/form-state';
import { articleFormProps } from '../../form-props';
import { openArticlePage } from '../../load';

export const instant = false;

export const metadata: Metadata = { title: 'تحرير مقال' };

type Query = Promise<Record<string, string | string[] | undefined>>;

/** An autosave worth offering: written after the last save, and not what was saved. */
function newerAutosave(autosave: Autosave | null, article: ArticleForEdit): Autosave | null {
  if (!autosave || autosave.updatedAt.getTime() <= article.updatedAt.getTime()) return null;
  const same = autosave.title === article.title && autosave.excerpt === article.excerpt && autosave.bodyJson === (article.bodyJson ?? '');
  return same ? null : autosave;
}

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Query }) {
  const opened = await openArticlePage(params, 'edit');
  if (!opened) return <SignInRequired />;
  const { user, article } = opened;
  const query = await searchParams;
  const autosave = newerAutosave(await findAutosave(article.id, user.id), article);
  const restoring = query.autosave === 'restore' && autosave !== null;
  const flash =
    readFlash<ArticleFormState>(query.flash) ??
    (query.created === '1'
      ? { ok: true, status: 201, message: newsroomMessages.created }
      : query.autosave === 'discarded'
        ? { ok: true, status: 200, message: newsroomMessages.autosaveDiscarded }
        : restoring
          ? { ok: true, status: 200, message: 'استُعيدت النسخة المحفوظة تلقائياً إلى النموذج. راجعها ثم احفظ المقال.' }
          : null);
  const props = await articleFormProps(user, article, flash, restoring ? autosave : null);
  return (
    <>
      <ArticleLinks article={article} current="edit" canEdit />
      <h1 className="admin-title">تحرير: {article.title}</h1>
      {autosave && !restoring && <AutosaveOffer articleId={article.id} at={autosave.updatedAt} />}
      <ArticleForm key={restoring ? 'autosave' : 'saved'} {...props} />
    </>
  );
}
