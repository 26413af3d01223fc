import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { staffRoles } from '@/lib/auth/roles';
import type { DB } from '../client';
import { db } from '../index';
import type { SessionRef } from '@/lib/auth/session-cookie';
import { accountColumns } from './columns';
import { personalReads, type PersonalReads } from './personal';
import { users, type UserRole } from '../schema';
import { endSessionsOf } from './sessions';

export type AccountUser = {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
};

/** The user a live sign-in belongs to (null once it has ended). */
export async function findSessionUser(session: SessionRef): Promise<AccountUser | null> {
  return personalReads(db()).user(session);
}

/** The personal layer's reads on the site's connection (the custom server opens its own). */
export function sitePersonalReads(): PersonalReads {
  return personalReads(db());
}

export async function findCredentials(email: string) {
  const [row] = await db()
    .select({ ...accountColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

/** Creates a commenter with a password; null when the email is taken. */
export async function createPasswordUser(input: {
  name: string;
  email: string;
  passwordHash: string;
}): Promise<AccountUser | null> {
  const [row] = await db()
    .insert(users)
    .values({ name: input.name, email: input.email.toLowerCase(), passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning(accountColumns);
  return row ?? null;
}

export async function findPasswordHash(userId: string): Promise<string | null> {
  const [row] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash ?? null;
}

/** A new password ends every other sign-in of the account; `keep` is the one making the change. */
export function changePassword(userId: string, passwordHash: string, keep: string): void {
  db().transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    endSessionsOf(tx, userId, keep);
  });
}

/** Staff names (writers, moderators, editors, admins): `role in (…)` reads users_role_idx, a handful of rows, never the whole table. */
export function staffNamesQuery(database: DB) {
  return database.select({ name: users.name }).from(users).where(inArray(users.role, staffRoles));
}

export async function listStaffNames(): Promise<string[]> {
  return (await staffNamesQuery(db())).flatMap((row) => (row.name ? [row.name] : []));
}
