import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lte, ne } from 'drizzle-orm';
import { db } from '../index';
import { sessions } from '../schema';

// The server-side list of sign-ins. A session token (JWT) names its row (`sid`); the reads in
// db/queries/personal.ts join it, so a token whose row is gone reads as signed out.

type Writer = Pick<ReturnType<typeof db>, 'delete'>;

export type SessionRow = { sid: string; createdAt: Date; userAgent: string | null };

/** Records a sign-in and returns its id for the token; the user's expired rows go at the same time. */
export function startSession(userId: string, maxAgeMs: number, userAgent: string | null, now = Date.now()): string {
  const sid = randomBytes(24).toString('base64url');
  db().transaction((tx) => {
    tx.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expires, new Date(now)))).run();
    tx.insert(sessions)
      .values({ sessionToken: sid, userId, expires: new Date(now + maxAgeMs), createdAt: new Date(now), userAgent: userAgent?.slice(0, 300) ?? null })
      .run();
  });
  return sid;
}

export function endSession(sid: string): void {
  db().delete(sessions).where(eq(sessions.sessionToken, sid)).run();
}

/** Ends every sign-in of the user (a ban, a role change, a new password), but `keep` when given. */
export function endSessionsOf(writer: Writer, userId: string, keep?: string): number {
  const where = keep ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, keep)) : eq(sessions.userId, userId);
  return writer.delete(sessions).where(where).run().changes;
}

/** "Sign out everywhere". */
export function endAllSessionsOf(userId: string): void {
  endSessionsOf(db(), userId);
}

export function liveSessionsOf(userId: string, now = Date.now()): SessionRow[] {
  return db()
    .select({ sid: sessions.sessionToken, createdAt: sessions.createdAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, new Date(now))))
    .orderBy(desc(sessions.createdAt))
    .all();
}
