import 'server-only';
import { getApprovedCommentPlaces, getApprovedCommentTexts, getThreadSettings } from '@/db/cached/comments';
import type { PublicComment } from '@/db/queries/comments';
import { commentPageCount, threadsOnPage } from './paging';
import { buildThreads, flattenThreads, type ThreadNode } from './thread';

export type ThreadComment = PublicComment & { age: string };

/**
 * An article's approved comments as threads of ids, and how many comment pages they fill: built from
 * one cached read of where its comments sit (not their text), shared by its pages and every permalink.
 */
export async function loadThreads(articleId: number) {
  const [places, { depth, perPage }] = await Promise.all([getApprovedCommentPlaces(articleId), getThreadSettings()]);
  const threads = buildThreads(places, depth);
  return { total: places.length, threads, perPage, pageCount: commentPageCount(threads.length, perPage) };
}

/** One comment page's threads with their text: only the comments on that page are read in full. */
export async function loadThreadPage(articleId: number, page: number) {
  const { total, threads, perPage, pageCount } = await loadThreads(articleId);
  return { total, pageCount, threads: await withTexts(articleId, threadsOnPage(threads, page, perPage)) };
}

/** The text of `places` (given in the order they are shown), in that order. */
export async function commentTexts(articleId: number, places: readonly { id: number }[]): Promise<ThreadComment[]> {
  const texts = new Map((await getApprovedCommentTexts(articleId, places.map((p) => p.id))).map((c) => [c.id, c]));
  return places.flatMap((p) => texts.get(p.id) ?? []);
}

async function withTexts(articleId: number, nodes: ThreadNode<{ id: number }>[]): Promise<ThreadNode<ThreadComment>[]> {
  const texts = new Map((await commentTexts(articleId, flattenThreads(nodes))).map((c) => [c.id, c]));
  const attach = (list: readonly ThreadNode<{ id: number }>[]): ThreadNode<ThreadComment>[] =>
    list.flatMap((node) => {
      const replies = attach(node.replies);
      const text = texts.get(node.id);
      // Hidden between the two cached reads (both are emptied together, so only for a moment): its
      // replies stay, a level up.
      return text ? [{ ...text, depth: node.depth, replies }] : replies;
    });
  return attach(nodes);
}
