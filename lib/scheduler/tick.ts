import 'server-only';
import type { DB } from '@/db/client';
import { invalidationsAfter, pruneInvalidations } from '@/db/queries/cache-outbox';
import { claimDueArticles } from '@/db/queries/scheduling';
import { articleWriteTags } from '@/lib/cache-tags';
import type { SchedulerState } from './state';

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

export type TickResult = { published: number[]; applied: number };

/**
 * One tick, inside Next's request context: publish what is due (each row claimed by one process
 * only) and expire its pages; expire what other processes wrote to the cache outbox since the last
 * row this process applied; now and then drop outbox rows older than a day.
 */
export function runTick(database: DB, state: SchedulerState, expire: (...tags: string[]) => void, now = new Date()): TickResult {
  const claimed = claimDueArticles(database, now);
  const tags = claimed.flatMap((a) => articleWriteTags({ id: a.id, sectionIds: [a.sectionId], tagIds: a.tagIds, authorIds: [a.authorId] }));
  const rows = invalidationsAfter(database, state.lastOutboxId);
  for (const row of rows) {
    if (Array.isArray(row.tags)) tags.push(...row.tags.filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= 256));
  }
  if (rows.length) state.lastOutboxId = rows.at(-1)!.id;
  if (tags.length) expire(...new Set(tags));
  if (now.getTime() - state.lastPrunedAt >= PRUNE_EVERY_MS) {
    pruneInvalidations(database, new Date(now.getTime() - DAY_MS));
    state.lastPrunedAt = now.getTime();
  }
  return { published: claimed.map((a) => a.id), applied: rows.length };
}
