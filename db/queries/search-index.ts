import type Database from 'better-sqlite3';
import { indexText, type FoldMemo } from '@/lib/search/index-text';
import type { DB } from '../client';
import { sqliteOf } from './legacy-paths';

// The search index (migration 0005): triggers queue every article whose indexed text or status a
// write changed in search_pending; syncSearchIndex turns the queue into index rows. No 'server-only':
// the seed, the import CLI and the large-data generator run it outside Next. The database is passed in.

const BATCH = 500;

type Row = { id: number; status: string; title: string; excerpt: string; body: string; tags: string | null };

function statements(sqlite: Database.Database) {
  return {
    pending: sqlite.prepare<[number], { id: number }>('SELECT article_id AS id FROM search_pending LIMIT ?'),
    article: sqlite.prepare<[number], Row>(
      `SELECT a.id, a.status, a.title, a.excerpt, a.body,
              (SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
       FROM articles a WHERE a.id = ?`,
    ),
    remove: sqlite.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?'),
    insert: sqlite.prepare<[number, string, string, string, string]>(
      'INSERT INTO article_search (rowid, title, excerpt, body, tags) VALUES (?, ?, ?, ?, ?)',
    ),
    done: sqlite.prepare<[number]>('DELETE FROM search_pending WHERE article_id = ?'),
  };
}

const prepared = new WeakMap<Database.Database, ReturnType<typeof statements>>();

function statementsFor(sqlite: Database.Database) {
  let s = prepared.get(sqlite);
  if (!s) prepared.set(sqlite, (s = statements(sqlite)));
  return s;
}

/** One article's index row, made from its current text (none when it is not published, or gone). */
function reindex(s: ReturnType<typeof statements>, id: number, memo: FoldMemo): void {
  s.remove.run(id);
  const row = s.article.get(id);
  if (row?.status === 'published') {
    s.insert.run(id, indexText(row.title, memo), indexText(row.excerpt, memo), indexText(row.body, memo), indexText(row.tags ?? '', memo));
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
export function syncSearchIndex(database: DB): number {
  const sqlite = sqliteOf(database);
  const s = statementsFor(sqlite);
  const memo: FoldMemo = new Map();
  const batch = sqlite.transaction(() => {
    const ids = s.pending.all(BATCH).map((r) => r.id);
    for (const id of ids) reindex(s, id, memo);
    return ids.length;
  });
  let total = 0;
  for (let n = batch.immediate(); n > 0; n = batch.immediate()) total += n;
  return total;
}
