import type { FeedArticle } from '@/db/queries/feeds';
import { escapeHtml, htmlFromParagraphs, plainParagraphs } from '@/lib/rich-text/doc';
import { absoluteUrl, articlePath } from '@/lib/urls';
import { coverForFeeds } from './cover';
import { absoluteHtml } from './absolute-html';
import type { RssEntry } from './rss';

/** An article as a feed item: the whole text, the cover first, the section and tags as categories. */
export function articleEntry(article: FeedArticle, siteUrl: string): RssEntry {
  const cover = article.cover && coverForFeeds(article.cover, siteUrl);
  const body = article.bodyHtml === null ? htmlFromParagraphs(article.body) : absoluteHtml(article.bodyHtml, siteUrl);
  const summary = article.excerpt || plainParagraphs(article.body)[0] || '';
  return {
    title: article.title,
    link: absoluteUrl(articlePath(article), siteUrl),
    guid: absoluteUrl(`/news/${article.id}`, siteUrl),
    date: article.publishedAt,
    description: escapeHtml(summary),
    html: (cover?.html ?? '') + body,
    creator: article.author.name,
    categories: [article.section.name, ...article.tags.map((t) => t.name)],
    ...(cover ? { enclosure: cover.enclosure } : {}),
  };
}
