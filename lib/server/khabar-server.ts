import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import compression from 'compression';
import { CLIENT_ADDRESS_HEADER, peerAddress } from '@/lib/client-address';
import { SHARED_CACHE_CONTROL } from '@/lib/http/cache-control';
import { contentSecurityPolicy, securityHeaders, type SecurityOptions } from '@/lib/security-headers';
import { preferredEncoding } from './accept-encoding';
import { isAdminDocumentRequest, sendRefusalAs403 } from './admin-refusal';
import { deferHydration, isReaderPageRequest } from './defer-hydration';
import { hashInlineScripts } from './inline-script-csp';
import { answerMediaRequest, isMediaRequest } from './media-static';
import { LEGACY_CACHE_CONTROL, legacyLocationFor } from './legacy-redirect';
import { isShareable, MicroCache, recordBody } from './micro-cache';
import { answerPersonalRequest, isPersonalRequest } from './personal-endpoint';
import { addHintOnWrite, hintHeaders, personalHintCookie, personalHintRequest } from './personal-hint';
import { trackWrites } from './write-invalidation';

// The request path of the production server (scripts/serve.ts), in front of Next.js's handler:
//   every request: the client's address stamped (lib/client-address.ts), Accept-Encoding reduced to
//     the one encoding it gets (./accept-encoding.ts), the security headers (lib/security-headers.ts);
//   pictures under /media/ answered from data/media before anything else (./media-static.ts);
//   old WordPress links answered with one 308 (./legacy-redirect.ts: only URL shapes no Khabar page
//     has reach its primary-key lookup); GET /api/me answered here (./personal-endpoint.ts); a
//     signed-in reader's article page gets the personal hint cookie (./personal-hint.ts); admin
//     refusals are sent as 403 (./admin-refusal.ts);
//   public pages from a one-second micro-cache (./micro-cache.ts) that a write empties of exactly
//     the pages it changed (./write-invalidation.ts);
//   HTML with its inline scripts hashed into its Content-Security-Policy (./inline-script-csp.ts),
//     then compressed here (Next's own compression is off: it would hide the HTML from the hashing).

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type KhabarServerOptions = {
  handle: NextHandler;
  microCacheMs: number;
  trustProxy: boolean;
  security: SecurityOptions;
  /** The port this server listens on, for the background refresh of a stale page. */
  port: () => number | null;
};

const NOT_A_WRITE = new Set(['GET', 'HEAD', 'OPTIONS']);
// Marks the server's own background refresh of a stale entry; unguessable, so no client can use it.
const REFRESH_HEADER = 'x-khabar-refresh';

export function createKhabarServer(options: KhabarServerOptions) {
  const { handle } = options;
  const cache = new MicroCache(options.microCacheMs);
  const refreshToken = randomBytes(16).toString('hex');
  const headers = Object.entries(securityHeaders(options.security));
  const policy = contentSecurityPolicy(options.security);
  const compress = compression();
  const whileWriting = trackWrites(cache);

  function listener(req: IncomingMessage, res: ServerResponse): void {
    try {
      // Next.js adds a 'close' listener for each stream it pipes into a response (several for a
      // page resumed after its static shell); with ours that can pass Node's default warning of 10.
      res.setMaxListeners(20);
      req.headers[CLIENT_ADDRESS_HEADER] = peerAddress(req.socket.remoteAddress, header(req, 'x-real-ip'), options.trustProxy);
      req.headers['accept-encoding'] = preferredEncoding(req.headers['accept-encoding']);
      if (NOT_A_WRITE.has(req.method ?? 'GET')) route(req, res);
      else whileWriting(req, res, () => route(req, res));
    } catch (error) {
      fail(req, res, error);
    }
  }

  /** Every answer but a micro-cache hit, whose stored headers already carry them. */
  function secure(res: ServerResponse): void {
    for (const [name, value] of headers) res.setHeader(name, value);
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    if (isMediaRequest(req)) {
      secure(res);
      return settle(answerMediaRequest(req, res), req, res);
    }
    const legacy = req.method === 'GET' || req.method === 'HEAD' ? legacyLocationFor(req.url ?? '/') : null;
    if (legacy) {
      secure(res);
      res.writeHead(308, { location: legacy, 'cache-control': LEGACY_CACHE_CONTROL, 'content-length': 0 });
      res.end();
      return;
    }
    if (isPersonalRequest(req)) {
      secure(res);
      return settle(answerPersonalRequest(req, res), req, res);
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
  function respond(req: IncomingMessage, res: ServerResponse, hintCookie: string | null): void {
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
    secure(res);
    rewriteSharedCacheControl(res);
    let sharedHeaders: OutgoingHttpHeaders | undefined;
    if (hintCookie) addHintOnWrite(res, hintCookie, (h) => (sharedHeaders = h));
    if (key && req.method === 'GET') {
      recordBody(res, (body) => {
        const stored = sharedHeaders ?? res.getHeaders();
        if (body && isShareable(res.statusCode, stored, body.length, key)) {
          cache.set(key, { status: res.statusCode, headers: stored, body });
        } else if (isRefresh) {
          cache.refreshFailed(key);
        }
      });
    }
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
    res.once('close', () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    hashInlineScripts(res, policy, isReaderPageRequest(req) ? (html) => deferredPage(req, res, html) : undefined);
    settle(handle(req, res), req, res);
  }

  /** A reader page without framework scripts at load (lib/server/defer-hydration.ts), said in a header. */
  function deferredPage(req: IncomingMessage, res: ServerResponse, html: string): string {
    const page = res.statusCode === 200 ? deferHydration(html) : { html, deferred: false, unknown: [] };
    res.setHeader(HYDRATION_HEADER, page.deferred ? 'deferred' : 'at-load');
    if (page.unknown.length > 0 && !warnedUnknownScripts) {
      warnedUnknownScripts = true;
      console.warn(`Reader page ${req.url} hydrates at load: its HTML has what defer-hydration does not know: ${page.unknown.join(' | ')}`);
    }
    return page.html;
  }

  /** Asks this server for the page again (over loopback) so the response lands in the cache. */
  function refreshInBackground(req: IncomingMessage): void {
    const port = options.port();
    if (!port) return;
    const h = { 'accept-encoding': req.headers['accept-encoding'] ?? '', [REFRESH_HEADER]: refreshToken };
    const refresh = httpRequest({ host: '127.0.0.1', port, path: req.url, headers: h }, (r) => r.resume());
    refresh.on('error', () => {});
    refresh.end();
  }

  let warnedUnknownScripts = false;
  return { listener, cache };
}

/** 'deferred' when a reader page's framework scripts wait for the reader, 'at-load' when they could not. */
export const HYDRATION_HEADER = 'x-khabar-hydration';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
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

/**
 * On a client that disconnects, the compression middleware never ends its zlib stream, which then
 * outlives the request (Next.js releases it the same way: server/lib/release-compression-stream).
 * The middleware answers res.on('drain') with its stream.
 */
function releaseCompressionStream(res: ServerResponse): void {
  const noop = () => {};
  const stream = res.on('drain', noop) as unknown;
  if (stream === res || !(stream instanceof Duplex)) {
    res.off('drain', noop);
    return;
  }
  stream.destroy();
}

/** Work that may finish later: its failure becomes a 500 for this request, never a crash. */
function settle(work: void | Promise<void>, req: IncomingMessage, res: ServerResponse): void {
  if (work) work.catch((error: unknown) => fail(req, res, error));
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  console.error(`request failed: ${req.method} ${req.url}`, error);
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end('خطأ في الخادم. / Internal server error.');
}
