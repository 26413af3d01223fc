import { describe, expect, it, vi } from 'vitest';
import type { PersonalReads } from '@/db/queries/personal';
import { safeCallbackPath, safeCallbackUrl } from '@/lib/auth/callback-url';
import { addressLimitKey, announceStampedAddresses, CLIENT_ADDRESS_HEADER, clientAddressFrom, peerAddress } from '@/lib/client-address';
import { boundedState, FlashStore, MAX_VALUE_CHARS } from '@/lib/forms/flash-store';
import { crossSiteRefusal } from '@/lib/http/same-origin';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';
import { inlineScriptHashes, withScriptHashes } from '@/lib/server/inline-script-csp';
import { callbackUrlSchema } from '@/lib/validation/auth';

describe('callback URLs stay on this site (finding 2)', () => {
  const offSite = [
    '/%09/evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/.%2e//evil.example',
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/%5c%5cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%0a/evil.example',
    '/%252e%252e//evil.example',
    '/%2F%2Fevil.example',
    '///evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    ' /evil',
    '',
  ];

  it.each(offSite)('%j resolves to a path on this site', (raw) => {
    const path = safeCallbackPath(raw);
    expect(new URL(path, 'http://khabar.test').origin).toBe('http://khabar.test');
    // However a browser or a later decode reads it, it never names another host.
    expect(decodeURIComponent(decodeURIComponent(path))).not.toMatch(/^\/\/|^\/\\|[\t\n]/);
  });

  it('keeps a real path, its query and its fragment', () => {
    expect(safeCallbackPath('/news/12/%D9%85%D9%82%D8%A7%D9%84#respond')).toBe('/news/12/%D9%85%D9%82%D8%A7%D9%84#respond');
    expect(safeCallbackPath('/news/12/مقال?replytocom=3#respond')).toBe('/news/12/%D9%85%D9%82%D8%A7%D9%84?replytocom=3#respond');
    expect(safeCallbackPath('/admin/comments?status=pending')).toBe('/admin/comments?status=pending');
    expect(callbackUrlSchema.parse(['/a', '/b'])).toBe('/');
    expect(callbackUrlSchema.parse(undefined)).toBe('/');
  });

  it("bounds Auth.js's redirect callback to the site's origin", () => {
    const base = 'http://127.0.0.1:3000';
    expect(safeCallbackUrl(`${base}/news/1/x#respond`, base)).toBe(`${base}/news/1/x#respond`);
    expect(safeCallbackUrl('/%2e%2e//evil.example', base)).not.toContain('//evil');
    expect(safeCallbackUrl('https://evil.example/', base)).toBe(`${base}/`);
    expect(safeCallbackUrl('/%09/evil.example', base)).toBe(`${base}/`);
  });
});

describe("the client's address (finding 4)", () => {
  it('is the socket peer unless our own proxy is trusted, IPv4-mapped addresses unwrapped', () => {
    expect(peerAddress('::ffff:10.0.0.7', '203.0.113.9', false)).toBe('10.0.0.7');
    expect(peerAddress('127.0.0.1', '203.0.113.9', true)).toBe('203.0.113.9');
    expect(peerAddress('127.0.0.1', undefined, true)).toBe('127.0.0.1');
  });

  it('counts an IPv6 client by its /64', () => {
    expect(addressLimitKey('2001:db8:1:2:aaaa::1')).toBe(addressLimitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressLimitKey('2001:db8:1:2::1')).not.toBe(addressLimitKey('2001:db8:1:3::1'));
    expect(addressLimitKey('198.51.100.4')).toBe('198.51.100.4');
  });

  it("believes the stamp only once the custom server announced it stamps every request", () => {
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-real-ip': '203.0.113.8' });
    expect(clientAddressFrom(forged, false)).toBe('direct');
    expect(clientAddressFrom(forged, true)).toBe('203.0.113.8');
    announceStampedAddresses();
    expect(clientAddressFrom(forged, false)).toBe('203.0.113.9');
  });
});

