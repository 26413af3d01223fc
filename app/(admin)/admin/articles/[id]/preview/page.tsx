import type { Metadata } from 'next';
import { ArticleLinks } from '@/components/admin/articles/article-links';
import { ArticlePreview } from '@/components/admin/articles/article-preview';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { findPreviewNames } from '@/db/queries/article-edit';
import { findMediaByIds } from '@/db/queries/media';
import { articleStatusLabels } from '@/lib/admin/messages';
import { may } from '@/lib/newsroom/policy';
import { openArticlePage } from '../../load';

export const instant = false;

export const metadata: Metadata = { title: 'معاينة مقال', robots: { index: false, follow: false, nocache: true } };

/** The private preview: signed-in staff who may see the article; rendered per request, never indexed. */
export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const opened = await openArticlePage(params, 'view');
  if (!opened) return <SignInRequired />;
  const { user, article } = opened;
  const names = await findPreviewNames(article);
  const cover = article.coverMediaId ? ((await findMediaByIds([article.coverMediaId])).get(article.coverMediaId) ?? null) : null;
  return (
    <>
      <ArticleLinks article={article} current="preview" canEdit={may(user, 'edit', article)} />
      <p className="admin-notice article-preview__banner" role="note">
        معاينة خاصة ({articleStatusLabels[article.status]}): {article.status === 'published' ? 'هذه نسخة المقال المحفوظة كما يراها القرّاء.' : 'لا يراها القرّاء، ولا تظهر إلا لفريق التحرير بعد تسجيل الدخول.'}
      </p>
      <ArticlePreview article={article} section={names.section} author={names.author} cover={cover} />
    </>
  );
}
