import type { AdminUserRow } from '@/db/queries/users-admin';
import { userRoles } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { roleLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery } from '@/lib/admin/paths';
import { ActionForm, SubmitButton } from './action-scope';
import { AdminDate } from './admin-date';

export function UserRow({ user: u, self, returnTo }: { user: AdminUserRow; self: boolean; returnTo: string }) {
  const roleId = `role-${u.id}`;
  return (
    <tr data-user-email={u.email ?? ''} className={u.bannedAt ? 'admin-row admin-row--banned' : 'admin-row'}>
      <td className="admin-author" data-label="المستخدم">
        <bdi className="admin-author__name">{u.name || '—'}</bdi>
        {u.email && (
          <span className="admin-author__email" dir="ltr">
            {u.email}
          </span>
        )}
      </td>
      <td data-label="الدور">
        {self ? (
          <span>
            {roleLabels[u.role]} <small>(حسابك)</small>
          </span>
        ) : (
          <ActionForm returnTo={returnTo} className="admin-inline-form">
            <input type="hidden" name="intent" value="role" />
            <input type="hidden" name="id" value={u.id} />
            <label htmlFor={roleId} className="visually-hidden">
              دور {u.name}
            </label>
            <select id={roleId} name="role" defaultValue={u.role}>
              {userRoles.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
            <SubmitButton className="admin-button admin-button--small">تغيير الدور</SubmitButton>
          </ActionForm>
        )}
      </td>
      <td data-label="التعليقات">
        <a href={withQuery(adminPaths.comments, { status: 'all', author: u.email ?? u.name })}>
          {formatNumber(u.approved)} معتمد، {formatNumber(u.pending)} بانتظار المراجعة، {formatNumber(u.spam)} مزعج
        </a>
      </td>
      <td data-label="تاريخ التسجيل">
        <AdminDate date={u.createdAt} />
      </td>
      <td data-label="الحالة">
        {u.bannedAt ? (
          <>
            <span className="admin-tag admin-tag--danger">
              موقوف منذ <AdminDate date={u.bannedAt} />
            </span>
            <ActionForm returnTo={returnTo} className="admin-inline-form">
              <input type="hidden" name="intent" value="unban" />
              <input type="hidden" name="id" value={u.id} />
              <SubmitButton className="admin-button admin-button--small">رفع الإيقاف</SubmitButton>
            </ActionForm>
          </>
        ) : self ? (
          <span className="admin-tag">نشط</span>
        ) : (
          <>
            <span className="admin-tag">نشط</span>
            <ActionForm returnTo={returnTo} className="admin-inline-form">
              <input type="hidden" name="intent" value="ban" />
              <input type="hidden" name="id" value={u.id} />
              <label className="admin-check">
                <input type="checkbox" name="hideComments" /> إخفاء تعليقاته السابقة
              </label>
              <SubmitButton className="admin-button admin-button--small admin-button--danger">إيقاف</SubmitButton>
            </ActionForm>
          </>
        )}
      </td>
    </tr>
  );
}
