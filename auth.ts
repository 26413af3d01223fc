import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter } from 'next-auth/adapters';
import { providerDisplayName } from '@/lib/accounts/reserved-names';
import { headers } from 'next/headers';
import { db } from '@/db';
import { accounts, sessions, users, verificationTokens, type UserRole } from '@/db/schema';
import { findCredentials } from '@/db/queries/users';
import { endSession, startSession } from '@/db/queries/sessions';
import { checkPasswordWithinLimits } from '@/lib/auth/attempt-limits';
import { TooManyAttempts } from '@/lib/auth/messages';
import { enabledOAuthProviders } from '@/lib/auth/oauth';
import { authSecret } from '@/lib/auth/secret';
import { clientAddressFrom } from '@/lib/client-address';
import { env } from '@/lib/env';
import { signInSchema } from '@/lib/validation/auth';
import { authConfig } from './auth.config';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession['user'];
  }
}

// Every way in (the sign-in form's action, Auth.js's own /api/auth/callback/credentials) ends
// here, so one set of attempt limits guards them all (lib/auth/attempt-limits.ts).
const credentials = Credentials({
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  async authorize(input, request) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return null;
    const attempt = { email: parsed.data.email, address: clientAddressFrom(request.headers, env().TRUST_PROXY) };
    const user = await findCredentials(parsed.data.email);
    const check = await checkPasswordWithinLimits(attempt, user?.passwordHash, parsed.data.password);
    if (check === 'wait') throw new TooManyAttempts();
    if (check === 'wrong' || !user) return null;
    return { id: user.id, name: user.name, email: user.email, role: user.role };
  },
});

export { enabledOAuthProviders as oauthProviders } from '@/lib/auth/oauth';

function providers(): Provider[] {
  const enabled = new Set(enabledOAuthProviders().map((p) => p.id));
  return [credentials, ...(enabled.has('github') ? [GitHub] : []), ...(enabled.has('google') ? [Google] : [])];
}

const MAX_AGE_S = authConfig.session.maxAge;

// A function, so the database opens on the first auth request rather than at import (build time).
/** Auth.js's Drizzle adapter, but an account from an OAuth provider gets a clean, unreserved name. */
function adapter(): Adapter {
  const drizzle = DrizzleAdapter(db(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...drizzle,
    async createUser(user) {
      return drizzle.createUser!({ ...user, name: await providerDisplayName(user.name) });
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  adapter: adapter(),
  providers: providers(),
  callbacks: {
    ...authConfig.callbacks,
    // A sign-in is recorded on the server (db/queries/sessions.ts) and the token names it: signing
    // out, a ban, a role change or a new password deletes the row, and the token reads as signed out.
    async jwt({ token, user }) {
      if (user?.id) {
        token.role = (user as { role?: UserRole }).role ?? 'commenter';
        token.sid = startSession(user.id, MAX_AGE_S * 1000, (await headers()).get('user-agent'));
      }
      return token;
    },
  },
  events: {
    signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') endSession(sid);
    },
  },
  logger: {
    // A wrong password is an everyday event, answered in the form; not a server error to log.
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error(error);
    },
  },
}));
