import { SHARED_CACHE_CONTROL } from './cache-control';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

// Feeds and sitemaps are public and the same for everyone, like reader pages: the same shared-cache
// time, so the micro-cache and nginx keep them, and a write that forgets pages forgets them too.

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { 'content-type': contentType, 'cache-control': SHARED_CACHE_CONTROL, 'x-content-type-options': 'nosniff' },
  });
}

/** A feed or sitemap that is not there, said in Arabic (and English for tools). */
export function missingResponse(message: string): Response {
  return new Response(`${message}\nNot found.\n`, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHARED_CACHE_CONTROL },
  });
}

/** A stale slug: the one permanent redirect to the canonical address, as the pages give it. */
export function movedResponse(location: string): Response {
  return new Response(null, { status: 308, headers: { location, 'cache-control': SHARED_CACHE_CONTROL } });
}
