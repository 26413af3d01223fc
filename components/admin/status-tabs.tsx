import type { StatusCounts } from '@/db/queries/admin-comments';
import type { CommentStatus } from '@/db/schema';
import { formatNumber } from '@/lib/arabic/numbers';
import { tabLabels } from '@/lib/admin/messages';
import { adminPaths, withQuery } from '@/lib/admin/paths';

const order: (CommentStatus | 'all')[] = ['all', 'pending', 'approved', 'spam', 'trash'];

/** الكل / بانتظار المراجعة / المعتمدة / المزعجة / المهملات, each with its count. */
export function StatusTabs({ current, counts, articleId }: { current: CommentStatus | 'all'; counts: StatusCounts; articleId?: number }) {
  return (
    <nav className="admin-tabs" aria-label="حالات التعليقات">
      <ul>
        {order.map((status) => (
          <li key={status}>
            <a
              href={withQuery(adminPaths.comments, { status: status === 'all' ? undefined : status, article: articleId })}
              aria-current={status === current ? 'page' : undefined}
              data-status={status}
            >
              {tabLabels[status]} <span className="admin-tabs__count">({formatNumber(counts[status])})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