describe('cross-site writes are refused (finding 6)', () => {
  const site = 'https://khabar.example';
  const refuses = (headers: Record<string, string>) => crossSiteRefusal(new Headers(headers), site) !== null;

  it('lets the site post to itself, and clients that are not browsers', () => {
    expect(refuses({ origin: site, host: 'khabar.example' })).toBe(false);
    expect(refuses({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' })).toBe(false);
    expect(refuses({ 'sec-fetch-site': 'same-origin', origin: site })).toBe(false);
    expect(refuses({})).toBe(false);
  });

  it('refuses other sites, sibling subdomains and opaque origins', () => {
    expect(refuses({ origin: 'https://evil.example', host: 'khabar.example' })).toBe(true);
    expect(refuses({ origin: 'null', host: 'khabar.example' })).toBe(true);
    expect(refuses({ 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(refuses({ 'sec-fetch-site': 'same-site', origin: 'https://blog.khabar.example' })).toBe(true);
    expect(refuses({ origin: 'not a url', host: 'khabar.example' })).toBe(true);
  });
});

describe('security headers (finding 5)', () => {
  it('sends HSTS and upgrade-insecure-requests only over HTTPS, and lets OAuth forms leave', () => {
    expect(securityHeaders({ siteUrl: 'https://khabar.example', oauthProviders: [] })['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ siteUrl: 'http://localhost:3000', oauthProviders: [] })['Strict-Transport-Security']).toBeUndefined();
    expect(contentSecurityPolicy({ siteUrl: 'https://k.example', oauthProviders: ['github'] })).toContain(
      "form-action 'self' https://github.com;",
    );
  });

  it("hashes exactly the inline scripts a browser would run, each once", () => {
    const html =
      '<script src="/a.js"></script><script>one()</script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="module">two()</script><script>one()</script><SCRIPT>three()</SCRIPT >';
    expect(inlineScriptHashes(html)).toHaveLength(3);
    const policy = withScriptHashes("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'", ["'sha256-x'"]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-x'; object-src 'none'");
  });
});

describe('the no-JavaScript form results (finding 10)', () => {
  it('keeps at most a bounded piece of what was posted', () => {
    const huge = 'م'.repeat(900_000);
    const { state, bytes } = boundedState({ message: 'خطأ', values: { name: huge, email: 'a@b.c' } });
    expect(state.values.name).toHaveLength(MAX_VALUE_CHARS);
    expect(bytes).toBeLessThan(16_384);
    const store = new FlashStore(60_000);
    const token = store.put({ values: { name: huge } }, 0);
    expect(JSON.stringify(store.get(token, 1)).length).toBeLessThan(MAX_VALUE_CHARS + 100);
    expect(store.get(token, 60_001)).toBeUndefined();
  });

  it('bounds the whole store, forgetting the oldest first', () => {
    const store = new FlashStore(60_000);
    const first = store.put({ values: { a: 'x'.repeat(1_900) } }, 0);
    for (let i = 0; i < 5_000; i++) store.put({ values: Array.from({ length: 8 }, () => 'y'.repeat(1_900)) }, 0);
    expect(store.bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(store.get(first, 1)).toBeUndefined();
  });
});

describe('cookies over HTTPS (finding 5)', () => {
  it('the personal hint is a __Secure- cookie sent Secure, and the page reads either name', async () => {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = 'https://khabar.example';
    vi.resetModules();
    const { personalHintCookie } = await import('@/lib/server/personal-hint');
    const { readHint } = await import('@/lib/personal-hint');
    const cookie = await personalHintCookie({ articleId: 7, session: { token: 'not-a-token', salt: 'authjs.session-token' } }, {} as PersonalReads);
    expect(cookie).toMatch(/^__Secure-khabar-me=[^;]+; Path=\/news\/7\/; Max-Age=60; SameSite=Lax; Secure$/);
    expect(readHint(cookie.split('; ')[0]!, 7)).toEqual({ article: 7, user: null, own: 0 });
    process.env.SITE_URL = before;
  });
});
