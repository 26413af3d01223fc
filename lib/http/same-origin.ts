// Whether a request that changes something came from one of this site's own pages. Browsers say
// where a request comes from in Sec-Fetch-Site (all current ones) and Origin (every POST); a page
// on another site can make a browser post a form, a text/plain fetch or a beacon here with the
// reader's cookies, so such a request is refused before anything reads its body. Clients that
// send neither header are not browsers (nothing to forge a reader's cookies with) and pass.
// No dependencies: proxy.ts and the route handlers use it alike.

type HeaderReader = { get(name: string): string | null };

export const CROSS_SITE_MESSAGE = 'رُفض الطلب لأنه لم يصدر من صفحات هذا الموقع.';

/** Null when the request may go on; otherwise why it is refused. */
export function crossSiteRefusal(headers: HeaderReader, siteUrl: string | undefined): string | null {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return `sec-fetch-site: ${fetchSite}`;
  const origin = headers.get('origin');
  if (origin === null) return null;
  if (origin === 'null') return 'origin: null';
  let host: string;
  try {
    const url = new URL(origin);
    host = url.host;
    if (siteUrl && url.origin === new URL(siteUrl).origin) return null;
  } catch {
    return `origin: ${origin.slice(0, 100)}`;
  }
  return host === headers.get('host') ? null : `origin: ${origin.slice(0, 100)}`;
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
