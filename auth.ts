import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { db } from '@/db';
import { accounts, sessions, users, verificationTokens, type UserRole } from '@/db/schema';
import { findCredentials } from '@/db/queries/users';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import { authSecret } from '@/lib/auth/secret';
import { signInSchema } from '@/lib/validation/auth';
import { authConfig } from './auth.config';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession['user'];
  }
}

const credentials = Credentials({
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  async authorize(input) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return null;
    const user = await findCredentials(parsed.data.email);
    if (!user?.passwordHash) return verifyAgainstDummy(parsed.data.password).then(() => null);
    if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
    return { id: user.id, name: user.name, email: user.email, role: user.role };
  },
});

/** OAuth sign-in switches on when its AUTH_<PROVIDER>_ID and _SECRET are set. */
export function oauthProviders(): { id: string; name: string }[] {
  const list: { id: string; name: string }[] = [];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) list.push({ id: 'github', name: 'GitHub' });
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) list.push({ id: 'google', name: 'Google' });
  return list;
}

function providers(): Provider[] {
  const enabled = new Set(oauthProviders().map((p) => p.id));
  return [credentials, ...(enabled.has('github') ? [GitHub] : []), ...(enabled.has('google') ? [Google] : [])];
}

// A function, so the database opens on the first auth request rather than at import (build time).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  adapter: DrizzleAdapter(db(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: providers(),
  logger: {
    // A wrong password is an everyday event, answered in the form; not a server error to log.
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error(error);
    },
  },
}));
