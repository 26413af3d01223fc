import { openDatabase, type DB } from '@/db/client';
import { findLegacyTarget, LEGACY_QUERY_KEYS, legacyKey, strippedLegacyKey, type LegacyTarget } from '@/db/queries/legacy-paths';
import { databasePath } from '@/lib/env';
import { MAX_QUERY_CHARS } from '@/lib/search/query';
import { SEARCH_PATH, searchPath } from '@/lib/search/route';
import { onShutdown } from '@/lib/shutdown/hooks';
import { commentPagePath, feedPaths, sitemapPaths, tagPath } from '@/lib/urls';

// Old WordPress links (legacy_paths, written by the import) answered with one 308 to the page
// they became. Asked by lib/server/khabar-server.ts before Next (npm start) and by proxy.ts
// (next start). Only addresses that cannot be a Khabar page reach the database: a cheap test
// of the URL's shape comes first, so reader pages never pay for it.

const KHABAR_PREFIXES = ['/news/', '/section/', '/search/', '/_next/', '/api/', '/admin', '/login', '/signup', '/account', '/forgot-password', '/reset-password', '/unsubscribe', '/media/'];
const LEGACY_PREFIX = /^\/(?:\d{4}\/|category\/|archives\/|index\.php|feed(?:\/|$)|amp\/)/;
const SINGLE_SEGMENT = /^\/[^/.]+$/;
const QUERY_KEY = new RegExp(`(?:^|[?&])(?:${LEGACY_QUERY_KEYS.join('|')})=`);

export const LEGACY_CACHE_CONTROL = 'public, max-age=86400';

// WordPress's own feed and sitemap addresses (no database needed): the site's feed in its every
// form, and the sitemap indexes of WordPress and of the usual SEO plugins.
const SITE_FEED = /^\/(?:index\.php\/)?(?:feed(?:\/(?:rss2?|atom|rdf))?|rss2?)\/?$/;
const FEED_QUERY = /(?:^|[?&])feed=/;
// WordPress's search: /?s=words.
const SEARCH_QUERY = /(?:^|[?&])s=/;
const SITEMAP_INDEXES = new Set(['/wp-sitemap.xml', '/sitemap_index.xml']);

/** Where an old WordPress feed, sitemap or search address without an id goes now, or null. */
export function siteLevelLocation(pathname: string, search: string): string | null {
  if (pathname === feedPaths.site) return null;
  if ((pathname === '/' || pathname === '/index.php') && SEARCH_QUERY.test(search) && !QUERY_KEY.test(search)) {
    const q = new URLSearchParams(search).get('s')!.trim();
    return q ? searchPath({ q: q.slice(0, MAX_QUERY_CHARS * 2) }) : SEARCH_PATH;
  }
  if (SITE_FEED.test(pathname)) return feedPaths.site;
  if ((pathname === '/' || pathname === '/index.php') && FEED_QUERY.test(search) && !QUERY_KEY.test(search)) return feedPaths.site;
  return SITEMAP_INDEXES.has(pathname) ? sitemapPaths.index : null;
}

/** Whether a GET for this URL could be an old WordPress address (no database involved). */
export function mayBeLegacy(pathname: string, search: string): boolean {
  if (pathname === '/' || pathname === '/index.php') return QUERY_KEY.test(search);
  if (pathname === feedPaths.site || pathname === '/search') return false;
  if (KHABAR_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return false;
  return pathname.endsWith('/') || LEGACY_PREFIX.test(pathname) || SINGLE_SEGMENT.test(pathname);
}

/**
 * The page an old address moved to, as a Location value (ASCII, percent-encoded): page `page` of a
 * list, or of an article's comments (WordPress's …/comment-page-N/); or its feed (an article's is
 * its comments').
 */
export function targetLocation(target: LegacyTarget, page = 1, feed = false): string {
  if (feed) return `${targetLocation(target)}/feed`;
  const suffix = page > 1 ? `/page/${page}` : '';
  switch (target.kind) {
    case 'article':
      return commentPagePath(target, page);
    case 'section':
      return `/section/${encodeURIComponent(target.slug)}${suffix}`;
    case 'tag':
      return tagPath(target.slug, page);
    case 'author':
      return `/author/${encodeURIComponent(target.slug)}${suffix}`;
  }
}

/** Where this old address goes now, or null (not an old address, or none we know). */
export function legacyLocation(database: DB, pathname: string, search: string): string | null {
  const siteLevel = siteLevelLocation(pathname, search);
  if (siteLevel) return siteLevel;
  if (!mayBeLegacy(pathname, search)) return null;
  const key = legacyKey(pathname, search);
  if (!key) return null;
  const exact = findLegacyTarget(database, key);
  if (exact) return targetLocation(exact, 1, FEED_QUERY.test(search));
  const stripped = strippedLegacyKey(key);
  const target = stripped && findLegacyTarget(database, stripped.key);
  if (!target || !stripped) return null;
  return targetLocation(target, target.kind === 'article' ? (stripped.commentPage ?? 1) : stripped.page, stripped.feed);
}

let standalone: DB | null = null;

/** For the custom server and proxy.ts: their own connection to the site's database, opened once. */
export function legacyLocationFor(url: string): string | null {
  const query = url.indexOf('?');
  const pathname = query < 0 ? url : url.slice(0, query);
  const search = query < 0 ? '' : url.slice(query);
  const siteLevel = siteLevelLocation(pathname, search);
  if (siteLevel) return siteLevel;
  if (!mayBeLegacy(pathname, search)) return null;
  try {
    if (!standalone) {
      const opened = openDatabase(databasePath());
      standalone = opened.db;
      onShutdown('legacy redirects', 'close', () => void opened.sqlite.close());
    }
    return legacyLocation(standalone, pathname, search);
  } catch (error) {
    // Not migrated yet (no legacy_paths table): nothing is an old address.
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) return null;
    throw error;
  }
}
