import type { IncomingMessage, ServerResponse } from 'node:http';
import { standalonePersonalReads, type PersonalReads } from '@/db/queries/personal';
import { capabilityForAdminPath } from '@/lib/admin/paths';
import { can } from '@/lib/auth/roles';
import { cookieJar, hasSessionCookie, type CookieJar } from '@/lib/auth/cookie-jar';
import { sessionRefFrom } from '@/lib/auth/session-cookie';
import { databasePath } from '@/lib/env';
import { NEXT_MARKERS } from './next-request-markers';
import { beforeWriteHead } from './write-head';

// An admin page refuses a commenter (or a banned user, or a moderator on an admin-only page) with
// the Arabic 403 page, but Next has already sent the headers (status 200) by the time the page's
// check runs. The custom server asks the same question first and sends the refusal as a 403.
// The page still decides; this only corrects the status line.

/** A browser loading an admin page with a session: not a server action, not an RSC navigation. */
export function isAdminDocumentRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    /^\/admin(?:[/?]|$)/.test(url) &&
    !req.headers[NEXT_MARKERS.rsc] &&
    !req.headers[NEXT_MARKERS.action] &&
    hasSessionCookie(cookieJar(req.headers.cookie))
  );
}

export async function sendRefusalAs403(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const reads = standalonePersonalReads(databasePath());
  if (!(await adminPageRefuses(reads, cookieJar(req.headers.cookie), pathname))) return;
  beforeWriteHead(res, (status) => (status === 200 ? 403 : status));
}

/** Whether the admin page at this path will refuse the signed-in viewer. */
export async function adminPageRefuses(reads: PersonalReads, jar: CookieJar, pathname: string): Promise<boolean> {
  const session = await sessionRefFrom(jar);
  if (!session) return false; // not signed in: the page sends the visitor to sign in
  const user = reads.user(session);
  if (!user) return false;
  return user.bannedAt !== null || !can(user, capabilityForAdminPath(pathname));
}
