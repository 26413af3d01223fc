import type { FeedLink } from '@/lib/metadata';
import { feedPaths } from '@/lib/urls';
import { feedTexts } from './texts';

/** The feeds an article's pages name: its comments', then its section's (after the site's). */
export function articleFeedLinks(article: { id: number; slug: string; title: string; section: { slug: string; name: string } }): FeedLink[] {
  return [
    { url: feedPaths.comments(article), title: feedTexts.comments(article.title).link },
    { url: feedPaths.section(article.section.slug), title: feedTexts.section(article.section.name).link },
  ];
}
