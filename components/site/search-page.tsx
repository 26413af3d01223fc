import type { SearchResult } from '@/db/queries/search';
import { pluralize } from '@/lib/arabic/plural';
import { pagePosition } from '@/lib/arabic/paging';
import { resultCountForms, searchMessages as m } from '@/lib/search/messages';
import { searchPath, type SearchRequest } from '@/lib/search/route';
import { Pagination } from './pagination';
import { SearchForm } from './search-form';
import { SearchHit } from './search-hit';

type Props = { request: SearchRequest; result: SearchResult };

/** The results of one search, or what to do when there are none. */
export function SearchPage({ request, result }: Props) {
  const { q, sort } = request;
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title" className="page-title">
        {m.resultsTitle(q)}
      </h1>
      <SearchForm id="search-page-q" query={q} className="search-form search-form--page" />
      {result.kind === 'empty' && <p className="search-page__note">{m.emptyQuery}</p>}
      {result.kind === 'common' && <p className="search-page__note">{m.common}</p>}
      {result.kind === 'results' && result.total === 0 && (
        <div className="search-page__note">
          <p>{m.noResults(q)}</p>
          {result.suggestion && (
            <p>
              {m.didYouMean} <a href={searchPath({ q: result.suggestion })}>{result.suggestion}</a>؟
            </p>
          )}
          <p>{m.tips}</p>
        </div>
      )}
      {result.kind === 'results' && result.total > 0 && (
        <>
          <div className="search-page__bar">
            <p className="card__meta">
              {result.more ? m.moreThan(result.total) : pluralize(result.total, resultCountForms)}
              {result.page > 1 && ` · ${pagePosition(result.page, result.pageCount)}`}
            </p>
            <nav aria-label={m.sortLabel} className="search-page__sort">
              {(['relevance', 'newest'] as const).map((s) =>
                s === sort ? (
                  <span key={s} aria-current="true">
                    {s === 'relevance' ? m.sortRelevance : m.sortNewest}
                  </span>
                ) : (
                  <a key={s} href={searchPath({ q, sort: s })}>
                    {s === 'relevance' ? m.sortRelevance : m.sortNewest}
                  </a>
                ),
              )}
            </nav>
          </div>
          <ol className="search-results">
            {result.items.map((hit) => (
              <li key={hit.id}>
                <SearchHit hit={hit} />
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} pathFor={(page) => searchPath({ q, sort, page })} />
        </>
      )}
    </section>
  );
}
