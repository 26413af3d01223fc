import { countCommentsByStatus } from '@/db/queries/admin-comments';
import { formatNumber } from '@/lib/arabic/numbers';
import { can } from '@/lib/auth/guards';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { requireAdminPage } from '@/lib/admin/guard';
import { tabLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';

export const instant = false;

export default async function AdminHome() {
  const user = await requireAdminPage(adminPageAccess.home);
  if (!user) return <SignInRequired />;
  const counts = await countCommentsByStatus();
  return (
    <>
      <h1 className="admin-title">نظرة عامة</h1>
      <ul className="admin-cards">
        {(['pending', 'approved', 'spam', 'trash'] as const).map((status) => (
          <li key={status}>
            <a href={withQuery(adminPaths.comments, { status })}>
              <strong>{formatNumber(counts[status])}</strong> {tabLabels[status]}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {counts.pending > 0 ? (
          <a className="admin-button" href={withQuery(adminPaths.comments, { status: 'pending' })}>
            راجِع التعليقات المنتظرة
          </a>
        ) : (
          'لا تعليقات بانتظار المراجعة الآن.'
        )}
      </p>
      {can(user, 'administer') && (
        <p>
          <a href={adminPaths.settings}>إعدادات المراجعة</a> · <a href={adminPaths.users}>المستخدمون</a> ·{' '}
          <a href={adminPaths.log}>سجل المراجعة</a>
        </p>
      )}
    </>
  );
}
