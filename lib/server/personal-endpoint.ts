import type { IncomingMessage, ServerResponse } from 'node:http';
import { standalonePersonalReads } from '@/db/queries/personal';
import { cookieJar } from '@/lib/auth/cookie-jar';
import { databasePath } from '@/lib/env';
import { personalResponse, type PersonalResponse } from '@/lib/personal-response';

// GET /api/me answered by the custom server before Next's router: the same answer as
// app/api/me/route.ts (lib/personal-response.ts) at a fraction of the cost, so a signed-in page
// view stays cheap.

const PATH = '/api/me';

export function isPersonalRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return (req.method === 'GET' || req.method === 'HEAD') && (url === PATH || url.startsWith(`${PATH}?`));
}

/** Synchronous when the session token was decoded before (see withSessionRefOf). */
export function answerPersonalRequest(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
  const article = new URL(req.url ?? PATH, 'http://localhost').searchParams.get('article');
  const response = personalResponse(standalonePersonalReads(databasePath()), cookieJar(req.headers.cookie), article);
  return response instanceof Promise ? response.then((r) => send(req, res, r)) : send(req, res, response);
}

function send(req: IncomingMessage, res: ServerResponse, { status, headers, body }: PersonalResponse): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
