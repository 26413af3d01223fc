import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { isShareable, MicroCache, recordBody } from '@/lib/server/micro-cache';

// The production server: Next.js's request handler behind a one-second in-process micro-cache
// (lib/server/micro-cache.ts). `next start` works too; this serves cached pages several times faster.

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
    if (!NOT_A_WRITE.has(req.method ?? 'GET') && !req.url?.startsWith('/api/views')) {
      res.once('finish', () => cache.clear());
    }
    const isRefresh = req.headers[REFRESH_HEADER] === refreshToken;
    const key = cache.keyFor(req);
    const hit = key && !isRefresh ? cache.get(key) : undefined;
    if (hit) {
      if (hit.refresh) refreshInBackground(req);
      res.writeHead(hit.entry.status, { ...hit.entry.headers, 'x-micro-cache': hit.refresh ? 'STALE' : 'HIT' });
      res.end(req.method === 'HEAD' ? undefined : hit.entry.body);
      return;
    }
    rewriteSharedCacheControl(res);
    if (key && req.method === 'GET') {
      recordBody(res, (body) => {
        const headers = res.getHeaders();
        if (body && isShareable(res.statusCode, headers, body.length)) {
          cache.set(key, { status: res.statusCode, headers, body });
        } else if (isRefresh) {
          cache.refreshFailed(key);
        }
      });
    }
    void handle(req, res).catch((error: unknown) => fail(req, res, error));
  });
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

function rewriteSharedCacheControl(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() === 'cache-control' && /s-maxage=/.test(String(value)) && !/private/.test(String(value))) {
      return setHeader(name, SHARED_CACHE_CONTROL);
    }
    return setHeader(name, value);
  }) as ServerResponse['setHeader'];
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
  console.error(`request failed: ${req.method} ${req.url}`, error);
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('خطأ في الخادم. / Internal server error.');
}

void main();
