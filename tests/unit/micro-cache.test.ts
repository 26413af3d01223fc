import { describe, expect, it } from 'vitest';
import { isShareable, MicroCache } from '@/lib/server/micro-cache';

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
const page = { status: 200, headers: { 'cache-control': 's-maxage=5' }, body: Buffer.from('<html>') };

describe('MicroCache', () => {
  it('keys pages by URL and encoding, and never API calls, client navigations or writes', () => {
    const cache = new MicroCache(1000);
    expect(cache.keyFor(get('/news/1/x', { 'accept-encoding': 'gzip, br' }))).toBe('gzip /news/1/x');
    expect(cache.keyFor(get('/news/1/x', { 'accept-encoding': 'GZIP' }))).toBe('gzip /news/1/x');
    expect(cache.keyFor(get('/news/1/x', { 'accept-encoding': 'gzip;q=0, deflate' }))).toBe('identity /news/1/x');
    expect(cache.keyFor(get('/news/1/x', { 'accept-encoding': 'br, deflate' }))).toBe('identity /news/1/x');
    expect(cache.keyFor(get('/news/1/x'))).toBe('identity /news/1/x');
    expect(cache.keyFor(get('/api/me'))).toBeNull();
    expect(cache.keyFor(get('/news/1/x', { rsc: '1' }))).toBeNull();
    expect(cache.keyFor({ method: 'POST', url: '/news/1/x', headers: {} })).toBeNull();
    expect(new MicroCache(0).keyFor(get('/'))).toBeNull();
  });

  it('serves fresh, then stale with exactly one refresh, then nothing', () => {
    const cache = new MicroCache(1000, 5000);
    cache.set('k', page, 0);
    expect(cache.get('k', 500)).toMatchObject({ refresh: false });
    expect(cache.get('k', 1500)).toMatchObject({ refresh: true });
    expect(cache.get('k', 1600)).toMatchObject({ refresh: false });
    cache.set('k', page, 1700);
    expect(cache.get('k', 2000)).toMatchObject({ refresh: false });
    expect(cache.get('k', 8000)).toBeUndefined();
  });

  it("forgets an article's pages in every encoding, and no other", () => {
    const cache = new MicroCache(1000);
    for (const key of ['gzip /news/1/x', 'identity /news/1/x', 'identity /news/1/x/reply', 'gzip /news/12/y', 'gzip /']) {
      cache.set(key, page, 0);
    }
    cache.forgetPaths(['/news/1/']);
    expect(['gzip /news/1/x', 'identity /news/1/x', 'identity /news/1/x/reply'].map((k) => cache.get(k, 1))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(cache.get('gzip /news/12/y', 1)).toBeDefined();
    expect(cache.get('gzip /', 1)).toBeDefined();
  });

  it('forgets everything at once when told, and the oldest entry when full', () => {
    const cache = new MicroCache(1000, 0, 2);
    cache.set('a', page, 0);
    cache.set('b', page, 0);
    cache.set('c', page, 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.get('b', 1)).toBeUndefined();
  });
});

describe('isShareable', () => {
  it('keeps only what Next marked the same for everyone', () => {
    expect(isShareable(200, { 'cache-control': 'public, s-maxage=5' }, 10)).toBe(true);
    expect(isShareable(404, { 'cache-control': 's-maxage=300, stale-while-revalidate=1' }, 10)).toBe(true);
    expect(isShareable(200, { 'cache-control': 'private, no-cache, no-store' }, 10)).toBe(false);
    expect(isShareable(200, { 'cache-control': 's-maxage=5', 'set-cookie': 'a=b' }, 10)).toBe(false);
    expect(isShareable(500, { 'cache-control': 's-maxage=5' }, 10)).toBe(false);
    expect(isShareable(200, {}, 10)).toBe(false);
  });

  it('never stores a body under a key of another encoding', () => {
    const gzipped = { 'cache-control': 's-maxage=5', 'content-encoding': 'gzip' };
    expect(isShareable(200, gzipped, 10, 'gzip /')).toBe(true);
    expect(isShareable(200, gzipped, 10, 'identity /')).toBe(false);
    expect(isShareable(200, { 'cache-control': 's-maxage=5' }, 10, 'identity /')).toBe(true);
    expect(isShareable(200, { 'cache-control': 's-maxage=5', 'content-encoding': 'deflate' }, 10, 'identity /')).toBe(false);
  });
});
