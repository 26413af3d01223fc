import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { standalonePersonalReads, type PersonalReads } from '@/db/queries/personal';
import { cookieJar, knownUserIdOf, sessionToken, userIdOf, type SessionToken } from '@/lib/auth/session-cookie';
import { databasePath } from '@/lib/env';
import { personalLayer } from '@/lib/personal-layer';
import { encodeHint, hintPath, PERSONAL_HINT_COOKIE } from '@/lib/personal-hint';

const ARTICLE_PAGE = /^\/news\/([1-9][0-9]{0,9})\/[^/?#]+(?:\?|$)/;
// Long enough for a reader who scrolls to the comments after reading the whole article.
const MAX_AGE_S = 600;

/** A signed-in reader's request for an article page. */
export type HintRequest = { articleId: number; session: SessionToken };

export function personalHintRequest(req: IncomingMessage): HintRequest | null {
  if (req.method !== 'GET') return null;
  const match = ARTICLE_PAGE.exec(req.url ?? '');
  const session = match && sessionToken(cookieJar(req.headers.cookie));
  return session ? { articleId: Number(match[1]), session } : null;
}

/**
 * The Set-Cookie value carrying the reader's personal hint for the article. Synchronous when the
 * session token was decoded before (the common case): a promise per request costs measurably in
 * a process where Next's async hooks follow every promise.
 */
export function personalHintCookie(
  { articleId, session }: HintRequest,
  reads: PersonalReads = standalonePersonalReads(databasePath()),
): string | Promise<string> {
  const known = knownUserIdOf(session);
  if (known !== undefined) return hintCookie(reads, known, articleId);
  return userIdOf(session).then((userId) => hintCookie(reads, userId, articleId));
}

function hintCookie(reads: PersonalReads, userId: string | null, articleId: number): string {
  const layer = personalLayer(reads, userId, String(articleId));
  const value = encodeHint({ article: articleId, user: layer.user, own: 'comments' in layer ? layer.comments.length : 0 });
  return `${PERSONAL_HINT_COOKIE}=${value}; Path=${hintPath(articleId)}; Max-Age=${MAX_AGE_S}; SameSite=Lax`;
}

/**
 * Adds the hint to a response Next.js is rendering, on its way out: the headers Next.js set (the
 * shareable ones, handed to `onShared` for the micro-cache) first, then this reader's cookie and
 * `private, no-store`. So a signed-in reader's miss still refills the cache for everyone.
 */
export function addHintOnWrite(
  res: ServerResponse,
  cookie: string,
  privateCacheControl: string,
  onShared: (headers: OutgoingHttpHeaders) => void,
): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const passed = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
    for (const [name, value] of Object.entries(passed ?? {})) if (value !== undefined) res.setHeader(name, value);
    onShared({ ...res.getHeaders() });
    res.setHeader('set-cookie', cookie);
    res.setHeader('cache-control', privateCacheControl);
    const message = rest.find((arg) => typeof arg === 'string');
    return message === undefined ? writeHead(status) : writeHead(status, message);
  }) as ServerResponse['writeHead'];
}
