import type { IncomingMessage } from 'node:http';
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
