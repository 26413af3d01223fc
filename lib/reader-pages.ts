import { COMMENT_PAGE_SEGMENT } from './page-param';

// The public reader pages: the same HTML for everyone, cached whole, hydrated on demand
// (lib/server/defer-hydration.ts) and sent without opener isolation (lib/security-headers.ts).
// One list, in the two syntaxes the server needs; tests/unit/reader-pages.test.ts holds them together.

const ARCHIVE = '(?:section|tag|author)/[^/?#]+(?:/page/\\d+)?';
const ARTICLE = `news/([1-9][0-9]{0,9})/[^/?#]+(?:/${COMMENT_PAGE_SEGMENT})?`;

/**
 * A reader page's address (path and query): home, sections, tags, authors and their pages, articles
 * and their comment pages, search. Not the no-JavaScript reply page.
 */
export const READER_PAGE_URL = new RegExp(`^/(?:${ARCHIVE}|${ARTICLE}|search)?/?(?:\\?|$)`);

/** An article or one of its comment pages; the first group is the article's id. */
export const ARTICLE_PAGE_URL = new RegExp(`^/${ARTICLE}(?:\\?|$)`);

/**
 * The same pages as Next `source` patterns (next.config.ts headers). A pattern cannot leave out the
 * reply page, so these are wider (`/search/:path*` covers /search and the
 * /search/<key> page proxy.ts rewrites a search to).
 */
export const READER_PAGE_SOURCES = ['/', '/news/:path*', '/section/:path*', '/tag/:path*', '/author/:path*', '/search/:path*'];
