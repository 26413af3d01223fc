import { NextResponse, type NextRequest } from 'next/server';

/**
 * Only cheap request hygiene lives here; authorization is checked by every page and action itself.
 * A path with a broken percent-escape would make the router throw (500): answer 400 instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('عنوان الصفحة غير صالح. / Malformed URL.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Only paths that can hold an escape; static assets never do.
  matcher: ['/((?!_next/).*%.*)'],
};
