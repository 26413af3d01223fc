import fs from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaMessages } from '@/lib/media/messages';
import { createKhabarServer } from '@/lib/server/khabar-server';

// /media/* and oversized uploads answered by the production server before Next.js (a stand-in
// here that only counts what reaches it).

const NAME = '2026/12/0123456789abcdef-800.webp';
const BYTES = Buffer.from('RIFF\0\0\0\0WEBPVP8 fake picture bytes');
let root: string;
let server: Server;
let port = 0;
let reachedNext: string[] = [];
let savedMediaDir: string | undefined;

beforeAll(async () => {
  savedMediaDir = process.env.MEDIA_DIR;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-media-static-'));
  process.env.MEDIA_DIR = root;
  fs.mkdirSync(path.join(root, '2026/12'), { recursive: true });
  fs.writeFileSync(path.join(root, NAME), BYTES);
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  const { listener } = createKhabarServer({
    handle: (req, res) => {
      reachedNext.push(`${req.method} ${req.url}`);
      res.statusCode = 404;
      res.end('next');
    },
    microCacheMs: 1000,
    trustProxy: false,
    security: { siteUrl: 'http://localhost', oauthProviders: [] },
    port: () => port,
  });
  server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
  if (savedMediaDir === undefined) delete process.env.MEDIA_DIR;
  else process.env.MEDIA_DIR = savedMediaDir;
});

type Reply = { status: number; headers: IncomingMessage['headers']; body: Buffer };

function send(method: string, url: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('pictures under /media/', () => {
  it('serves a stored variant as immutable WebP, uncompressed, without asking Next', async () => {
    reachedNext = [];
    const reply = await send('GET', `/media/${NAME}`, { 'accept-encoding': 'gzip, br' });
    expect(reply.status).toBe(200);
    expect(reply.body.equals(BYTES)).toBe(true);
    expect(reply.headers).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-length': String(BYTES.length),
    });
    expect(reply.headers['content-encoding']).toBeUndefined();
    const head = await send('HEAD', `/media/${NAME}?v=1`);
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String(BYTES.length)]);
    expect(reachedNext).toEqual([]);
  });

  it('answers 404 for any other name, traversal included', async () => {
    for (const url of [
      '/media/2026/12/0123456789abcdef-480.webp',
      '/media/../secret.txt',
      '/media/..%2Fsecret.txt',
      '/media/2026/12/..%2F..%2Fsecret.txt',
      '/media/secret.txt',
      '/media/',
    ]) {
      const reply = await send('GET', url);
      expect([url, reply.status]).toEqual([url, 404]);
      expect(reply.body.toString()).not.toContain('secret');
    }
  });

  it('refuses an upload declaring 50 MB with 413 and an Arabic message, before Next reads a byte', async () => {
    reachedNext = [];
    const reply = await send(
      'POST',
      '/api/admin/media',
      { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
      Buffer.alloc(64 * 1024),
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body.toString())).toEqual({ message: mediaMessages.tooLarge });
    expect(reachedNext).toEqual([]);
  });

  it('lets a small upload through to Next (which checks who sends it)', async () => {
    reachedNext = [];
    await send('POST', '/api/admin/media', { 'content-type': 'multipart/form-data; boundary=x' }, Buffer.from('--x--'));
    expect(reachedNext).toEqual(['POST /api/admin/media']);
  });
});
