import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authSecret } from './secret';

// Auth.js's cookie names: the __Secure- one over HTTPS. The cookie name is also the JWE salt.
const COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'];
const MAX_ENTRIES = 10_000;

type Claims = { sub?: unknown; exp?: unknown };

// Decoding a session token costs several milliseconds (a key derivation and a decryption), which
// would dominate every personal request. A token's claims never change, so they are kept per token.
const decoded = new Map<string, { userId: string | null; expires: number }>();

/** The signed-in user's id from the session cookie, or null; the caller reads the user from the DB. */
export async function sessionUserId(): Promise<string | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const token = jar.get(name)?.value ?? joinChunks(jar, name);
    if (token) return userIdOf(token, name);
  }
  return null;
}

async function userIdOf(token: string, salt: string): Promise<string | null> {
  const now = Date.now();
  const known = decoded.get(token);
  if (known && known.expires > now) return known.userId;
  const claims = (await decode({ token, secret: authSecret(), salt }).catch(() => null)) as Claims | null;
  const expires = typeof claims?.exp === 'number' ? claims.exp * 1000 : now + 60_000;
  if (decoded.size >= MAX_ENTRIES) decoded.clear();
  decoded.set(token, { userId: typeof claims?.sub === 'string' ? claims.sub : null, expires });
  return expires > now && typeof claims?.sub === 'string' ? claims.sub : null;
}

/** Large tokens are split into name.0, name.1, … */
function joinChunks(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | undefined {
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : undefined;
}
