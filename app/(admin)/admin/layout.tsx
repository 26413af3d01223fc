import type { Metadata } from 'next';
import { signOutAction } from '@/app/(auth)/actions';
import { AdminNav } from '@/components/admin/admin-nav';
import { countPendingComments } from '@/db/queries/admin-comments';
import { SignInRequired } from '@/components/admin/sign-in-required';
import { requireAdminPage } from '@/lib/admin/guard';
import { adminPaths, adminPageAccess } from '@/lib/admin/paths';
import { roleLabels } from '@/lib/admin/messages';
import { SITE_NAME } from '@/lib/site';
import './admin.css';

// Every admin page depends on who is asking, so it renders whole on each request (no static shell
// with a loading placeholder, which a browser without JavaScript would never see replaced).
export const instant = false;

export const metadata: Metadata = {
  title: { template: `%s — لوحة إدارة ${SITE_NAME}`, default: `لوحة إدارة ${SITE_NAME}` },
  robots: { index: false, follow: false },
};

/** Moderators and admins only; each page checks again for itself (see lib/admin/guard.ts). */
async function AdminFrame({ children }: { children: React.ReactNode }) {
  const user = await requireAdminPage(adminPageAccess.home);
  if (!user) return <SignInRequired />;
  const pending = await countPendingComments();
  return (
    <div className="admin">
      <header className="admin-header">
        <a className="skip-link" href="#main">
          انتقل إلى المحتوى
        </a>
        <div className="admin-header__bar">
          <a className="admin-brand" href={adminPaths.home}>
            {SITE_NAME} <span>لوحة الإدارة</span>
          </a>
          <form action={signOutAction} className="admin-header__who">
            <input type="hidden" name="callbackUrl" value="/" />
            <span>
              <bdi>{user.name}</bdi> ({roleLabels[user.role]})
            </span>
            <a href="/account">حسابي</a>
            <a href="/">عرض الموقع</a>
            <button type="submit" className="link-button">
              تسجيل الخروج
            </button>
          </form>
        </div>
        <AdminNav role={user.role} pending={pending} />
      </header>
      <main id="main" className="admin-main">
        {children}
      </main>
    </div>
  );
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AdminFrame>{children}</AdminFrame>;
}
