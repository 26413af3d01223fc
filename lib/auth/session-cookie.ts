import { decode } from 'next-auth/jwt';
import { SESSION_COOKIE_NAMES, type CookieJar } from './cookie-jar';
import { authSecret } from './secret';

// No 'server-only' and no next/headers: the custom server (scripts/serve.ts) reads the session
// cookie with this too, outside a React server render.

const MAX_ENTRIES = 10_000;

type Claims = { sub?: unknown; sid?: unknown; exp?: unknown };

/** Who a session token says is signed in: the user and the sign-in (a row of the sessions table). */
export type SessionRef = { userId: string; sid: string };

// Decoding a session token costs several milliseconds (a key derivation and a decryption), which
// would dominate every personal request. A token's claims never change, so they are kept per token
// (and cookie name, its salt);
// whether the sign-in is still live is read from the database with the user (db/queries/personal.ts).
const decoded = new Map<string, { ref: SessionRef | null; expires: number }>();

/** The session token a request carries, with the cookie name it came in (the JWE salt). */
export type SessionToken = { token: string; salt: string };

export function sessionToken(jar: CookieJar): SessionToken | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = jar.get(name)?.value ?? joinChunks(jar, name);
    if (token) return { token, salt: name };
  }
  return null;
}

/** The sign-in the session cookie names, or null; the caller reads the user and the sign-in from the DB. */
export async function sessionRefFrom(jar: CookieJar): Promise<SessionRef | null> {
  const session = sessionToken(jar);
  return session ? sessionRefOf(session) : null;
}

/**
 * The sign-in of a token decoded before (null: not a valid session), or undefined when it must be
 * decoded first. Lets the custom server answer without a promise in the common case.
 */
export function knownSessionRefOf({ token, salt }: SessionToken, now = Date.now()): SessionRef | null | undefined {
  const known = decoded.get(salt + token);
  if (!known || known.expires <= now) return undefined;
  return known.ref;
}

/**
 * `then(ref)` at once when the token was decoded before (the common case), else after decoding:
 * a promise per request costs measurably in a process where Next's async hooks follow every promise.
 */
export function withSessionRefOf<T>(session: SessionToken | null, then: (ref: SessionRef | null) => T): T | Promise<T> {
  if (!session) return then(null);
  const known = knownSessionRefOf(session);
  return known !== undefined ? then(known) : sessionRefOf(session).then(then);
}

export async function sessionRefOf(session: SessionToken): Promise<SessionRef | null> {
  const now = Date.now();
  const known = knownSessionRefOf(session, now);
  if (known !== undefined) return known;
  const { token, salt } = session;
  const claims = (await decode({ token, secret: authSecret(), salt }).catch(() => null)) as Claims | null;
  const expires = typeof claims?.exp === 'number' ? claims.exp * 1000 : now + 60_000;
  // A token without a sign-in id was issued before sessions were listed: it is signed out.
  const ref =
    typeof claims?.sub === 'string' && typeof claims.sid === 'string' ? { userId: claims.sub, sid: claims.sid } : null;
  if (decoded.size >= MAX_ENTRIES) decoded.clear();
  decoded.set(salt + token, { ref, expires });
  return expires > now ? ref : null;
}

/** Large tokens are split into name.0, name.1, … */
function joinChunks(jar: CookieJar, name: string): string | undefined {
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : undefined;
}
