import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import { db } from '../index';
import { passwordResetTokens, users } from '../schema';
import { endSessionsOf } from './sessions';

// Reset links carry a random token; the table keeps only its SHA-256, so a copy of the database
// cannot be turned into working links. A token works once, for an hour, and asking again replaces it.

export const RESET_TTL_MS = 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export type ResetTarget = { userId: string; name: string | null; email: string };

/** The account with this email (null when there is none): any account may set a password, OAuth ones too. */
export function findResetTarget(email: string): ResetTarget | null {
  const row = db()
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .get();
  return row?.email ? { ...row, email: row.email } : null;
}

/** A new link for the user; their earlier links (and any expired rows of theirs) stop working. */
export function createResetToken(userId: string, now = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  db().transaction((tx) => {
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
    tx.insert(passwordResetTokens)
      .values({ tokenHash: hashToken(token), userId, expires: new Date(now + RESET_TTL_MS), createdAt: new Date(now) })
      .run();
  });
  return token;
}

/** Whether the link still works (the page shows the form or says it has expired). */
export function isResetTokenLive(token: string, now = Date.now()): boolean {
  const row = db()
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), gt(passwordResetTokens.expires, new Date(now))))
    .get();
  return Boolean(row);
}

/**
 * Uses the link: the token row is deleted (only one request can), the password set and every
 * sign-in of the account ended, in one transaction. Null when the link is unknown, used or expired.
 */
export function resetPasswordWithToken(token: string, passwordHash: string, now = Date.now()): { userId: string } | null {
  return db().transaction((tx) => {
    const [claimed] = tx
      .delete(passwordResetTokens)
      .where(eq(passwordResetTokens.tokenHash, hashToken(token)))
      .returning({ userId: passwordResetTokens.userId, expires: passwordResetTokens.expires })
      .all();
    if (!claimed || claimed.expires.getTime() <= now) return null;
    tx.update(users).set({ passwordHash }).where(eq(users.id, claimed.userId)).run();
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, claimed.userId)).run();
    endSessionsOf(tx, claimed.userId);
    return { userId: claimed.userId };
  });
}

/** Expired rows of everyone (a range of password_reset_tokens_expires_idx), dropped by each reset request. */
export function pruneResetTokens(now = Date.now()): void {
  db().delete(passwordResetTokens).where(lte(passwordResetTokens.expires, new Date(now))).run();
}
