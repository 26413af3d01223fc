import Database from 'better-sqlite3';
import type { Acknowledged } from './clients';

export type CommentCheck = { acknowledged: number; once: number; missing: number; duplicated: number; storedUnacknowledged: number };

/** Every acknowledged comment must be in the database exactly once, under the id its poster was given. */
export function checkComments(databaseFile: string, runId: string, acknowledged: Acknowledged[]): CommentCheck {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  let rows: { id: number; body: string }[];
  try {
    rows = db
      .prepare('select c.id, c.body from comments c join users u on u.id = c.user_id where u.email like ?')
      .all(`loadtest-${runId}-%`) as { id: number; body: string }[];
  } finally {
    db.close();
  }
  const byBody = new Map<string, number[]>();
  for (const row of rows) byBody.set(row.body, [...(byBody.get(row.body) ?? []), row.id]);
  const check: CommentCheck = { acknowledged: acknowledged.length, once: 0, missing: 0, duplicated: 0, storedUnacknowledged: 0 };
  const acked = new Set<string>();
  for (const { body, id } of acknowledged) {
    acked.add(body);
    const ids = byBody.get(body) ?? [];
    if (ids.length > 1) check.duplicated++;
    else if (ids.length === 1 && ids[0] === id) check.once++;
    else check.missing++;
  }
  // Posts whose answer never arrived (in flight at the kill): stored or not, nobody was told either way.
  for (const body of byBody.keys()) if (!acked.has(body)) check.storedUnacknowledged++;
  return check;
}

export function totalViews(databaseFile: string): number {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select coalesce(sum(view_count), 0) as n from articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
