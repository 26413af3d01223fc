import type Database from 'better-sqlite3';
import { indexText, type FoldMemo } from '@/lib/search/index-text';
import { parseQuery } from '@/lib/search/query';
import type { DB } from '../client';
import { sqliteOf } from './legacy-paths';

// The moderators' comment search (migration 0007): a contentless FTS5 index of each comment's words
// folded and stemmed by the application (lib/search, as the articles' search), rowid = comment id.
// Triggers queue every inserted, edited or deleted comment in comment_search_pending, whoever writes;
// syncCommentSearch turns the queue into index rows before a search reads the index. No
// 'server-only': the large-data generator runs it outside Next.

const BATCH = 2000;

function statements(sqlite: Database.Database) {
  return {
    pending: sqlite.prepare<[number], { id: number }>('SELECT comment_id AS id FROM comment_search_pending LIMIT ?'),
    body: sqlite.prepare<[number], { body: string }>('SELECT body FROM comments WHERE id = ?'),
    remove: sqlite.prepare<[number]>('DELETE FROM comment_search WHERE rowid = ?'),
    insert: sqlite.prepare<[number, string]>('INSERT INTO comment_search (rowid, body) VALUES (?, ?)'),
    done: sqlite.prepare<[number]>('DELETE FROM comment_search_pending WHERE comment_id = ?'),
  };
}

const prepared = new WeakMap<Database.Database, ReturnType<typeof statements>>();

function statementsFor(sqlite: Database.Database) {
  let s = prepared.get(sqlite);
  if (!s) prepared.set(sqlite, (s = statements(sqlite)));
  return s;
}

/**
 * Brings the comment index up to date with every queued comment, a batch per IMMEDIATE transaction
 * (a trigger cannot queue between the read and the delete). Returns how many comments it indexed.
 */
export function syncCommentSearch(database: DB, { batch: size = BATCH }: { batch?: number } = {}): number {
  const sqlite = sqliteOf(database);
  const s = statementsFor(sqlite);
  const memo: FoldMemo = new Map();
  const batch = sqlite.transaction(() => {
    const ids = s.pending.all(size).map((r) => r.id);
    for (const id of ids) {
      s.remove.run(id);
      const row = s.body.get(id);
      if (row) s.insert.run(id, indexText(row.body, memo));
      s.done.run(id);
    }
    return ids.length;
  });
  let total = 0;
  for (let n = batch.immediate(); n > 0; n = batch.immediate()) total += n;
  return total;
}

/**
 * The FTS5 expression for what a moderator typed (every word, by its folded form or light stem,
 * lib/search/query.ts), with the index brought up to date first; null when the text holds no word
 * to search for (only common words, or punctuation).
 */
export function commentSearchMatch(database: DB, raw: string): string | null {
  const query = parseQuery(raw);
  if (query.kind !== 'terms') return null;
  const s = statementsFor(sqliteOf(database));
  if (s.pending.get(1)) syncCommentSearch(database);
  return query.match;
}
