import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { SessionRef } from '@/lib/auth/session-cookie';
import { onShutdown } from '@/lib/shutdown/hooks';
import { openDatabase, type DB } from '../client';
import { comments, sessions, users } from '../schema';
import { accountColumns, hasReplies, publicColumns } from './columns';
import type { OwnComment } from './comments';
import type { AccountUser } from './users';

// The two reads behind every personal request (who is signed in; their own comments on an article),
// prepared once per connection. No 'server-only': the custom server (scripts/serve.ts) runs them
// outside Next's app bundle.

export type PersonalReads = {
  /** The signed-in user, while the sign-in is live (not signed out, not ended by a ban or a new password). */
  user(session: SessionRef, now?: number): AccountUser | null;
  ownComments(userId: string, articleId: number, since: Date): OwnComment[];
  /**
   * user() with how many ownComments() there are, in one statement: the hint cookie needs only that,
   * on every signed-in page view.
   */
  userWithOwnCount(session: SessionRef, articleId: number, since: Date, now?: number): (AccountUser & { own: number }) | null;
};

const prepared = new WeakMap<DB, PersonalReads>();

export function personalReads(database: DB): PersonalReads {
  let reads = prepared.get(database);
  if (!reads) {
    reads = prepare(database);
    prepared.set(database, reads);
  }
  return reads;
}

function prepare(database: DB): PersonalReads {
  const liveSignIn = and(
    eq(sessions.sessionToken, sql.placeholder('sid')),
    eq(sessions.userId, users.id),
    gt(sessions.expires, sql.placeholder('now')),
  );
  const user = database
    .select(accountColumns)
    .from(users)
    .innerJoin(sessions, liveSignIn)
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare();
  // Only they can see it (pending), or they may still change it (approved within the edit window).
  const isOwn = and(
    eq(comments.articleId, sql.placeholder('articleId')),
    eq(comments.userId, sql.placeholder('userId')),
    sql`(${comments.status} = 'pending' or (${comments.status} = 'approved' and ${comments.createdAt} >= ${sql.placeholder('since')}))`,
  );
  const own = database
    .select({ ...publicColumns, status: comments.status, hasReplies })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(isOwn)
    .orderBy(asc(comments.createdAt))
    .prepare();
  const userWithOwn = database
    .select({ ...accountColumns, own: sql<number>`(select count(*) from ${comments} where ${isOwn})` })
    .from(users)
    .innerJoin(sessions, liveSignIn)
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare();
  return {
    user: ({ userId, sid }, now = Date.now()) => user.get({ userId, sid, now }) ?? null,
    ownComments: (userId, articleId, since) =>
      own.all({ userId, articleId, since: since.getTime() }).map((r) => ({ ...r, hasReplies: Boolean(r.hasReplies) })),
    userWithOwnCount: ({ userId, sid }, articleId, since, now = Date.now()) =>
      userWithOwn.get({ userId, sid, now, articleId, since: since.getTime() }) ?? null,
  };
}

let standalone: PersonalReads | undefined;

/**
 * The same reads on a connection of their own, for the custom server, which must not share the
 * app bundle's database client (another copy of drizzle).
 */
export function standalonePersonalReads(file: string): PersonalReads {
  if (!standalone) {
    const { sqlite, db } = openDatabase(file);
    try {
      standalone = personalReads(db);
      onShutdown('personal reads', 'close', () => void sqlite.close());
    } catch (error) {
      sqlite.close(); // not migrated yet, for instance: the next request tries again
      throw error;
    }
  }
  return standalone;
}
