import { NextResponse, type NextRequest } from 'next/server';
import { hasSessionCookie } from '@/lib/auth/cookie-jar';
import { CROSS_SITE_MESSAGE, crossSiteRefusal, SAFE_METHODS } from '@/lib/http/same-origin';
import { declaresTooLarge, UPLOAD_PATH } from '@/lib/media/limits';
import { mediaMessages } from '@/lib/media/messages';
import { LEGACY_CACHE_CONTROL, legacyLocationFor } from '@/lib/server/legacy-redirect';
import { publicSearchLocation, readSearchParams, SEARCH_PATH, searchKey } from '@/lib/search/route';

/**
 * Only cheap request hygiene lives here; authorization is checked by every page and action itself.
 * A path with a broken percent-escape would make the router throw (500): answer 400 instead.
 */
export function proxy(request: NextRequest) {
  // A write from another site's page (a form, a server action, a beacon): 403 before Next reads it
  // (a foreign server action would otherwise end in Next's 500). Route handlers check again.
  const path = request.nextUrl.pathname;
  if (!SAFE_METHODS.has(request.method) && crossSiteRefusal(request.headers, process.env.SITE_URL)) {
    if (path.startsWith('/api/')) return NextResponse.json({ message: CROSS_SITE_MESSAGE }, { status: 403 });
    return plain(403, `${CROSS_SITE_MESSAGE} / Cross-site request refused.`);
  }
  // A picture larger than the limit is refused before Next reads (and silently truncates) its body.
  if (path === UPLOAD_PATH && declaresTooLarge(request.headers.get('content-length'))) {
    return NextResponse.json({ message: mediaMessages.tooLarge }, { status: 413 });
  }
  if (path.length > MAX_PATH_LENGTH) return plain(414, 'عنوان الصفحة طويل جداً. / URI too long.');
  if (path === SEARCH_PATH) return searchRequest(request);
  if (path.startsWith(`${SEARCH_PATH}/`)) return searchKeyRequest(request, path.slice(SEARCH_PATH.length + 1));
  const legacy = legacyRedirect(request);
  if (legacy) return legacy;
  try {
    decodeURIComponent(path);
  } catch {
    return plain(400, 'عنوان الصفحة غير صالح. / Malformed URL.');
  }
  if (path === '/admin' || path.startsWith('/admin/')) return adminRequest(request);
  return NextResponse.next();
}

// An encoded Arabic slug of 60 characters is about 700 bytes.
const MAX_PATH_LENGTH = 2048;

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * An old WordPress link, under `next start` (npm start answers them in lib/server/khabar-server.ts
 * before Next, in one hop; here Next's trailing-slash redirect comes first). The matchers below
 * send only those URL shapes here; the module tests the shape again (the `%` matcher runs on every
 * encoded article URL too).
 */
function legacyRedirect(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const location = legacyLocationFor(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  if (!location) return null;
  const response = NextResponse.redirect(new URL(location, request.url), 308);
  response.headers.set('cache-control', LEGACY_CACHE_CONTROL);
  return response;
}

/** `/search?q=…` is served by the cached page of its key (lib/search/route.ts); without a query, the search page. */
function searchRequest(request: NextRequest) {
  const search = readSearchParams(request.nextUrl.searchParams);
  if (!search.q || !SAFE_METHODS.has(request.method)) return NextResponse.next();
  // nextUrl, not request.url: a rewrite to another origin than Next's own would be proxied over HTTP.
  const target = request.nextUrl.clone();
  target.pathname = `${SEARCH_PATH}/${searchKey(search)}`;
  target.search = '';
  return NextResponse.rewrite(target);
}

/**
 * An address of the internal page itself goes to its public URL (and WordPress's `/search/<words>` to a
 * search for them). This also makes a rewrite that Next would proxy over HTTP instead of serving
 * internally (scripts/serve.ts gives next() the host name the proxy's URLs carry) loop, loudly, in e2e.
 */
function searchKeyRequest(request: NextRequest, segment: string) {
  if (!SAFE_METHODS.has(request.method) || segment.includes('/')) return NextResponse.next();
  const location = publicSearchLocation(segment);
  if (!location) return NextResponse.next();
  return NextResponse.redirect(new URL(location, request.url), 308);
}

/**
 * Without a session cookie nobody can be a moderator: send them to sign in with a real redirect
 * (303 for a form post, so it is not replayed). With a cookie, the page checks the role in the
 * database; it learns its own URL from a header, for a sign-in that returns to it. (A refusal's 403
 * status is set by scripts/serve.ts: Next has sent the headers before the page's check runs.)
 */
function adminRequest(request: NextRequest) {
  const here = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!hasSessionCookie(request.cookies)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', here);
    const safe = request.method === 'GET' || request.method === 'HEAD';
    return NextResponse.redirect(login, safe ? 307 : 303);
  }
  const headers = new Headers(request.headers);
  headers.set('x-khabar-path', here);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Paths that can hold an escape (static assets never do), the admin area, and any request that
  // says where it comes from (browsers send Origin with every POST).
  matcher: [
    '/((?!_next/).*%.*)',
    '/admin',
    '/admin/:path*',
    '/search',
    '/search/:key',
    // Not the WordPress upload (app/api/admin/import): a proxied body is buffered and cut at 10 MB;
    // that route checks the origin itself.
    { source: '/((?!_next/static|_next/image|api/admin/import$).*)', has: [{ type: 'header', key: 'origin' }] },
    // Old WordPress links (legacyRedirect above): dated permalinks, archives, ?p=123 and friends,
    // and a single segment that is no Khabar route.
    '/:year(\\d{4})/:rest*',
    '/category/:rest*',
    '/archives/:rest*',
    '/index.php/:rest*',
    '/((?!(?:news|section|tag|author|search|admin|api|login|signup|account|forgot-password|reset-password|unsubscribe|media|feed|_next)$)[^/.]+)',
    // WordPress's feeds and sitemap indexes (lib/server/legacy-redirect.ts siteLevelLocation).
    '/feed/:rest+',
    '/wp-sitemap.xml',
    '/sitemap_index.xml',
    { source: '/', has: [{ type: 'query', key: 'feed' }] },
    { source: '/', has: [{ type: 'query', key: 's' }] },
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
    { source: '/', has: [{ type: 'query', key: 'attachment_id' }] },
  ],
};
