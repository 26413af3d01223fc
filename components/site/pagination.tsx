import { Fragment } from 'react';
import { formatNumber } from '@/lib/arabic/numbers';

type Props = {
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
  /** What the list is called, and its links to the page before and after ("السابق", "التالي"). */
  labels?: { nav: string; prev: string; next: string };
};

const PAGES = { nav: 'التنقل بين الصفحات', prev: 'السابق', next: 'التالي' };

/** Numbered pages around the current one, with links to the page before and after. */
export function Pagination({ page, pageCount, pathFor, labels = PAGES }: Props) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav className="pagination" aria-label={labels.nav}>
      {page > 1 && (
        <a href={pathFor(page - 1)} rel="prev">
          {labels.prev}
        </a>
      )}
      {pages.map((p, i) => (
        <Fragment key={p}>
          {i > 0 && p - (pages[i - 1] ?? p) > 1 && <span aria-hidden="true">…</span>}
          {p === page ? (
            <span aria-current="page">{formatNumber(p)}</span>
          ) : (
            <a href={pathFor(p)} aria-label={`الصفحة ${formatNumber(p)}`}>
              {formatNumber(p)}
            </a>
          )}
        </Fragment>
      ))}
      {page < pageCount && (
        <a href={pathFor(page + 1)} rel="next">
          {labels.next}
        </a>
      )}
    </nav>
  );
}
