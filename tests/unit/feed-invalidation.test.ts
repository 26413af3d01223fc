import { describe, expect, it } from 'vitest';
import { articleWriteTags, cacheTags } from '@/lib/cache-tags';
import { MicroCache } from '@/lib/server/micro-cache';
import { forget } from '@/lib/server/write-invalidation';

// Feeds and sitemaps sit in the micro-cache like pages (same Cache-Control); a write must forget them
// with the pages they list, or a feed reader polling every second would be told old news.

const FEED_AND_SITEMAP_PATHS = [
  '/feed',
  '/section/politics/feed',
  '/tag/%D8%B3/feed',
  '/author/huda/feed',
  '/news/5/%D8%B3/feed',
  '/news/6/%D8%B5/feed',
  '/sitemap.xml',
  '/sitemaps/articles-1.xml',
  '/sitemaps/news.xml',
  '/sitemaps/sections.xml',
];

function cacheHolding(paths: string[]): MicroCache {
  const cache = new MicroCache(60_000);
  for (const path of paths) cache.set(`gzip ${path}`, { status: 200, headers: { 'cache-control': 's-maxage=5' }, body: Buffer.from('<rss/>') });
  return cache;
}

const held = (cache: MicroCache) => FEED_AND_SITEMAP_PATHS.filter((p) => cache.get(`gzip ${p}`));

describe('a write forgets the feeds and sitemaps that list what it changed', () => {
  it('an approved comment: that article’s comments feed, nothing else', () => {
    const cache = cacheHolding(FEED_AND_SITEMAP_PATHS);
    forget(cache, [cacheTags.comments(5), cacheTags.article(5)]);
    expect(held(cache)).toEqual(FEED_AND_SITEMAP_PATHS.filter((p) => p !== '/news/5/%D8%B3/feed'));
  });

  it('an article published, edited or unpublished: every feed and sitemap', () => {
    const cache = cacheHolding(FEED_AND_SITEMAP_PATHS);
    forget(cache, articleWriteTags({ id: 7, sectionIds: [1], tagIds: [2], authorIds: [3] }));
    expect(held(cache)).toEqual([]);
  });

  it('a section renamed or moved: every feed and sitemap', () => {
    const cache = cacheHolding(FEED_AND_SITEMAP_PATHS);
    forget(cache, [cacheTags.sections]);
    expect(held(cache)).toEqual([]);
  });
});
