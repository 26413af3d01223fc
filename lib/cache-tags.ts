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
  /** Moderation settings that shape reader pages (thread depth). */
  settings: 'settings',
} as const;

/** The `cacheLife` profile of reader pages, defined in next.config.ts. */
export const PAGE_CACHE_PROFILE = 'page';
