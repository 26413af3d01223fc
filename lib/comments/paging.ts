import type { ThreadNode } from './thread';

// WordPress's comment pages: top-level threads, oldest first, each reply on its thread's page.
// `perPage` 0 turns paging off (every thread on the first page).

/** How many pages `threadCount` top-level threads fill: at least one, even with no comment. */
export function commentPageCount(threadCount: number, perPage: number): number {
  return perPage > 0 ? Math.max(1, Math.ceil(threadCount / perPage)) : 1;
}

/** The threads shown on page `page` (1 is the article itself). */
export function threadsOnPage<T>(threads: readonly T[], page: number, perPage: number): T[] {
  if (perPage <= 0) return page === 1 ? [...threads] : [];
  return threads.slice((page - 1) * perPage, page * perPage);
}

function holds(node: ThreadNode<{ id: number }>, id: number): boolean {
  return node.id === id || node.replies.some((reply) => holds(reply, id));
}

/** The page whose thread holds comment `id` (by its root's position), or null when no thread does. */
export function pageOfComment(threads: readonly ThreadNode<{ id: number }>[], id: number, perPage: number): number | null {
  const index = threads.findIndex((root) => holds(root, id));
  if (index < 0) return null;
  return perPage > 0 ? Math.floor(index / perPage) + 1 : 1;
}
