'use client';

import { usePathname } from 'next/navigation';
import type { UserRole } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { adminPageAccess, adminPaths } from '@/lib/admin/paths';
import { can } from '@/lib/auth/roles';

type Props = { role: UserRole; pending: number };

const links = [
  { page: 'articles', label: 'المقالات' },
  { page: 'comments', label: 'التعليقات' },
  { page: 'sections', label: 'الأقسام' },
  { page: 'tags', label: 'الوسوم' },
  { page: 'authors', label: 'الكتّاب' },
  { page: 'users', label: 'المستخدمون' },
  { page: 'import', label: 'الاستيراد من ووردبريس' },
  { page: 'settings', label: 'إعدادات المراجعة' },
  { page: 'log', label: 'سجل المراجعة' },
] as const satisfies { page: keyof typeof adminPaths; label: string }[];

/** The admin menu, only what this role may open; "التعليقات" carries the number waiting for review. */
export function AdminNav({ role, pending }: Props) {
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label="قائمة الإدارة">
      <ul>
        {links
          .filter((link) => can({ role }, adminPageAccess[link.page]))
          .map(({ page, label }) => {
            const href = adminPaths[page];
            return (
              <li key={href}>
                <a href={href} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
                  {label}
                  {page === 'comments' && pending > 0 && (
                    <span className="admin-badge" data-testid="pending-badge">
                      <span aria-hidden="true">{formatNumber(pending)}</span>
                      <span className="visually-hidden">، {formatNumber(pending)} بانتظار المراجعة</span>
                    </span>
                  )}
                </a>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
