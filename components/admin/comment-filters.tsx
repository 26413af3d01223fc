import type { CommentStatus } from '@/db/schema';
import { adminPaths, withQuery } from '@/lib/admin/paths';

type Props = {
  status: CommentStatus | 'all';
  q?: string;
  author?: string;
  articleId?: number;
  articles: { id: number; title: string }[];
};

/** Search by text and author, filter by article: a plain GET form. */
export function CommentFilters({ status, q, author, articleId, articles }: Props) {
  const filtered = Boolean(q || author || articleId);
  return (
    <form method="get" action={adminPaths.comments} className="admin-filters" role="search" aria-label="البحث في التعليقات">
      {status !== 'all' && <input type="hidden" name="status" value={status} />}
      <div className="admin-field">
        <label htmlFor="filter-q">كلمات من التعليق</label>
        <input id="filter-q" name="q" type="search" defaultValue={q} dir="auto" />
      </div>
      <div className="admin-field">
        <label htmlFor="filter-author">الكاتب (الاسم أو البريد)</label>
        <input id="filter-author" name="author" type="search" defaultValue={author} dir="auto" />
      </div>
      <div className="admin-field">
        <label htmlFor="filter-article">المقال</label>
        <select id="filter-article" name="article" defaultValue={articleId ? String(articleId) : ''}>
          <option value="">كل المقالات</option>
          {articleId && !articles.some((a) => a.id === articleId) && <option value={articleId}>المقال رقم {articleId}</option>}
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="admin-button">
        بحث
      </button>
      {filtered && <a href={withQuery(adminPaths.comments, { status: status === 'all' ? undefined : status })}>مسح البحث</a>}
    </form>
  );
}
