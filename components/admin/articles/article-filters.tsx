import type { ArticleStatus } from '@/db/schema';
import { adminPaths, withQuery } from '@/lib/admin/paths';

type Props = {
  status: ArticleStatus;
  q?: string;
  sectionId?: number;
  authorId?: number;
  sections: { id: number; name: string }[];
  /** null: the viewer sees only their own articles, so no author filter. */
  authors: { id: number; name: string }[] | null;
};

/** Search by title, filter by section and author: a plain GET form that keeps the tab. */
export function ArticleFilters({ status, q, sectionId, authorId, sections, authors }: Props) {
  const filtered = Boolean(q || sectionId || authorId);
  return (
    <form method="get" action={adminPaths.articles} className="admin-filters article-filters" role="search" aria-label="البحث في المقالات">
      <input type="hidden" name="status" value={status} />
      <div className="admin-field">
        <label htmlFor="articles-q">عنوان المقال</label>
        <input id="articles-q" name="q" type="search" defaultValue={q} dir="auto" />
      </div>
      <div className="admin-field">
        <label htmlFor="articles-section">القسم</label>
        <select id="articles-section" name="section" defaultValue={sectionId ? String(sectionId) : ''}>
          <option value="">كل الأقسام</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {authors && (
        <div className="admin-field">
          <label htmlFor="articles-author">الكاتب</label>
          <select id="articles-author" name="author" defaultValue={authorId ? String(authorId) : ''}>
            <option value="">كل الكتّاب</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="admin-button">
        بحث
      </button>
      {filtered && <a href={withQuery(adminPaths.articles, { status })}>مسح البحث</a>}
    </form>
  );
}
