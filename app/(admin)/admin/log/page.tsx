import type { Metadata } from 'next';
import { AdminDate } from '@/components/admin/admin-date';
import { Pagination } from '@/components/site/pagination';
import { listLogActions, listModerationLog, type LogRow } from '@/db/queries/moderation-log';
import { formatNumber } from '@/lib/arabic/numbers';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { openAdminList, type AdminSearchParams } from '@/lib/admin/list-page';
import { describeLogValue } from '@/lib/admin/log-format';
import { logActionLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';
import { logFilterSchema } from '@/lib/validation/admin';

export const instant = false;

export const metadata: Metadata = { title: 'سجل المراجعة' };

const PER_PAGE = 50;

function Target({ row }: { row: LogRow }) {
  switch (row.targetType) {
    case 'comment':
      return <>تعليق رقم {formatNumber(Number(row.targetId))}</>;
    case 'user':
      return row.targetLabel ? (
        <a href={withQuery(adminPaths.users, { q: row.targetLabel })}>
          <bdi>{row.targetLabel}</bdi>
        </a>
      ) : (
        <>مستخدم محذوف</>
      );
    case 'article':
      return row.targetLabel ? (
        <a href={withQuery(adminPaths.comments, { status: 'all', article: row.targetId })}>«{row.targetLabel}»</a>
      ) : (
        <>مقال محذوف</>
      );
    default:
      return <>إعدادات المراجعة</>;
  }
}

export default async function LogPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const opened = await openAdminList(adminPageAccess.log, searchParams, logFilterSchema);
  if (!opened) return <SignInRequired />;
  const { filter } = opened;
  const [log, actions] = await Promise.all([
    listModerationLog({ action: filter.action, page: filter.page, perPage: PER_PAGE }),
    listLogActions(),
  ]);
  const link = (page: number) => withQuery(adminPaths.log, { action: filter.action, page: page > 1 ? page : undefined });

  return (
    <>
      <h1 className="admin-title">سجل المراجعة</h1>
      <p className="admin-lead">كل تغيير في حالة تعليق، وكل تعديل وإيقاف وتغيير دور، مع من قام به ومتى، وما كان عليه قبل التغيير وبعده.</p>
      <form method="get" action={adminPaths.log} className="admin-filters" aria-label="تصفية السجل">
        <div className="admin-field">
          <label htmlFor="log-action">نوع الإجراء</label>
          <select id="log-action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">كل الإجراءات</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {logActionLabels[action] ?? action}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="admin-button">
          عرض
        </button>
      </form>
      {log.items.length === 0 ? (
        <p className="admin-empty-list">لا توجد إجراءات مسجّلة بعد.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--log">
            <caption className="visually-hidden">سجل المراجعة</caption>
            <thead>
              <tr>
                <th scope="col">الوقت</th>
                <th scope="col">بواسطة</th>
                <th scope="col">الإجراء</th>
                <th scope="col">الهدف</th>
                <th scope="col">قبل</th>
                <th scope="col">بعد</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((row) => (
                <tr key={row.id} data-log-action={row.action}>
                  <td data-label="الوقت">
                    <AdminDate date={row.at} />
                  </td>
                  <td data-label="بواسطة">
                    <bdi>{row.actorName ?? 'حساب محذوف'}</bdi>
                  </td>
                  <td data-label="الإجراء">{logActionLabels[row.action] ?? row.action}</td>
                  <td data-label="الهدف">
                    <Target row={row} />
                  </td>
                  <td data-label="قبل" dir="auto">{describeLogValue(row.action, row.before, row.after)}</td>
                  <td data-label="بعد" dir="auto">{describeLogValue(row.action, row.after, row.before)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageCount={log.pageCount} pathFor={link} />
    </>
  );
}
