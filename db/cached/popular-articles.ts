import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import { MOST_READ_DAYS } from '@/lib/views/view-days';
import * as q from '../queries/popular-articles';

// Views and comments change these rankings all the time; expiring every page that shows them on each
// view batch or comment would empty the whole cache every few seconds. So a ranking follows
// publications (the lists tag: an unpublished article leaves at once) and is otherwise redone with
// the page, at most PAGE_CACHE_PROFILE's revalidate (five minutes) later.

/** Articles published within this many days compete for "most commented". */
export const MOST_COMMENTED_DAYS = 7;

export async function getMostReadArticles(limit: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listMostReadArticles(limit, MOST_READ_DAYS);
}

export async function getMostCommentedArticles(limit: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return q.listMostCommentedArticles(limit, MOST_COMMENTED_DAYS);
}
