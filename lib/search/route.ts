import { MAX_QUERY_CHARS } from './query';

// `/search?q=…&sort=newest&page=2` is what readers and the form use. proxy.ts rewrites it to one
// internal path segment (app/(site)/search/[key]) so that the page reads params, not searchParams,
// and is cached whole like every reader page. The query travels as base64url: no slash, percent
// sign or quote typed by a reader can change how the path is read.

export const SEARCH_PATH = '/search';
export const searchSorts = ['relevance', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

export type SearchRequest = { q: string; sort: SearchSort; page: number };

const MAX_PAGE = 1000;

/** What a reader asked for, from the URL's parameters; anything unexpected falls back to the default. */
export function readSearchParams(params: URLSearchParams): SearchRequest {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS * 2).trim();
  const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  const pageText = params.get('page') ?? '';
  const page = /^[1-9][0-9]{0,3}$/.test(pageText) ? Math.min(Number(pageText), MAX_PAGE) : 1;
  return { q, sort, page };
}

/** The public URL of a search: `/search?q=…`, with the sort and page only when not the defaults. */
export function searchPath({ q, sort = 'relevance', page = 1 }: { q: string; sort?: SearchSort; page?: number }): string {
  const params = new URLSearchParams({ q });
  if (sort !== 'relevance') params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  return `${SEARCH_PATH}?${params.toString()}`;
}

export function searchKey({ q, sort, page }: SearchRequest): string {
  return `${sort}.${page}.${Buffer.from(q, 'utf8').toString('base64url')}`;
}

/** The request a key stands for, or null when the key is not one searchKey made. */
export function parseSearchKey(key: string): SearchRequest | null {
  const match = /^(relevance|newest)\.([1-9][0-9]{0,3})\.([A-Za-z0-9_-]{1,2000})$/.exec(key);
  if (!match) return null;
  const q = Buffer.from(match[3]!, 'base64url').toString('utf8');
  if (!q.trim()) return null;
  return { sort: match[1] as SearchSort, page: Number(match[2]), q };
}

/**
 * Where a GET of `/search/<segment>` goes: the internal key's public URL (the key is reached only by
 * proxy.ts's rewrite, never by an address of its own), or WordPress's `/search/<words>` as a search
 * for those words. Null for a segment that is neither (a broken escape, nothing left of it).
 */
export function publicSearchLocation(segment: string): string | null {
  const request = parseSearchKey(segment);
  if (request) return searchPath(request);
  let words: string;
  try {
    words = decodeURIComponent(segment.replace(/\+/g, ' ')).trim();
  } catch {
    return null;
  }
  return words ? searchPath({ q: words.slice(0, MAX_QUERY_CHARS * 2) }) : null;
}
