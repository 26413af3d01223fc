import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { SectionRow } from '@/components/admin/taxonomy/section-row';
import { SLUG_HINT, TaxonomyForm } from '@/components/admin/taxonomy/taxonomy-form';
import { listSectionsForAdmin } from '@/db/queries/taxonomy-admin';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { noFilterSchema } from '@/lib/validation/taxonomy';
import { sectionAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'الأقسام' };

export default async function SectionsPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.sections, searchParams, noFilterSchema);
  if (!opened) return <SignInRequired />;
  const sections = listSectionsForAdmin();
  const here = adminPaths.sections;
  return (
    <ActionScope action={sectionAction} initial={opened.flash}>
      <h1 className="admin-title">الأقسام</h1>
      <p className="admin-lead">تظهر الأقسام في قائمة الموقع بهذا الترتيب. لا يُحذف قسم ما دامت فيه مقالات.</p>
      <ActionMessage />
      <section className="admin-panel" aria-labelledby="new-section">
        <h2 id="new-section">قسم جديد</h2>
        <TaxonomyForm
          target="create"
          intent="create"
          fields={[
            { name: 'name', label: 'الاسم' },
            { name: 'slug', label: 'المعرّف في الرابط', hint: SLUG_HINT },
          ]}
          saved={{}}
          submit="إضافة القسم"
          returnTo={here}
        />
      </section>
      {sections.length === 0 ? (
        <p className="admin-empty-list">لا توجد أقسام بعد.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">الأقسام</caption>
            <thead>
              <tr>
                <th scope="col">الترتيب</th>
                <th scope="col">القسم</th>
                <th scope="col">المعرّف في الرابط</th>
                <th scope="col">المقالات</th>
                <th scope="col">إجراءات</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s, i) => (
                <SectionRow key={`${s.id}-${s.position}-${s.slug}`} section={s} first={i === 0} last={i === sections.length - 1} returnTo={here} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ActionScope>
  );
}
