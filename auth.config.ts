import type { NextAuthConfig } from 'next-auth';
import type { UserRole } from '@/db/schema';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

// Edge-safe: no database, no hashing. The role in the token is a hint for the UI only;
// every write and admin page re-reads the user from the database (lib/auth/guards.ts).
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: UserRole }).role ?? 'commenter';
      return token;
    },
    // Only this site's own paths, whatever the encoding (lib/auth/callback-url.ts).
    redirect({ url, baseUrl }) {
      return safeCallbackUrl(url, baseUrl);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = (token.role as UserRole | undefined) ?? 'commenter';
      return session;
    },
  },
} satisfies NextAuthConfig;
