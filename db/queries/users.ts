import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { users, type UserRole } from '../schema';

export type AccountUser = {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
};

const accountColumns = {
  id: users.id,
  name: sql<string>`coalesce(${users.name}, '')`,
  email: users.email,
  role: users.role,
  bannedAt: users.bannedAt,
};

export async function findUserById(id: string): Promise<AccountUser | null> {
  const [row] = await db().select(accountColumns).from(users).where(eq(users.id, id));
  return row ?? null;
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
