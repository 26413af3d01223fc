import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { AdminDate } from '@/components/admin/admin-date';
import { ArticleCommentsSwitch } from '@/components/admin/article-comments-switch';
import { Pagination } from '@/components/site/pagination';
import { listArticlesForModeration } from '@/db/queries/articles-admin';
import { formatNumber } from '@/lib/arabic/numbers';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';
import { articlePath } from '@/lib/urls';
import { articleFilterSchema } from '@/lib/validation/admin';
import { articleCommentsAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'المقالات والتعليقات' };

const PER_PAGE = 30;

export default async function ArticlesPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.articles, searchParams, articleFilterSchema);
  if (!opened) return <SignInRequired />;
  const { filter, flash } = opened;
  const list = await listArticlesForModeration({ q: filter.q, closed: filter.closed === '1', page: filter.page, perPage: PER_PAGE });
  const link = (page: number) =>
    withQuery(adminPaths.articles, { q: filter.q, closed: filter.closed, page: page > 1 ? page : undefined });
  const here = link(filter.page);

  return (
    <ActionScope action={articleCommentsAction} initial={flash}>
      <h1 className="admin-title">المقالات والتعليقات</h1>
      <p className="admin-lead">افتح التعليقات أو أغلقها على كل مقال. المقالات المغلقة تبقي تعليقاتها المعتمدة ظاهرة، ولا تقبل تعليقات جديدة.</p>
      <ActionMessage />
      <form method="get" action={adminPaths.articles} className="admin-filters" role="search" aria-label="البحث في المقالات">
        <div className="admin-field">
          <label htmlFor="articles-q">عنوان المقال</label>
          <input id="articles-q" name="q" type="search" defaultValue={filter.q} dir="auto" />
        </div>
        <label className="admin-check">
          <input type="checkbox" name="closed" value="1" defaultChecked={filter.closed === '1'} /> المغلقة فقط
        </label>
        <button type="submit" className="admin-button">
          بحث
        </button>
      </form>
      {list.items.length === 0 ? (
        <p className="admin-empty-list">لا توجد مقالات تطابق البحث.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">المقالات</caption>
            <thead>
              <tr>
                <th scope="col">المقال</th>
                <th scope="col">تاريخ النشر</th>
                <th scope="col">معتمدة</th>
                <th scope="col">بانتظار المراجعة</th>
                <th scope="col">التعليقات</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((a) => (
                <tr key={a.id} data-article-id={a.id}>
                  <td>
                    {a.status === 'published' ? <a href={articlePath(a)}>{a.title}</a> : <span>{a.title} (مسودة)</span>}
                  </td>
                  <td>{a.publishedAt ? <AdminDate date={a.publishedAt} /> : '—'}</td>
                  <td>
                    <a href={withQuery(adminPaths.comments, { status: 'approved', article: a.id })}>{formatNumber(a.approved)}</a>
                  </td>
                  <td>
                    <a href={withQuery(adminPaths.comments, { status: 'pending', article: a.id })}>{formatNumber(a.pending)}</a>
                  </td>
                  <td>
                    <span className={a.commentsOpen ? 'admin-tag' : 'admin-tag admin-tag--danger'}>{a.commentsOpen ? 'مفتوحة' : 'مغلقة'}</span>
                    <ArticleCommentsSwitch id={a.id} open={a.commentsOpen} returnTo={here} title={a.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageCount={list.pageCount} pathFor={link} />
    </ActionScope>
  );
}
