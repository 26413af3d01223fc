import 'server-only';
import { getApprovedComments, getThreadSettings } from '@/db/cached/comments';
import { commentPageCount } from './paging';
import { buildThreads } from './thread';

/**
 * An article's approved comments as threads, and how many comment pages they fill: built from the
 * one cached read of the article's comments, shared by its pages and by every permalink to them.
 */
export async function loadThreads(articleId: number) {
  const [comments, { depth, perPage }] = await Promise.all([getApprovedComments(articleId), getThreadSettings()]);
  const threads = buildThreads(comments, depth);
  return { total: comments.length, threads, perPage, pageCount: commentPageCount(threads.length, perPage) };
}
