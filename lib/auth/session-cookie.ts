import { decode } from 'next-auth/jwt';
import { SESSION_COOKIE_NAMES, type CookieJar } from './cookie-jar';
import { authSecret } from './secret';

// No 'server-only' and no next/headers: the custom server (scripts/serve.ts) reads the session
// cookie with this too, outside a React server render.

const MAX_ENTRIES = 10_000;

type Claims = { sub?: unknown; exp?: unknown };

// Decoding a session token costs several milliseconds (a key derivation and a decryption), which
// would dominate every personal request. A token's claims never change, so they are kept per token.
const decoded = new Map<string, { userId: string | null; expires: number }>();

/** The session token a request carries, with the cookie name it came in (the JWE salt). */
export type SessionToken = { token: string; salt: string };

export function sessionToken(jar: CookieJar): SessionToken | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = jar.get(name)?.value ?? joinChunks(jar, name);
    if (token) return { token, salt: name };
  }
  return null;
}

/** The signed-in user's id from the session cookie, or null; the caller reads the user from the DB. */
export async function sessionUserIdFrom(jar: CookieJar): Promise<string | null> {
  const session = sessionToken(jar);
  return session ? userIdOf(session) : null;
}

/**
 * The user id of a token decoded before (null: not a valid session), or undefined when it must be
 * decoded first. Lets the custom server answer without a promise in the common case.
 */
export function knownUserIdOf({ token }: SessionToken, now = Date.now()): string | null | undefined {
  const known = decoded.get(token);
  if (!known || known.expires <= now) return undefined;
  return known.userId;
}

/**
 * `then(userId)` at once when the token was decoded before (the common case), else after decoding:
 * a promise per request costs measurably in a process where Next's async hooks follow every promise.
 */
export function withUserIdOf<T>(session: SessionToken | null, then: (userId: string | null) => T): T | Promise<T> {
  if (!session) return then(null);
  const known = knownUserIdOf(session);
  return known !== undefined ? then(known) : userIdOf(session).then(then);
}

export async function userIdOf(session: SessionToken): Promise<string | null> {
  const now = Date.now();
  const known = knownUserIdOf(session, now);
  if (known !== undefined) return known;
  const { token, salt } = session;
  const claims = (await decode({ token, secret: authSecret(), salt }).catch(() => null)) as Claims | null;
  const expires = typeof claims?.exp === 'number' ? claims.exp * 1000 : now + 60_000;
  if (decoded.size >= MAX_ENTRIES) decoded.clear();
  decoded.set(token, { userId: typeof claims?.sub === 'string' ? claims.sub : null, expires });
  return expires > now && typeof claims?.sub === 'string' ? claims.sub : null;
}

/** Large tokens are split into name.0, name.1, … */
function joinChunks(jar: CookieJar, name: string): string | undefined {
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : undefined;
}
