import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { readModerationSettings } from '../queries/settings';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import { formatRelative } from '@/lib/arabic/dates';
import { commentsOpen } from '@/lib/comments/moderation';
import * as q from '../queries/comments';

/** Where each approved comment of an article sits, without its text: nests and pages the threads. */
export async function getApprovedCommentPlaces(articleId: number) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.comments(articleId));
  return q.listApprovedCommentPlaces(articleId);
}

/** The approved comments among `ids` with their relative age, as of when the cached page was rendered. */
export async function getApprovedCommentTexts(articleId: number, ids: number[]) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.comments(articleId));
  const now = new Date();
  return (await q.listApprovedCommentsById(ids)).map((c) => ({ ...c, age: formatRelative(c.createdAt, now) }));
}

/** How threads nest (depth) and how many top-level threads a comment page holds (0: all). */
export async function getThreadSettings() {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.settings);
  const { threadDepth, commentsPerPage } = await readModerationSettings();
  return { depth: threadDepth, perPage: commentsPerPage };
}

/** Whether the form shows: the article's own switch and the "close after N days" rule. */
export async function getCommentsOpen(articleId: number, open: boolean, publishedAt: Date) {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.settings, cacheTags.article(articleId));
  return commentsOpen({ commentsOpen: open, publishedAt }, await readModerationSettings());
}
