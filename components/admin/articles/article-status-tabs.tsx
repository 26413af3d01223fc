import { articleStatuses, type ArticleStatus } from '@/db/schema';
import { articleTabLabels } from '@/lib/admin/messages';
import { formatNumber } from '@/lib/arabic/numbers';

/** مسودة / بانتظار المراجعة / مجدول / منشور, each with its count under the same filters. */
export function ArticleStatusTabs({ current, counts, hrefFor }: { current: ArticleStatus; counts: Record<ArticleStatus, number>; hrefFor: (status: ArticleStatus) => string }) {
  return (
    <nav className="admin-tabs" aria-label="حالات المقالات">
      <ul>
        {articleStatuses.map((status) => (
          <li key={status}>
            <a href={hrefFor(status)} aria-current={status === current ? 'page' : undefined} data-status={status}>
              {articleTabLabels[status]} <span className="admin-tabs__count">({formatNumber(counts[status])})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
