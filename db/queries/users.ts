import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '../index';
import { accountColumns } from './columns';
import { personalReads, type PersonalReads } from './personal';
import { users, type UserRole } from '../schema';

export type AccountUser = {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
};

export async function findUserById(id: string): Promise<AccountUser | null> {
  return personalReads(db()).user(id);
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
