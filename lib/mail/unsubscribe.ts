import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { siteLink } from './layout';

// An unsubscribe link works without signing in: it names the comment whose replies were mailed and
// carries an HMAC of it under the site's secret, so nobody can unsubscribe someone else by guessing ids.

const sign = (commentId: number) => createHmac('sha256', authSecret()).update(`unsubscribe-replies:${commentId}`).digest('base64url').slice(0, 32);

export function unsubscribeQuery(commentId: number): string {
  return `c=${commentId}&s=${sign(commentId)}`;
}

/** The page a reader opens from the mail (it asks before acting: mail scanners open links too). */
export const unsubscribePageUrl = (commentId: number) => siteLink(`/unsubscribe?${unsubscribeQuery(commentId)}`);

/** RFC 8058's one-click target: the mail client POSTs to it with List-Unsubscribe=One-Click. */
export const oneClickUnsubscribeUrl = (commentId: number) => siteLink(`/api/unsubscribe?${unsubscribeQuery(commentId)}`);

/** The comment id of a genuine link, else null. */
export function verifiedUnsubscribe(c: unknown, s: unknown): number | null {
  if (typeof c !== 'string' || typeof s !== 'string' || !/^[1-9]\d{0,9}$/.test(c)) return null;
  const id = Number(c);
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(s);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
