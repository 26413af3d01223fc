import { createHash } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { announceWrite } from '@/lib/cache/write-events';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { createKhabarServer } from '@/lib/server/khabar-server';

// The production server's request path (lib/server/khabar-server.ts) in front of a stand-in for
// Next.js that renders pages, counts its renders and announces writes as the app's code does.

const INLINE = 'self.__next_f=self.__next_f||[];self.__next_f.push([0])';
const page = (path: string) =>
  `<!DOCTYPE html><html lang="ar"><head><script src="/_next/static/chunks/main.js" async></script>` +
  `<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>${'مرحبا '.repeat(400)} ${path}` +
  `<script>${INLINE}</script><script>self.__next_f.push([1,"${path}"])</script></body></html>`;

let renders: Record<string, number> = {};
let seenAddress: string | undefined;
let server: Server;
let port = 0;
let micro: ReturnType<typeof createKhabarServer>;

function fakeNext(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  seenAddress = String(req.headers[CLIENT_ADDRESS_HEADER]);
  if (req.method === 'POST') {
    const tags = url.startsWith('/news/1/') ? ['comments:1'] : url === '/admin/settings' ? ['settings'] : [];
    if (tags.length) announceWrite(tags);
    res.statusCode = tags.length ? 201 : 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(tags.length ? 'تم' : 'غير موجود');
    return;
  }
  renders[url] = (renders[url] ?? 0) + 1;
  res.setHeader('cache-control', 's-maxage=300, stale-while-revalidate=1');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  // Like Next: headers first, then the document in pieces, with a flush in between.
  res.flushHeaders();
  const html = page(url);
  res.write(html.slice(0, 100));
  res.end(html.slice(100));
}

type Reply = { status: number; headers: IncomingMessage['headers']; body: Buffer };

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (reply: Reply) =>
  (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body) : reply.body).toString('utf8');

beforeAll(async () => {
  server = createServer();
  micro = createKhabarServer({
    handle: fakeNext,
    microCacheMs: 60_000,
    trustProxy: false,
    security: { siteUrl: 'http://localhost:3000', oauthProviders: [] },
    port: () => port,
  });
  server.on('request', micro.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  micro.cache.clear();
  renders = {};
});

describe('the micro-cache answers each client in the encoding it asked for', () => {
  it('never hands a compressed body to a client that asked for none, whatever came before', async () => {
    for (const asked of ['deflate', 'br, deflate', 'GZIP', 'gzip;q=0, deflate', 'x-gzip']) {
      await send('GET', '/news/1/a', { 'accept-encoding': asked });
    }
    const gzip = await send('GET', '/news/1/a', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(text(gzip)).toContain('/news/1/a');
    for (const asked of [undefined, 'identity', 'deflate', 'br, deflate', 'gzip;q=0']) {
      const plain = await send('GET', '/news/1/a', asked ? { 'accept-encoding': asked } : {});
      expect(plain.headers['content-encoding'], String(asked)).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(page('/news/1/a'));
    }
    expect(renders['/news/1/a']).toBe(2); // one per encoding; the rest were hits
  });

  it('serves GZIP and gzip alike', async () => {
    await send('GET', '/news/1/a', { 'accept-encoding': 'GZIP' });
    const hit = await send('GET', '/news/1/a', { 'accept-encoding': 'gzip' });
    expect(hit.headers['x-micro-cache']).toBe('HIT');
    expect(hit.headers['content-encoding']).toBe('gzip');
  });
});

describe('a write forgets only the pages it changed', () => {
  it('keeps every page through posts that change nothing', async () => {
    await send('GET', '/news/1/a');
    await send('POST', '/nothing');
    await send('POST', '/nothing');
    expect((await send('GET', '/news/1/a')).headers['x-micro-cache']).toBe('HIT');
    expect(renders['/news/1/a']).toBe(1);
  });

  it("forgets an article's pages after a comment on it, and nothing else", async () => {
    await send('GET', '/news/1/a');
    await send('GET', '/news/1/a', { 'accept-encoding': 'gzip' });
    await send('GET', '/news/2/b');
    await send('GET', '/');
    expect((await send('POST', '/news/1/a/comment')).status).toBe(201);
    expect((await send('GET', '/news/1/a')).headers['x-micro-cache']).toBeUndefined();
    expect((await send('GET', '/news/1/a', { 'accept-encoding': 'gzip' })).headers['x-micro-cache']).toBeUndefined();
    expect((await send('GET', '/news/2/b')).headers['x-micro-cache']).toBe('HIT');
    expect((await send('GET', '/')).headers['x-micro-cache']).toBe('HIT');
    expect(renders).toEqual({ '/news/1/a': 4, '/news/2/b': 1, '/': 1 });
  });

  it('forgets everything after a write that shapes every page', async () => {
    await send('GET', '/news/2/b');
    await send('GET', '/');
    await send('POST', '/admin/settings');
    expect((await send('GET', '/news/2/b')).headers['x-micro-cache']).toBeUndefined();
    expect((await send('GET', '/')).headers['x-micro-cache']).toBeUndefined();
  });
});

describe('security headers and the inline-script hashes', () => {
  const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

  it("names exactly the page's inline scripts in script-src, also when served from the cache", async () => {
    for (const attempt of ['miss', 'hit']) {
      const reply = await send('GET', '/news/1/a', { 'accept-encoding': 'gzip' });
      const policy = String(reply.headers['content-security-policy']);
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
      expect(scriptSrc, attempt).toBe(`script-src 'self' ${hash(INLINE)} ${hash('self.__next_f.push([1,"/news/1/a"])')}`);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(reply.headers['permissions-policy']).toContain('camera=()');
      expect(reply.headers['strict-transport-security']).toBeUndefined(); // http://
      expect(text(reply)).toBe(page('/news/1/a'));
    }
  });

  it('sends them on answers that are not HTML too', async () => {
    const reply = await send('POST', '/nothing');
    expect(reply.status).toBe(404);
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe("the client's address", () => {
  it('is the socket peer, whatever the client claims', async () => {
    await send('POST', '/nothing', { [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-real-ip': '203.0.113.8', 'x-forwarded-for': '203.0.113.7' });
    expect(seenAddress).toBe('127.0.0.1');
  });
});
