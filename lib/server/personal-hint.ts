import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { standalonePersonalReads, type PersonalReads } from '@/db/queries/personal';
import { cookieJar } from '@/lib/auth/cookie-jar';
import { sessionToken, withSessionRefOf, type SessionRef, type SessionToken } from '@/lib/auth/session-cookie';
import { databasePath } from '@/lib/env';
import { PERSONAL_HEADERS, personalHint } from '@/lib/personal-layer';
import { encodeHint, hintCookieName, hintPath } from '@/lib/personal-hint';
import { ARTICLE_PAGE_URL } from '@/lib/reader-pages';
import { isHttps } from '@/lib/security-headers';
import { isPrefetch, isRscRequest } from './next-request-markers';
import { beforeWriteHead } from './write-head';

// The page reads the hint as soon as it starts; a minute covers a slow phone.
const MAX_AGE_S = 60;
// Over HTTPS (SITE_URL) the hint is a __Secure- cookie sent with Secure.
const SECURE = isHttps(process.env.SITE_URL ?? '');

/** A signed-in reader's request for an article page. */
export type HintRequest = { articleId: number; session: SessionToken };

export function personalHintRequest(req: IncomingMessage): HintRequest | null {
  // A page load only: not a client-side navigation or a prefetch, which would leave hints unread.
  if (req.method !== 'GET' || isRscRequest(req.headers) || isPrefetch(req.headers)) return null;
  // The hint's cookie path, /news/<id>/, covers the article and its comment pages.
  const match = ARTICLE_PAGE_URL.exec(req.url ?? '');
  const session = match && sessionToken(cookieJar(req.headers.cookie));
  return session ? { articleId: Number(match[1]), session } : null;
}

/** The Set-Cookie value carrying the reader's personal hint for the article (see withSessionRefOf). */
export function personalHintCookie(
  { articleId, session }: HintRequest,
  reads: PersonalReads = standalonePersonalReads(databasePath()),
): string | Promise<string> {
  return withSessionRefOf(session, (ref) => hintCookie(reads, ref, articleId));
}

function hintCookie(reads: PersonalReads, session: SessionRef | null, articleId: number): string {
  const value = encodeHint(personalHint(reads, session, articleId));
  return `${hintCookieName(SECURE)}=${value}; Path=${hintPath(articleId)}; Max-Age=${MAX_AGE_S}; SameSite=Lax${SECURE ? '; Secure' : ''}`;
}

/** What the hint adds to an article page's response: only a 200 carries it, and is then private. */
export function hintHeaders(cookie: string | null, status: number): { 'set-cookie'?: string; 'cache-control'?: string } {
  return cookie && status === 200 ? { 'set-cookie': cookie, 'cache-control': PERSONAL_HEADERS['Cache-Control'] } : {};
}

/**
 * Adds the hint to a page Next.js is rendering, on its way out: the headers Next.js set (the
 * shareable ones, handed to `onShared` for the micro-cache) first, then hintHeaders(), the cookie
 * appended to any Next.js set. So a signed-in reader's miss still refills the cache for everyone.
 */
export function addHintOnWrite(res: ServerResponse, cookie: string, onShared: (headers: OutgoingHttpHeaders) => void): void {
  beforeWriteHead(res, (status) => {
    onShared({ ...res.getHeaders() });
    const added = hintHeaders(cookie, status);
    if (added['set-cookie'] && added['cache-control']) {
      const cookies = res.getHeader('set-cookie');
      res.setHeader('set-cookie', [...(cookies === undefined ? [] : [cookies].flat().map(String)), added['set-cookie']]);
      res.setHeader('cache-control', added['cache-control']);
    }
    return status;
  });
}
