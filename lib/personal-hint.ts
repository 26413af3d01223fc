// The personal layer's short form, handed to a signed-in reader's article page in a cookie by the
// custom server (lib/server/personal-hint.ts), the way WordPress's cached pages learn the
// commenter from cookies: the page then needs no /api/me request unless the reader has comments
// of their own on the article. Read once by the page's script, then deleted. Display only: every
// write still checks the session on the server.

import { userRoles, type UserRole } from '@/db/schema';

export const PERSONAL_HINT_COOKIE = 'khabar-me';
/** Its name over HTTPS: the browser then keeps it only if it came Secure from this site. */
export const SECURE_PERSONAL_HINT_COOKIE = `__Secure-${PERSONAL_HINT_COOKIE}`;
const HINT_COOKIES = [SECURE_PERSONAL_HINT_COOKIE, PERSONAL_HINT_COOKIE];

/** Who is signed in, as the reader's own page may show it. */
export type PersonalUser = { name: string; role: UserRole; banned: boolean };

export type PersonalHint = {
  article: number;
  user: PersonalUser | null;
  /** How many comments of their own the page should fetch from /api/me. */
  own: number;
};

export function encodeHint(hint: PersonalHint): string {
  return encodeURIComponent(JSON.stringify(hint));
}

/** The hint for this article from document.cookie, or null (absent, for another article, malformed). */
export function readHint(cookieString: string, articleId: number): PersonalHint | null {
  const parts = cookieString.split(';').map((part) => part.trim());
  const raw = HINT_COOKIES.map((name) => parts.find((part) => part.startsWith(`${name}=`))).find(Boolean);
  if (!raw) return null;
  try {
    const hint = JSON.parse(decodeURIComponent(raw.slice(raw.indexOf('=') + 1))) as PersonalHint;
    const user = hint.user;
    const validUser =
      user === null ||
      (typeof user === 'object' &&
        typeof user.name === 'string' &&
        (userRoles as readonly string[]).includes(user.role) &&
        typeof user.banned === 'boolean');
    if (hint.article !== articleId || !validUser || !Number.isInteger(hint.own) || hint.own < 0) return null;
    return hint;
  } catch {
    return null;
  }
}

/** The cookie's Path: only that article's pages carry it. */
export function hintPath(articleId: number): string {
  return `/news/${articleId}/`;
}

/** The hint cookie's name: __Secure- over HTTPS. */
export function hintCookieName(secure: boolean): string {
  return secure ? SECURE_PERSONAL_HINT_COOKIE : PERSONAL_HINT_COOKIE;
}
