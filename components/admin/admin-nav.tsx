'use client';

import { usePathname } from 'next/navigation';
import { formatNumber } from '@/lib/arabic/numbers';
import { adminPaths } from '@/lib/admin/paths';

type Props = { isAdmin: boolean; pending: number };

const links = [
  { href: adminPaths.comments, label: 'التعليقات', adminOnly: false },
  { href: adminPaths.articles, label: 'المقالات', adminOnly: false },
  { href: adminPaths.users, label: 'المستخدمون', adminOnly: true },
  { href: adminPaths.settings, label: 'إعدادات المراجعة', adminOnly: true },
  { href: adminPaths.log, label: 'سجل المراجعة', adminOnly: true },
];

/** The admin menu; "التعليقات" carries the number of comments waiting for review. */
export function AdminNav({ isAdmin, pending }: Props) {
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label="قائمة الإدارة">
      <ul>
        {links
          .filter((link) => isAdmin || !link.adminOnly)
          .map((link) => (
            <li key={link.href}>
              <a href={link.href} aria-current={pathname.startsWith(link.href) ? 'page' : undefined}>
                {link.label}
                {link.href === adminPaths.comments && pending > 0 && (
                  <span className="admin-badge" data-testid="pending-badge">
                    <span aria-hidden="true">{formatNumber(pending)}</span>
                    <span className="visually-hidden">، {formatNumber(pending)} بانتظار المراجعة</span>
                  </span>
                )}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
