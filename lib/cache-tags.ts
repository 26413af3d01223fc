/** Every cache tag the site uses. Reads tag themselves with these; writes revalidate exactly these. */
export const cacheTags = {
  /** Any list of articles: home, section, tag and author pages. */
  articleLists: 'articles',
  /** The site navigation (sections). */
  sections: 'sections',
  article: (id: number) => `article:${id}`,
  views: (articleId: number) => `views:${articleId}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  comments: (articleId: number) => `comments:${articleId}`,
  /** Moderation settings that shape reader pages (thread depth, comments per page). */
  settings: 'settings',
} as const;

/**
 * Everything an article's publication, unpublication, edit or slug change shows up on: the
 * article, every list (home), its section, tags and author. Pass the old and new values when
 * an edit moved it.
 */
export function articleWriteTags(article: {
  id: number;
  sectionIds: number[];
  tagIds: number[];
  authorIds: number[];
}): string[] {
  return [
    cacheTags.article(article.id),
    cacheTags.articleLists,
    ...new Set(article.sectionIds.map(cacheTags.section)),
    ...new Set(article.tagIds.map(cacheTags.tag)),
    ...new Set(article.authorIds.map(cacheTags.author)),
  ];
}

/** The `cacheLife` profile of reader pages, defined in next.config.ts. */
export const PAGE_CACHE_PROFILE = 'page';
