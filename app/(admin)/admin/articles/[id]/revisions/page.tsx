import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { ArticleLinks } from '@/components/admin/articles/article-links';
import { RevisionsList } from '@/components/admin/articles/revisions-list';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { listRevisions } from '@/db/queries/article-revisions';
import type { AdminFormState } from '@/lib/admin/form-state';
import { readFlash } from '@/lib/forms/flash';
import { may } from '@/lib/newsroom/policy';
import { restoreRevisionAction } from '../../revision-actions';
import { openArticlePage } from '../../load';

export const instant = false;

export const metadata: Metadata = { title: 'سجل نسخ المقال' };

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const opened = await openArticlePage(params, 'view');
  if (!opened) return <SignInRequired />;
  const { user, article } = opened;
  const flash = readFlash<AdminFormState>((await searchParams).flash) ?? null;
  const revisions = await listRevisions(article.id);
  return (
    <ActionScope action={restoreRevisionAction} initial={flash}>
      <ArticleLinks article={article} current="revisions" canEdit={may(user, 'edit', article)} />
      <h1 className="admin-title">سجل النسخ: {article.title}</h1>
      <p className="admin-lead">كل حفظ ونشر واستعادة نسخةٌ هنا، مع من قام به ومتى. استعادة نسخة تضيف نسخة جديدة ولا تحذف شيئاً.</p>
      <ActionMessage />
      <RevisionsList articleId={article.id} version={article.version} revisions={revisions} canRestore={may(user, 'restore', article)} />
    </ActionScope>
  );
}
