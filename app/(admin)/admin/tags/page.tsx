import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { TagRow } from '@/components/admin/taxonomy/tag-row';
import { SLUG_HINT, TaxonomyForm } from '@/components/admin/taxonomy/taxonomy-form';
import { Pagination } from '@/components/site/pagination';
import { listTagsForAdmin } from '@/db/queries/taxonomy-admin';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { adminPageAccess, adminPaths, withQuery } from '@/lib/admin/paths';
import { tagFilterSchema } from '@/lib/validation/taxonomy';
import { tagAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'الوسوم' };

const PER_PAGE = 20;

export default async function TagsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.tags, searchParams, tagFilterSchema);
  if (!opened) return <SignInRequired />;
  const { filter, flash } = opened;
  const list = listTagsForAdmin({ q: filter.q, page: filter.page, perPage: PER_PAGE });
  const link = (page: number) => withQuery(adminPaths.tags, { q: filter.q, page: page > 1 ? page : undefined });
  const here = link(filter.page);
  return (
    <ActionScope action={tagAction} initial={flash}>
      <h1 className="admin-title">الوسوم</h1>
      <p className="admin-lead">دمج وسمين ينقل مقالات الأول إلى الثاني ثم يحذف الأول. حذف وسم يزيله عن مقالاته ولا يمسّ المقالات.</p>
      <ActionMessage />
      <section className="admin-panel" aria-labelledby="new-tag">
        <h2 id="new-tag">وسم جديد</h2>
        <TaxonomyForm
          target="create"
          intent="create"
          fields={[
            { name: 'name', label: 'الاسم' },
            { name: 'slug', label: 'المعرّف في الرابط', hint: SLUG_HINT },
          ]}
          saved={{}}
          submit="إضافة الوسم"
          returnTo={here}
        />
      </section>
      <form method="get" action={adminPaths.tags} className="admin-filters" role="search" aria-label="البحث في الوسوم">
        <div className="admin-field">
          <label htmlFor="tags-q">اسم الوسم</label>
          <input id="tags-q" name="q" type="search" defaultValue={filter.q} dir="auto" />
        </div>
        <button type="submit" className="admin-button">
          بحث
        </button>
      </form>
      {list.items.length === 0 ? (
        <p className="admin-empty-list">{filter.q ? 'لا توجد وسوم تطابق البحث.' : 'لا توجد وسوم بعد.'}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">الوسوم</caption>
            <thead>
              <tr>
                <th scope="col">الوسم</th>
                <th scope="col">المعرّف في الرابط</th>
                <th scope="col">المقالات</th>
                <th scope="col">إجراءات</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((t) => (
                <TagRow key={`${t.id}-${t.name}-${t.slug}`} tag={t} returnTo={here} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageCount={list.pageCount} pathFor={link} />
    </ActionScope>
  );
}
