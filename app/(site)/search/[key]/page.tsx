import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/site/search-page';
import { getSearchResults } from '@/db/cached/search';
import { pagedTitle } from '@/lib/arabic/paging';
import { pageMetadata } from '@/lib/metadata';
import { searchMessages as m } from '@/lib/search/messages';
import { parseSearchKey, searchKey, searchPath } from '@/lib/search/route';
import { ARTICLES_PER_PAGE } from '@/lib/site';

type Params = Promise<{ key: string }>;

/** One placeholder: every other search is rendered on its first request, then cached like any reader page. */
export function generateStaticParams() {
  return [{ key: searchKey({ q: 'اقتصاد', sort: 'relevance', page: 1 }) }];
}

async function load(params: Params) {
  const request = parseSearchKey((await params).key);
  if (!request) notFound();
  const result = await getSearchResults(request.q, request.sort, request.page, ARTICLES_PER_PAGE);
  if (result.kind === 'results' && result.total > 0 && request.page > result.pageCount) notFound();
  return { request, result };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { request } = await load(params);
  return pageMetadata({
    title: pagedTitle(m.resultsTitle(request.q), request.page),
    description: m.description,
    path: searchPath(request),
    noindex: true,
  });
}

export default async function SearchResults({ params }: { params: Params }) {
  return <SearchPage {...await load(params)} />;
}
