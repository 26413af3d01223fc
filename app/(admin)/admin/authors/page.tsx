import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { authorFields } from '@/components/admin/taxonomy/author-fields';
import { AuthorRow } from '@/components/admin/taxonomy/author-row';
import { TaxonomyForm } from '@/components/admin/taxonomy/taxonomy-form';
import { listAuthorsForAdmin } from '@/db/queries/authors-admin';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { noFilterSchema } from '@/lib/validation/taxonomy';
import { authorAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'الكتّاب' };

export default async function AuthorsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.authors, searchParams, noFilterSchema);
  if (!opened) return <SignInRequired />;
  const authors = listAuthorsForAdmin();
  const here = adminPaths.authors;
  return (
    <ActionScope action={authorAction} initial={opened.flash}>
      <h1 className="admin-title">الكتّاب</h1>
      <p className="admin-lead">الأسماء التي يقرؤها القراء تحت عناوين المقالات. اربط الكاتب بحسابه ليظهر اسمه على ما يكتبه.</p>
      <ActionMessage />
      <section className="admin-panel" aria-labelledby="new-author">
        <h2 id="new-author">كاتب جديد</h2>
        <TaxonomyForm target="create" intent="create" fields={authorFields} saved={{}} submit="إضافة الكاتب" returnTo={here} />
      </section>
      {authors.length === 0 ? (
        <p className="admin-empty-list">لا يوجد كتّاب بعد.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">الكتّاب</caption>
            <thead>
              <tr>
                <th scope="col">الكاتب</th>
                <th scope="col">المعرّف في الرابط</th>
                <th scope="col">الحساب المرتبط</th>
                <th scope="col">المقالات</th>
                <th scope="col">إجراءات</th>
              </tr>
            </thead>
            <tbody>
              {authors.map((a) => (
                <AuthorRow key={`${a.id}-${a.name}-${a.slug}-${a.accountEmail}`} author={a} returnTo={here} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ActionScope>
  );
}
