import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { listFeedArticles, type FeedScope } from '@/db/queries/feeds';
import { cacheTags, PAGE_CACHE_PROFILE } from '@/lib/cache-tags';
import { pageOfComment } from '@/lib/comments/paging';
import { flattenThreads } from '@/lib/comments/thread';
import { commentTexts, loadThreads } from '@/lib/comments/thread-pages';
import { env } from '@/lib/env';
import { absoluteUrl, articlePath, authorPath, commentPath, feedPaths, sectionPath, tagPath } from '@/lib/urls';
import { BRAND_IMAGES } from '@/lib/brand';
import { articleEntry } from './article-entry';
import { commentEntry } from './comment-entry';
import { rssXml, type RssEntry } from './rss';
import { feedTexts } from './texts';

// The finished RSS documents, cached and tagged like the pages they mirror: the section, tag or
// author page (`articles` + its own tag), the article's comments (`comments:<id>`).

/** Articles a feed carries (WordPress sends 10; a news site publishes more between two polls). */
export const FEED_ARTICLES = 20;
/** The newest approved comments an article's comments feed carries. */
export const FEED_COMMENTS = 30;

type Texts = { title: string; description: string };
type Named = { id: number; slug: string; name: string };

function channel(texts: Texts, pagePath: string, feedPath: string, entries: readonly RssEntry[]) {
  const site = env().SITE_URL;
  return {
    ...texts,
    link: absoluteUrl(pagePath, site),
    self: absoluteUrl(feedPath, site),
    image: absoluteUrl(BRAND_IMAGES.feedIcon.path, site),
    updated: entries[0]?.date ?? new Date(),
  };
}

async function articlesFeed(scope: FeedScope, texts: Texts, pagePath: string, feedPath: string): Promise<string> {
  const site = env().SITE_URL;
  const entries = (await listFeedArticles(scope, FEED_ARTICLES)).map((a) => articleEntry(a, site));
  return rssXml(channel(texts, pagePath, feedPath, entries), entries);
}

export async function siteFeed(): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists);
  return articlesFeed({ kind: 'site' }, feedTexts.site, '/', feedPaths.site);
}

export async function sectionFeed(section: Named): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.sections, cacheTags.section(section.id));
  return articlesFeed({ kind: 'section', id: section.id }, feedTexts.section(section.name), sectionPath(section.slug), feedPaths.section(section.slug));
}

export async function tagFeed(tag: Named): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.tag(tag.id));
  return articlesFeed({ kind: 'tag', id: tag.id }, feedTexts.tag(tag.name), tagPath(tag.slug), feedPaths.tag(tag.slug));
}

export async function authorFeed(author: Named): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.articleLists, cacheTags.author(author.id));
  return articlesFeed({ kind: 'author', id: author.id }, feedTexts.author(author.name), authorPath(author.slug), feedPaths.author(author.slug));
}

/** The newest approved comments of an article, newest first, each linked on the comment page holding its thread. */
export async function commentsFeed(article: { id: number; slug: string; title: string }): Promise<string> {
  'use cache';
  cacheLife(PAGE_CACHE_PROFILE);
  cacheTag(cacheTags.comments(article.id), cacheTags.article(article.id), cacheTags.settings);
  const site = env().SITE_URL;
  const { threads, perPage } = await loadThreads(article.id);
  const newest = await commentTexts(
    article.id,
    flattenThreads(threads)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
      .slice(0, FEED_COMMENTS),
  );
  const entries = newest.map((c) => commentEntry(article.id, c, commentPath(article, c.id, pageOfComment(threads, c.id, perPage) ?? 1), site));
  return rssXml(channel(feedTexts.comments(article.title), articlePath(article), feedPaths.comments(article), entries), entries);
}

