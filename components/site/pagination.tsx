import { Fragment } from 'react';
import { formatNumber } from '@/lib/arabic/numbers';

type Props = { page: number; pageCount: number; pathFor: (page: number) => string };

/** Numbered pages around the current one, with "السابق" / "التالي". */
export function Pagination({ page, pageCount, pathFor }: Props) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav className="pagination" aria-label="التنقل بين الصفحات">
      {page > 1 && (
        <a href={pathFor(page - 1)} rel="prev">
          السابق
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
          التالي
        </a>
      )}
    </nav>
  );
}
