import type { IncomingMessage, ServerResponse } from 'node:http';
import { standalonePersonalReads } from '@/db/queries/personal';
import { cookieJar } from '@/lib/auth/cookie-jar';
import { sessionToken, withSessionRefOf, type SessionRef } from '@/lib/auth/session-cookie';
import { databasePath } from '@/lib/env';
import { PERSONAL_HEADERS, personalLayer } from '@/lib/personal-layer';

// GET /api/me answered by the custom server before Next's router: the same answer as
// app/api/me/route.ts at a fraction of the cost, so a signed-in page view stays cheap.

const PATH = '/api/me';

export function isPersonalRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return (req.method === 'GET' || req.method === 'HEAD') && (url === PATH || url.startsWith(`${PATH}?`));
}

/** Synchronous when the session token was decoded before (see withSessionRefOf). */
export function answerPersonalRequest(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
  return withSessionRefOf(sessionToken(cookieJar(req.headers.cookie)), (ref) => send(req, res, ref));
}

function send(req: IncomingMessage, res: ServerResponse, session: SessionRef | null): void {
  const article = new URL(req.url ?? PATH, 'http://localhost').searchParams.get('article');
  const body = JSON.stringify(personalLayer(standalonePersonalReads(databasePath()), session, article));
  res.writeHead(200, {
    ...PERSONAL_HEADERS,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
