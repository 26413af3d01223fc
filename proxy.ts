import { NextResponse, type NextRequest } from 'next/server';
import { hasSessionCookie } from '@/lib/auth/cookie-jar';
import { CROSS_SITE_MESSAGE, crossSiteRefusal, SAFE_METHODS } from '@/lib/http/same-origin';
import { declaresTooLarge, UPLOAD_PATH } from '@/lib/media/limits';
import { mediaMessages } from '@/lib/media/messages';

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
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'origin' }] },
  ],
};
