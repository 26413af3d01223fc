import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_URL, READER_PAGE_SOURCES, READER_PAGE_URL } from '@/lib/reader-pages';

// The reader pages are listed once (lib/reader-pages.ts) in two syntaxes: the regex the server's
// hydration deferral and personal hint read, and the `source` patterns next.config.ts gives Next's
// headers(). Next's own matcher (the one headers() uses) checks that both say the same pages.
const matchers = READER_PAGE_SOURCES.map((source) => getPathMatch(source, { strict: true, removeUnnamedParams: true }));
const bySources = (pathname: string) => matchers.some((match) => match(pathname) !== false);

const READER_URLS = [
  '/',
  '/section/politics',
  '/section/politics/page/3',
  '/tag/%D8%A7',
  '/author/x',
  '/news/39/slug',
  '/news/39/slug?utm=1',
  '/news/39/slug/comment-page-2',
  '/search',
  '/search?q=%D8%A7&sort=newest&page=2',
];
const PRIVATE_PATHS = ['/login', '/signup', '/account', '/admin', '/admin/comments', '/api/me', '/feed', '/sitemap.xml'];

describe('reader pages', () => {
  it.each(READER_URLS)('%s: a reader page for the server and for Next’s headers', (url) => {
    expect(READER_PAGE_URL.test(url)).toBe(true);
    expect(bySources(new URL(url, 'http://x').pathname)).toBe(true);
  });

  it.each(PRIVATE_PATHS)('%s: neither (it keeps opener isolation and its scripts)', (path) => {
    expect(READER_PAGE_URL.test(path)).toBe(false);
    expect(bySources(path)).toBe(false);
  });

  it('the no-JavaScript reply page is not deferred (the patterns, wider, still lift opener isolation there)', () => {
    expect(READER_PAGE_URL.test('/news/39/slug/reply')).toBe(false);
    expect(bySources('/news/39/slug/reply')).toBe(true);
  });

  it('an article page and its comment pages give the article id', () => {
    expect(ARTICLE_PAGE_URL.exec('/news/39/slug')?.[1]).toBe('39');
    expect(ARTICLE_PAGE_URL.exec('/news/39/slug/comment-page-3?x=1')?.[1]).toBe('39');
    expect(ARTICLE_PAGE_URL.exec('/news/0/slug')).toBeNull();
    expect(ARTICLE_PAGE_URL.exec('/news/39/slug/reply')).toBeNull();
  });
});
