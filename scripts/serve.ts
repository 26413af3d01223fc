import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import next from 'next';
import { isShareable, MicroCache, recordBody } from '@/lib/server/micro-cache';
import { answerPersonalRequest, isPersonalRequest } from '@/lib/server/personal-endpoint';
import { isAdminDocumentRequest, sendRefusalAs403 } from '@/lib/server/admin-refusal';
import { addHintOnWrite, hintHeaders, personalHintCookie, personalHintRequest } from '@/lib/server/personal-hint';

// The production server: Next.js's request handler behind a one-second in-process micro-cache
// (lib/server/micro-cache.ts); a signed-in reader's article page carries the personal layer's short
// form in a cookie (lib/server/personal-hint.ts) and GET /api/me is answered without Next's router
// (lib/server/personal-endpoint.ts); admin refusals are sent as 403 (lib/server/admin-refusal.ts).
// `next start` works too; this serves pages several times faster.

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const ttlMs = Number(process.env.MICRO_CACHE_MS ?? 1000);
// What a shared cache (nginx, a CDN) may do with a public page: keep it briefly, serve it stale
// while it refreshes. Next's own s-maxage (its revalidate time) would hide a new comment too long.
const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';
const NOT_A_WRITE = new Set(['GET', 'HEAD', 'OPTIONS']);
// Marks the server's own background refresh of a stale entry; unguessable, so no client can use it.
const REFRESH_HEADER = 'x-khabar-refresh';
const refreshToken = randomBytes(16).toString('hex');

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port, hostname, conf: undefined });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = new MicroCache(ttlMs);

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      fail(req, res, error);
    }
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    if (isPersonalRequest(req)) return settle(answerPersonalRequest(req, res), req, res);
    if (!NOT_A_WRITE.has(req.method ?? 'GET') && !req.url?.startsWith('/api/views')) {
      res.once('finish', () => cache.clear());
    }
    const hintRequest = personalHintRequest(req);
    if (hintRequest) {
      const cookie = personalHintCookie(hintRequest);
      if (typeof cookie === 'string') return respond(req, res, cookie);
      return settle(cookie.then((c) => respond(req, res, c)), req, res);
    }
    if (isAdminDocumentRequest(req)) return settle(sendRefusalAs403(req, res).then(() => respond(req, res, null)), req, res);
    respond(req, res, null);
  }

  /** From the micro-cache or from Next; a signed-in reader's article page also gets its personal hint. */
  function respond(req: IncomingMessage, res: ServerResponse, hintCookie: string | null) {
    const isRefresh = req.headers[REFRESH_HEADER] === refreshToken;
    const key = cache.keyFor(req);
    const hit = key && !isRefresh ? cache.get(key) : undefined;
    if (hit) {
      if (hit.refresh) refreshInBackground(req);
      const personal = hintHeaders(hintCookie, hit.entry.status);
      res.writeHead(hit.entry.status, { ...hit.entry.headers, ...personal, 'x-micro-cache': hit.refresh ? 'STALE' : 'HIT' });
      res.end(req.method === 'HEAD' ? undefined : hit.entry.body);
      return;
    }
    rewriteSharedCacheControl(res);
    let sharedHeaders: OutgoingHttpHeaders | undefined;
    if (hintCookie) addHintOnWrite(res, hintCookie, (headers) => (sharedHeaders = headers));
    if (key && req.method === 'GET') {
      recordBody(res, (body) => {
        const headers = sharedHeaders ?? res.getHeaders();
        if (body && isShareable(res.statusCode, headers, body.length)) {
          cache.set(key, { status: res.statusCode, headers, body });
        } else if (isRefresh) {
          cache.refreshFailed(key);
        }
      });
    }
    settle(handle(req, res), req, res);
  }

  server.keepAliveTimeout = 65_000;

  /** Asks this server for the page again (over loopback) so the response lands in the cache. */
  function refreshInBackground(req: IncomingMessage) {
    const address = server.address();
    if (!address || typeof address === 'string') return;
    const headers = { 'accept-encoding': req.headers['accept-encoding'] ?? '', [REFRESH_HEADER]: refreshToken };
    const refresh = httpRequest({ host: '127.0.0.1', port: address.port, path: req.url, headers }, (r) => r.resume());
    refresh.on('error', () => {});
    refresh.end();
  }
  server.listen(port, hostname, () => {
    console.log(`خبر: http://${hostname ?? 'localhost'}:${port} (micro-cache ${ttlMs} ms)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop).once('SIGINT', stop);
}

/** Next's Cache-Control for a shareable page becomes ours (see SHARED_CACHE_CONTROL). */
function rewriteSharedCacheControl(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() === 'cache-control' && /s-maxage=/.test(String(value)) && !/private/.test(String(value))) {
      return setHeader(name, SHARED_CACHE_CONTROL);
    }
    return setHeader(name, value);
  }) as ServerResponse['setHeader'];
}

/** Work that may finish later: its failure becomes a 500 for this request, never a crash. */
function settle(work: void | Promise<void>, req: IncomingMessage, res: ServerResponse): void {
  if (work) work.catch((error: unknown) => fail(req, res, error));
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
  console.error(`request failed: ${req.method} ${req.url}`, error);
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('خطأ في الخادم. / Internal server error.');
}

void main();
