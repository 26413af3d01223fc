import { gt, lt, sql } from 'drizzle-orm';
import type { DB } from '../client';
import { cacheInvalidations } from '../schema';

// Another process (the WordPress import CLI) cannot reach this server's caches: it appends the
// tags it touched here, and every server process applies rows newer than the last it saw.

export function appendInvalidation(database: DB, tags: string[]): void {
  if (tags.length) database.insert(cacheInvalidations).values({ tags: [...new Set(tags)] }).run();
}

export function latestInvalidationId(database: DB): number {
  return database.select({ id: sql<number>`coalesce(max(${cacheInvalidations.id}), 0)` }).from(cacheInvalidations).get()?.id ?? 0;
}

export function invalidationsAfter(database: DB, id: number): { id: number; tags: string[] }[] {
  return database
    .select({ id: cacheInvalidations.id, tags: cacheInvalidations.tags })
    .from(cacheInvalidations)
    .where(gt(cacheInvalidations.id, id))
    .orderBy(cacheInvalidations.id)
    .limit(500)
    .all();
}

export function pruneInvalidations(database: DB, olderThan: Date): void {
  database.delete(cacheInvalidations).where(lt(cacheInvalidations.at, olderThan)).run();
}
