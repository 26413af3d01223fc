import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import * as q from '../queries/comments';

export async function getApprovedComments(articleId: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.comments(articleId));
  return q.listApprovedComments(articleId);
}
