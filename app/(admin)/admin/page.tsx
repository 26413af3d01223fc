import { countCommentsByStatus } from '@/db/queries/admin-comments';
import { formatNumber } from '@/lib/arabic/numbers';
import { can } from '@/lib/auth/guards';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { requireAdminPage } from '@/lib/admin/guard';
import { tabLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery, adminPageAccess } from '@/lib/admin/paths';

export const instant = false;

type Link = { href: string; label: string };

function Links({ links }: { links: Link[] }) {
  return (
    <ul className="admin-home-links">
      {links.map((l) => (
        <li key={l.href}>
          <a className="admin-button" href={l.href}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** What each role comes here for: writers their articles, moderators the queue, editors both. */
export default async function AdminHome() {
  const user = await requireAdminPage(adminPageAccess.home);
  if (!user) return <SignInRequired />;
  const counts = can(user, 'moderate') ? await countCommentsByStatus() : null;
  const editing: Link[] = [
    ...(can(user, 'publish') ? [{ href: adminPaths.sections, label: 'الأقسام' }, { href: adminPaths.tags, label: 'الوسوم' }] : []),
    ...(can(user, 'administer') ? [{ href: adminPaths.authors, label: 'الكتّاب' }, { href: adminPaths.import, label: 'الاستيراد من ووردبريس' }] : []),
  ];
  return (
    <div className="admin-home">
      <h1 className="admin-title">نظرة عامة</h1>
      {can(user, 'write') && (
        <section aria-labelledby="home-writing">
          <h2 id="home-writing">الكتابة</h2>
          <Links
            links={[
              { href: adminPaths.articleNew, label: 'مقال جديد' },
              { href: withQuery(adminPaths.articles, { mine: 1 }), label: 'مقالاتي' },
              ...(can(user, 'publish') ? [{ href: withQuery(adminPaths.articles, { status: 'review' }), label: 'بانتظار المراجعة' }] : []),
            ]}
          />
        </section>
      )}
      {counts && (
        <section aria-labelledby="home-comments">
          <h2 id="home-comments">التعليقات</h2>
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
        </section>
      )}
      {editing.length > 0 && (
        <section aria-labelledby="home-site">
          <h2 id="home-site">تنظيم الموقع</h2>
          <Links links={editing} />
        </section>
      )}
      {can(user, 'administer') && (
        <p>
          <a href={adminPaths.settings}>إعدادات المراجعة</a> · <a href={adminPaths.users}>المستخدمون</a> ·{' '}
          <a href={adminPaths.log}>سجل المراجعة</a>
        </p>
      )}
    </div>
  );
}
