import type Database from 'better-sqlite3';
import { indexText, type FoldMemo } from '@/lib/search/index-text';
import { otherSlots, rowKey } from '@/lib/search/row-key';
import type { DB } from '../client';
import { sqliteOf } from './legacy-paths';

// The search index (migration 0005): triggers queue every article whose indexed text or status a
// write changed in search_pending; syncSearchIndex turns the queue into index rows. No 'server-only':
// the seed, the import CLI and the large-data generator run it outside Next. The database is passed in.

const BATCH = 500;

type Row = { id: number; status: string; publishedAt: number | null; title: string; excerpt: string; body: string; tags: string | null };

function statements(sqlite: Database.Database) {
  return {
    pending: sqlite.prepare<[number], { id: number }>('SELECT article_id AS id FROM search_pending LIMIT ?'),
    article: sqlite.prepare<[number], Row>(
      `SELECT a.id, a.status, a.published_at AS publishedAt, a.title, a.excerpt, a.body,
              (SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
       FROM articles a WHERE a.id = ?`,
    ),
    rowOf: sqlite.prepare<[number], { rowid: number }>('SELECT rowid FROM search_rows WHERE article_id = ?'),
    taken: sqlite.prepare<[number], { rowid: number }>('SELECT rowid FROM search_rows WHERE rowid = ?'),
    remove: sqlite.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?'),
    forget: sqlite.prepare<[number]>('DELETE FROM search_rows WHERE rowid = ?'),
    insert: sqlite.prepare<[number, string, string, string, string]>(
      'INSERT INTO article_search (rowid, title, excerpt, body, tags) VALUES (?, ?, ?, ?, ?)',
    ),
    remember: sqlite.prepare<[number, number]>('INSERT INTO search_rows (rowid, article_id) VALUES (?, ?)'),
    done: sqlite.prepare<[number]>('DELETE FROM search_pending WHERE article_id = ?'),
  };
}

const prepared = new WeakMap<Database.Database, ReturnType<typeof statements>>();

function statementsFor(sqlite: Database.Database) {
  let s = prepared.get(sqlite);
  if (!s) prepared.set(sqlite, (s = statements(sqlite)));
  return s;
}

/** A free rowid for an article published at this time (lib/search/row-key.ts). */
function freeRowid(s: ReturnType<typeof statements>, publishedAt: number, id: number): number {
  const key = rowKey(Math.max(0, publishedAt), id);
  if (!s.taken.get(key)) return key;
  for (const other of otherSlots(key)) if (!s.taken.get(other)) return other;
  throw new Error(`search index: more than 1024 articles published at ${publishedAt}`);
}

/** One article's index row, made from its current text (none when it is not published, or gone). */
function reindex(s: ReturnType<typeof statements>, id: number, memo: FoldMemo): void {
  const old = s.rowOf.get(id);
  if (old) {
    s.remove.run(old.rowid);
    s.forget.run(old.rowid);
  }
  const row = s.article.get(id);
  if (row?.status === 'published' && row.publishedAt !== null) {
    const rowid = freeRowid(s, row.publishedAt, id);
    s.insert.run(rowid, indexText(row.title, memo), indexText(row.excerpt, memo), indexText(row.body, memo), indexText(row.tags ?? '', memo));
    s.remember.run(rowid, id);
  }
  s.done.run(id);
}

/** Whether any article waits to be (re)indexed: one primary-key probe. */
export function searchIndexIsStale(database: DB): boolean {
  return statementsFor(sqliteOf(database)).pending.get(1) !== undefined;
}

/**
 * Brings the index up to date with every queued article, in batches of one write transaction each
 * (IMMEDIATE: a trigger in another process cannot queue between the read and the delete). Returns
 * how many articles it indexed.
 */
export function syncSearchIndex(database: DB, { batch: size = BATCH }: { batch?: number } = {}): number {
  const sqlite = sqliteOf(database);
  const s = statementsFor(sqlite);
  const memo: FoldMemo = new Map();
  const batch = sqlite.transaction(() => {
    const ids = s.pending.all(size).map((r) => r.id);
    for (const id of ids) reindex(s, id, memo);
    return ids.length;
  });
  let total = 0;
  for (let n = batch.immediate(); n > 0; n = batch.immediate()) total += n;
  return total;
}
