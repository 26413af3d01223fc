import { NextResponse, type NextRequest } from 'next/server';

/**
 * Only cheap request hygiene lives here; authorization is checked by every page and action itself.
 * A path with a broken percent-escape would make the router throw (500): answer 400 instead.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.length > MAX_PATH_LENGTH) return plain(414, 'عنوان الصفحة طويل جداً. / URI too long.');
  try {
    decodeURIComponent(path);
  } catch {
    return plain(400, 'عنوان الصفحة غير صالح. / Malformed URL.');
  }
  return NextResponse.next();
}

// An encoded Arabic slug of 60 characters is about 700 bytes.
const MAX_PATH_LENGTH = 2048;

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export const config = {
  // Only paths that can hold an escape; static assets never do.
  matcher: ['/((?!_next/).*%.*)'],
};
