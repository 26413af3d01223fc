import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
// Not in @auth/core's public exports: read from the file itself, so a move or rename fails here.
import { defaultCookies, SessionStore } from '../../node_modules/@auth/core/lib/utils/cookie.js';
import { authConfig } from '@/auth.config';
import { cookieJar, hasSessionCookie, SESSION_COOKIE_NAMES } from '@/lib/auth/cookie-jar';
import { sessionRefFrom } from '@/lib/auth/session-cookie';

// lib/auth/session-cookie.ts reads Auth.js's session cookie itself (the custom server answers
// before Auth.js runs). These tests hold it to what Auth.js writes: a next-auth update that changes
// the cookie names, the salt or the chunking fails here instead of signing everyone out.

const SECRET = 'auth-compat-secret-auth-compat-secret-0123456789';
process.env.AUTH_SECRET = SECRET;

describe("the session decode outside Auth.js, against Auth.js's own encoder and cookies", () => {
  it("knows both of Auth.js's session cookie names, the secure one first", () => {
    expect(SESSION_COOKIE_NAMES).toEqual([
      defaultCookies(true).sessionToken.name,
      defaultCookies(false).sessionToken.name,
    ]);
  });

  it('reads a token Auth.js encoded, under each cookie name (the name is the salt)', async () => {
    for (const useSecure of [true, false]) {
      const name = defaultCookies(useSecure).sessionToken.name;
      const token = await encode({ token: { sub: `user-${useSecure}`, sid: 'sid-1' }, secret: SECRET, salt: name, maxAge: authConfig.session.maxAge });
      expect(await sessionRefFrom(cookieJar(`${name}=${token}`))).toEqual({ userId: `user-${useSecure}`, sid: 'sid-1' });
      // The same token under the other name was encrypted with another salt: nobody.
      const other = defaultCookies(!useSecure).sessionToken.name;
      expect(await sessionRefFrom(cookieJar(`${other}=${token}`))).toBeNull();
    }
  });

  it("joins a large token as Auth.js's SessionStore chunks it", async () => {
    const option = defaultCookies(false).sessionToken;
    const token = await encode({
      token: { sub: 'big', sid: 'sid-big', padding: 'x'.repeat(9000) },
      secret: SECRET,
      salt: option.name,
    });
    const store = new SessionStore(option, {}, console);
    const chunks = store.chunk(token, {});
    expect(chunks.length).toBeGreaterThan(1);
    const header = chunks
      .map((c) => `${c.name}=${c.value}`)
      .reverse()
      .join('; ');
    const jar = cookieJar(header);
    expect(hasSessionCookie(jar)).toBe(true);
    expect(await sessionRefFrom(jar)).toEqual({ userId: 'big', sid: 'sid-big' });
  });
});
