import { decode } from 'next-auth/jwt';
import { authSecret } from './secret';

// No 'server-only' and no next/headers: proxy.ts and the custom server (scripts/serve.ts) read the
// session cookie with this too, outside a React server render.

// Auth.js's cookie names: the __Secure- one over HTTPS. The cookie name is also the JWE salt.
const COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'];
const MAX_ENTRIES = 10_000;

/** What next/headers' cookies() and NextRequest.cookies have in common. */
export type CookieJar = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

type Claims = { sub?: unknown; exp?: unknown };

// Decoding a session token costs several milliseconds (a key derivation and a decryption), which
// would dominate every personal request. A token's claims never change, so they are kept per token.
const decoded = new Map<string, { userId: string | null; expires: number }>();

/** Whether the request carries a session cookie at all (cheap: no decoding). */
export function hasSessionCookie(jar: CookieJar): boolean {
  return jar.getAll().some((c) => COOKIE_NAMES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

/** The session token a request carries, with the cookie name it came in (the JWE salt). */
export type SessionToken = { token: string; salt: string };

export function sessionToken(jar: CookieJar): SessionToken | null {
  for (const name of COOKIE_NAMES) {
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

/** A CookieJar over a raw Cookie header, for code that sees Node's IncomingMessage. */
export function cookieJar(header: string | undefined): CookieJar {
  const all: { name: string; value: string }[] = [];
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape is kept as sent; decoding the token then fails and nobody is signed in.
    }
    all.push({ name, value });
  }
  return {
    get: (name) => all.find((c) => c.name === name),
    getAll: () => all,
  };
}
