import type { Metadata } from 'next';
import { ActionMessage, ActionScope } from '@/components/admin/action-scope';
import { UserRow } from '@/components/admin/user-row';
import { Pagination } from '@/components/site/pagination';
import { listUsersForAdmin } from '@/db/queries/users-admin';
import { userRoles } from '@/db/schema';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { roleLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';
import { userFilterSchema } from '@/lib/validation/admin';
import { userAction } from './actions';

export const instant = false;

export const metadata: Metadata = { title: 'المستخدمون' };

const PER_PAGE = 30;

export default async function UsersPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.users, searchParams, userFilterSchema);
  if (!opened) return <SignInRequired />;
  const { user: me, filter, flash } = opened;
  const list = await listUsersForAdmin({ q: filter.q, role: filter.role, banned: filter.banned === '1', page: filter.page, perPage: PER_PAGE });
  const link = (page: number) =>
    withQuery(adminPaths.users, { q: filter.q, role: filter.role, banned: filter.banned, page: page > 1 ? page : undefined });
  const here = link(filter.page);

  return (
    <ActionScope action={userAction} initial={flash}>
      <h1 className="admin-title">المستخدمون</h1>
      <p className="admin-lead">
        الموقوف لا يستطيع التعليق. عند الإيقاف يمكنك إخفاء تعليقاته السابقة، فتنتقل إلى المهملات وتبقى قابلة للاستعادة.
      </p>
      <ActionMessage />
      <form method="get" action={adminPaths.users} className="admin-filters" role="search" aria-label="البحث في المستخدمين">
        <div className="admin-field">
          <label htmlFor="users-q">الاسم أو البريد الإلكتروني</label>
          <input id="users-q" name="q" type="search" defaultValue={filter.q} dir="auto" />
        </div>
        <div className="admin-field">
          <label htmlFor="users-role">الدور</label>
          <select id="users-role" name="role" defaultValue={filter.role ?? ''}>
            <option value="">كل الأدوار</option>
            {userRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </div>
        <label className="admin-check">
          <input type="checkbox" name="banned" value="1" defaultChecked={filter.banned === '1'} /> الموقوفون فقط
        </label>
        <button type="submit" className="admin-button">
          بحث
        </button>
      </form>
      {list.items.length === 0 ? (
        <p className="admin-empty-list">لا يوجد مستخدمون يطابقون البحث.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">المستخدمون</caption>
            <thead>
              <tr>
                <th scope="col">المستخدم</th>
                <th scope="col">الدور</th>
                <th scope="col">التعليقات</th>
                <th scope="col">تاريخ التسجيل</th>
                <th scope="col">الحالة</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((u) => (
                <UserRow key={`${u.id}-${u.role}-${u.bannedAt?.getTime() ?? 0}`} user={u} self={u.id === me.id} returnTo={here} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageCount={list.pageCount} pathFor={link} />
    </ActionScope>
  );
}
