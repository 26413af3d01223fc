import 'server-only';
import { and, asc, between, count, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { capabilities } from '@/lib/auth/roles';
import type { DB } from '../client';
import { db } from '../index';
import { articles, comments, settings, users } from '../schema';
import { authorName } from './columns';

// Where the moderators' mail about waiting comments has got to: the newest comment id already
// considered and when the last mail went out, one settings row. Several processes may run the
// notice at once; the row is moved with a compare-and-set, so only one of them sends.

const KEY = 'pending-notice';

export type NoticeCursor = { lastId: number; lastSentAt: number };
export type PendingItem = { id: number; body: string; author: string; articleTitle: string };

/** The stored cursor; the first time, everything already in the table up to `seenUpTo` counts as seen. */
export function readNoticeCursor(seenUpTo: () => number): NoticeCursor {
  const row = db().select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get();
  const value = row?.value as Partial<NoticeCursor> | undefined;
  if (typeof value?.lastId === 'number' && typeof value.lastSentAt === 'number') return { lastId: value.lastId, lastSentAt: value.lastSentAt };
  const cursor = { lastId: seenUpTo(), lastSentAt: 0 };
  db().insert(settings).values({ key: KEY, value: cursor, updatedAt: new Date() }).onConflictDoNothing().run();
  return readNoticeCursor(seenUpTo);
}

/** max(id) is read from the end of the primary key, one step. */
export function newestCommentId(): number {
  return db().select({ id: max(comments.id) }).from(comments).get()?.id ?? 0;
}

/** Moves the cursor if nobody else did since `seen` was read: true means this caller sends. */
export function advanceNoticeCursor(seen: NoticeCursor, next: NoticeCursor): boolean {
  return db().transaction((tx) => {
    const row = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get();
    const now = row?.value as Partial<NoticeCursor> | undefined;
    if (now?.lastId !== seen.lastId || now?.lastSentAt !== seen.lastSentAt) return false;
    tx.update(settings).set({ value: next, updatedAt: new Date() }).where(eq(settings.key, KEY)).run();
    return true;
  });
}

// The unary + keeps SQLite off comments_status_idx, which would walk every waiting comment: the id
// range holds only what arrived since the last run.
const inRange = (lastId: number, upToId: number) => and(between(comments.id, lastId + 1, upToId), sql`+${comments.status} = 'pending'`);

/** The waiting comments in (lastId, upToId]: a range of the primary key, so only new rows are read. */
export function pendingInRangeQuery(database: DB, lastId: number, upToId: number, limit: number) {
  return database
    .select({ id: comments.id, body: comments.body, author: authorName, articleTitle: articles.title })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.userId))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(inRange(lastId, upToId))
    .orderBy(asc(comments.id))
    .limit(limit);
}

export function pendingSince(lastId: number, upToId: number, limit: number): { items: PendingItem[]; total: number } {
  const total = db().select({ n: count() }).from(comments).where(inRange(lastId, upToId)).get()?.n ?? 0;
  return { items: total === 0 ? [] : pendingInRangeQuery(db(), lastId, upToId, limit).all(), total };
}

/** Everyone who runs the comment queue and can be mailed (users_role_idx: a handful of rows). */
export function moderatorAddressesQuery(database: DB) {
  return database
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(inArray(users.role, [...capabilities.moderate]), isNull(users.bannedAt), isNotNull(users.email)));
}

export function moderatorAddresses(): { email: string; name: string | null }[] {
  return moderatorAddressesQuery(db())
    .all()
    .map((r) => ({ email: r.email!, name: r.name }));
}
