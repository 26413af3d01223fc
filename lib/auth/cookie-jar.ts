// Cookie plumbing with no dependencies, so proxy.ts can use it without pulling in the token code.

// Auth.js's cookie names: the __Secure- one over HTTPS. The cookie name is also the JWE salt.
export const SESSION_COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/** What next/headers' cookies() and NextRequest.cookies have in common. */
export type CookieJar = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

/** Whether the request carries a session cookie at all (cheap: no decoding). */
export function hasSessionCookie(jar: CookieJar): boolean {
  return jar.getAll().some((c) => SESSION_COOKIE_NAMES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

/** A CookieJar over a raw Cookie header, for code that sees Node's IncomingMessage. */
export function cookieJar(header: string | undefined): CookieJar {
  const all: { name: string; value: string }[] = [];
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.includes('%')) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // A malformed escape is kept as sent; decoding the token then fails and nobody is signed in.
      }
    }
    all.push({ name, value });
  }
  return {
    get: (name) => all.find((c) => c.name === name),
    getAll: () => all,
  };
}
