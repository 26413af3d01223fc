import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import type { SearchSort } from '@/lib/search/route';
import * as q from '../queries/search';

/**
 * A search is a list of articles: every publication, edit, unpublication or deletion, and a tag's
 * rename, merge or deletion, expires the article-list tag, and with it every cached search.
 */
export async function getSearchResults(query: string, sort: SearchSort, page: number, perPage: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.searchArticles(query, sort, page, perPage);
}
