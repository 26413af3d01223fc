import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as nextHeaders from 'next/dist/client/components/app-router-headers';
import { describe, expect, it } from 'vitest';
import { MicroCache } from '@/lib/server/micro-cache';
import {
  FRAMEWORK_MARKERS,
  NEXT_MARKERS,
  isFrameworkRequest,
  isPrefetch,
  isRscRequest,
} from '@/lib/server/next-request-markers';

const NGINX_CONF = path.join(__dirname, '../../deploy/nginx/khabar.conf');

/** The directives of nginx's `location / { … }` block (the pages), comments dropped. */
function pagesLocation(conf: string): Map<string, string[]> {
  const text = conf.replace(/#.*$/gm, '');
  const start = text.indexOf('location / {');
  expect(start, 'deploy/nginx/khabar.conf has a `location / {` block').toBeGreaterThan(-1);
  const body = text.slice(start + 'location / {'.length, text.indexOf('}', start));
  const directives = new Map<string, string[]>();
  for (const statement of body.split(';')) {
    const [name, ...args] = statement.trim().split(/\s+/);
    if (name) directives.set(name, [...(directives.get(name) ?? []), args.join(' ')]);
  }
  return directives;
}

/** The request headers an nginx value reads: `$http_next_router_prefetch` → next-router-prefetch. */
const headersRead = (values: string[] | undefined) =>
  new Set((values ?? []).flatMap((v) => [...v.matchAll(/\$http_([a-z0-9_]+)/g)].map((m) => m[1]!.replaceAll('_', '-'))));

describe("Next's request markers (lib/server/next-request-markers.ts)", () => {
  it("are spelled as Next itself spells them (a Next upgrade that renames one fails here)", () => {
    expect(NEXT_MARKERS).toEqual({
      rsc: nextHeaders.RSC_HEADER,
      action: nextHeaders.ACTION_HEADER,
      prefetch: nextHeaders.NEXT_ROUTER_PREFETCH_HEADER,
      segmentPrefetch: nextHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
      stateTree: nextHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
      url: nextHeaders.NEXT_URL,
    });
    // Every header Next's router sends to get something other than a page, except the dev server's HMR one.
    const flight = nextHeaders.FLIGHT_HEADERS.filter((h) => h !== nextHeaders.NEXT_HMR_REFRESH_HEADER);
    expect(Object.values(NEXT_MARKERS)).toEqual(expect.arrayContaining(flight));
  });

  it('tell a page load from a navigation, a prefetch or an action, whatever the value', () => {
    expect(isFrameworkRequest({ accept: 'text/html', cookie: 'a=b' })).toBe(false);
    for (const marker of FRAMEWORK_MARKERS) expect(isFrameworkRequest({ [marker]: '' }), marker).toBe(true);
    expect(isRscRequest({ rsc: '1' })).toBe(true);
    expect(isRscRequest({ 'next-router-prefetch': '1' })).toBe(false);
    for (const h of ['next-router-prefetch', 'purpose', 'sec-purpose']) expect(isPrefetch({ [h]: 'prefetch' }), h).toBe(true);
    expect(isPrefetch({ rsc: '1' })).toBe(false);
  });

  it('keep every marked request out of the micro-cache', () => {
    const cache = new MicroCache(1000);
    expect(cache.keyFor({ method: 'GET', url: '/news/1/x', headers: {} })).not.toBeNull();
    for (const marker of FRAMEWORK_MARKERS) {
      expect(cache.keyFor({ method: 'GET', url: '/news/1/x', headers: { [marker]: '1' } }), marker).toBeNull();
    }
  });

  it("are in nginx's cache key or bypass for pages (deploy/nginx/khabar.conf), as in the micro-cache", () => {
    const pages = pagesLocation(readFileSync(NGINX_CONF, 'utf8'));
    const named = new Set([
      ...headersRead(pages.get('proxy_cache_key')),
      ...headersRead(pages.get('proxy_cache_bypass')),
      ...headersRead(pages.get('proxy_no_cache')),
    ]);
    // nginx caches GET and HEAD only, and a server action is always a POST: it needs no key of its own.
    expect(pages.get('proxy_cache_methods')).toEqual(['GET HEAD']);
    const onGets = FRAMEWORK_MARKERS.filter((m) => m !== NEXT_MARKERS.action);
    for (const marker of onGets) expect(named.has(marker), `nginx keys or bypasses on ${marker}`).toBe(true);
    // The segment prefetch varies Next's answer too (its Vary names it); nginx keys on it.
    expect(named.has(NEXT_MARKERS.segmentPrefetch)).toBe(true);
  });
});
