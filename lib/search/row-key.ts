// An index row's rowid orders it by publication time (db/migrations/0005_article_search.sql):
// milliseconds × 1024 + a slot, so that up to 1024 articles published in the same millisecond each
// get a row. Stays below 2^53 (a JavaScript number) until the year 2248.

export const SLOTS = 1024;

/** The first rowid an article published at `publishedAtMs` tries: its id picks the slot. */
export function rowKey(publishedAtMs: number, articleId: number): number {
  return publishedAtMs * SLOTS + (articleId % SLOTS);
}

/** The greatest rowid of an article already published at `nowMs`. */
export function visibleUpTo(nowMs: number): number {
  return nowMs * SLOTS + SLOTS - 1;
}

/** The other rowids of the same millisecond, tried in turn when the first is taken. */
export function* otherSlots(key: number): Generator<number> {
  const base = key - (key % SLOTS);
  for (let i = 1; i < SLOTS; i++) yield base + ((key + i) % SLOTS);
}
