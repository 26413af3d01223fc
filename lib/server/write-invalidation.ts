import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenForWrites } from '@/lib/cache/write-events';
import type { MicroCache } from './micro-cache';

// Which micro-cached pages a write changed: an article's comments or the article itself → that
// article's pages (/news/<id>/…); anything else a write can expire (settings, sections, lists) is
// rare and shown on many pages → everything. A request that changed nothing forgets nothing.

const ARTICLE_TAG = /^(?:article|comments):([1-9][0-9]*)$/;

export function pathsToForget(tags: readonly string[]): string[] | 'all' {
  const paths = new Set<string>();
  for (const tag of tags) {
    const article = ARTICLE_TAG.exec(tag);
    if (!article) return 'all';
    paths.add(`/news/${article[1]}/`);
  }
  return [...paths];
}

export function forget(cache: MicroCache, tags: readonly string[]): void {
  const paths = pathsToForget(tags);
  if (paths === 'all') cache.clear();
  else cache.forgetPaths(paths);
}

/**
 * Collects what each write request announces (lib/cache/write-events.ts) and applies it to the
 * cache once the response is done, when Next has expired its own entries: a reader arriving in
 * between could otherwise refill the micro-cache from Next's stale copy. A write announced outside
 * any request (a timer) applies at once.
 */
export function trackWrites(cache: MicroCache): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const current = new AsyncLocalStorage<string[]>();
  listenForWrites((tags) => {
    const pending = current.getStore();
    if (pending) pending.push(...tags);
    else forget(cache, tags);
  });
  return (_req, res, next) => {
    const pending: string[] = [];
    res.once('close', () => {
      if (pending.length) forget(cache, pending);
    });
    current.run(pending, next);
  };
}
