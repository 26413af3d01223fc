import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { standalonePersonalReads, type PersonalReads } from '@/db/queries/personal';
import { cookieJar } from '@/lib/auth/cookie-jar';
import { sessionToken, withUserIdOf, type SessionToken } from '@/lib/auth/session-cookie';
import { databasePath } from '@/lib/env';
import { personalHint } from '@/lib/personal-layer';
import { encodeHint, hintPath, PERSONAL_HINT_COOKIE } from '@/lib/personal-hint';
import { beforeWriteHead } from './write-head';

const ARTICLE_PAGE = /^\/news\/([1-9][0-9]{0,9})\/[^/?#]+(?:\?|$)/;
// The page reads the hint as soon as it starts; a minute covers a slow phone.
const MAX_AGE_S = 60;
const PREFETCH_HEADERS = ['rsc', 'next-router-prefetch', 'purpose', 'sec-purpose'];

/** A signed-in reader's request for an article page. */
export type HintRequest = { articleId: number; session: SessionToken };

export function personalHintRequest(req: IncomingMessage): HintRequest | null {
  // A page load only: not a client-side navigation or a prefetch, which would leave hints unread.
  if (req.method !== 'GET' || PREFETCH_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  const match = ARTICLE_PAGE.exec(req.url ?? '');
  const session = match && sessionToken(cookieJar(req.headers.cookie));
  return session ? { articleId: Number(match[1]), session } : null;
}

/** The Set-Cookie value carrying the reader's personal hint for the article (see withUserIdOf). */
export function personalHintCookie(
  { articleId, session }: HintRequest,
  reads: PersonalReads = standalonePersonalReads(databasePath()),
): string | Promise<string> {
  return withUserIdOf(session, (userId) => hintCookie(reads, userId, articleId));
}

function hintCookie(reads: PersonalReads, userId: string | null, articleId: number): string {
  const value = encodeHint(personalHint(reads, userId, articleId));
  return `${PERSONAL_HINT_COOKIE}=${value}; Path=${hintPath(articleId)}; Max-Age=${MAX_AGE_S}; SameSite=Lax`;
}

/**
 * Adds the hint to a page Next.js is rendering, on its way out: the headers Next.js set (the
 * shareable ones, handed to `onShared` for the micro-cache) first, then, on a 200, this reader's
 * cookie and `private, no-store`. So a signed-in reader's miss still refills the cache for everyone.
 */
export function addHintOnWrite(
  res: ServerResponse,
  cookie: string,
  privateCacheControl: string,
  onShared: (headers: OutgoingHttpHeaders) => void,
): void {
  beforeWriteHead(res, (status) => {
    onShared({ ...res.getHeaders() });
    if (status === 200) {
      const cookies = res.getHeader('set-cookie');
      res.setHeader('set-cookie', [...(cookies === undefined ? [] : [cookies].flat().map(String)), cookie]);
      res.setHeader('cache-control', privateCacheControl);
    }
    return status;
  });
}
