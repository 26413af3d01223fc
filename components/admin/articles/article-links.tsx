import type { ArticleStatus } from '@/db/schema';
import { articleStatusLabels } from '@/lib/admin/messages';
import { adminPaths } from '@/lib/admin/paths';
import { articleEditPath, articlePreviewPath, articleRevisionsPath } from '@/lib/newsroom/paths';
import { articlePath } from '@/lib/urls';

type Props = { article: { id: number; slug: string; status: ArticleStatus }; current: 'edit' | 'revisions' | 'preview'; canEdit: boolean };

/** The links above every screen of one article: back to the list, edit, preview, revisions, the live page. */
export function ArticleLinks({ article, current, canEdit }: Props) {
  return (
    <nav className="article-links" aria-label="صفحات المقال">
      <a href={adminPaths.articles}>→ المقالات</a>
      <span className={`admin-tag article-status article-status--${article.status}`}>{articleStatusLabels[article.status]}</span>
      {canEdit && current !== 'edit' && <a href={articleEditPath(article.id)}>تحرير</a>}
      {current !== 'preview' && <a href={articlePreviewPath(article.id)}>معاينة</a>}
      {current !== 'revisions' && <a href={articleRevisionsPath(article.id)}>سجل النسخ</a>}
      {article.status === 'published' && <a href={articlePath(article)}>عرض في الموقع</a>}
    </nav>
  );
}
